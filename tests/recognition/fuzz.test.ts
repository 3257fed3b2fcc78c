import fc from "fast-check";
import type { MarkResult } from "../../src/core";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import type { CellValue } from "../../src/recognition/snapshot/cells";
import { builtInGrid } from "../../src/referentials";
import { randomCellValue, randomSheet } from "../support/random-sheets";

const randomSheets = fc.array(
  randomSheet(randomCellValue(["X", "x", "1.1", "1.2 Traitement", "N", "F", "M", "E", "Note :", "Session :", "%", "P1", "Qualité", "Compétences", "· Identifier"]), { hiddenRows: true }),
  { maxLength: 3 },
);

describe("recognition never crashes", () => {
  it("on random sheets", () => {
    fc.assert(
      fc.property(randomSheets, fc.anything(), (sheets, bindingMap) => {
        const report = recognizeWorkbook({ sheets, names: [], bindingMap });
        return Array.isArray(report.candidates);
      }),
      { numRuns: 150 },
    );
  });
});

/** E31's default points per level, in quarters of a point (N 0,25 … E 1). */
const QUARTERS: Record<string, number> = { N: 1, F: 2, M: 3, E: 4 };

/**
 * The E31 mark for the sum of the three activities' quarters, worked out by hand, not by the engine's
 * formula: 20 × mean = 5 × quarters / 3 (3 → 5, 4 → 6.67, 5 → 8.33…), then up to the next ½ point.
 */
const E31_MARK: Record<number, number> = { 3: 5, 4: 7, 5: 8.5, 6: 10, 7: 12, 8: 13.5, 9: 15, 10: 17, 11: 18.5, 12: 20 };

/** A plain E31 sheet as a list of rows; the fuzzer then moves things around. */
function e31Rows(levels: Record<string, string>): { rows: CellValue[][]; identity: CellValue[][] } {
  const e31 = builtInGrid("agora-e31")!;
  const label = (id: string) => `${id} ${e31.itemNodes.get(id)!.label}`;
  const cols = ["N", "F", "M", "E"];
  const itemRow = (id: string): CellValue[] => [label(id), ...cols.map((c) => (levels[id] === c ? "X" : null))];
  return {
    identity: [["Nom et prénom de la candidate ou du candidat :", "MARTIN Alice"], ["Session :", "2026"]],
    rows: [
      ["Palier de compétences", "N", "F", "M", "E"],
      itemRow("1.1"),
      ["Compétences\n· Identifier les caractéristiques de la demande", null, null, null, null],
      itemRow("1.2"),
      ["Compétences\n· Appliquer les procédures internes", null, null, null, null],
      itemRow("1.3"),
      ["Note sur 20 (arrondie au ½ point supérieur) :", null],
    ],
  };
}

describe("recognition of a grid survives how teachers rearrange it", () => {
  it("blank rows and columns inserted, decoration added, identity block moved above or below", () => {
    const level = fc.constantFrom("N", "F", "M", "E");
    fc.assert(
      fc.property(
        fc.record({ "1.1": level, "1.2": level, "1.3": level }),
        fc.array(fc.nat(8), { maxLength: 4 }),
        fc.nat(3),
        fc.boolean(),
        fc.array(fc.constantFrom("Lycée professionnel", "Année 2025-2026", "Classe de Terminale", "À rendre avant le 30 juin"), { maxLength: 3 }),
        (levels, blankRows, blankColumns, identityBelow, decoration) => {
          const { rows, identity } = e31Rows(levels);
          let sheetRows: CellValue[][] = identityBelow ? [...decoration.map((d) => [d]), ...rows, [], ...identity] : [...decoration.map((d) => [d]), ...identity, [], ...rows];
          for (const at of blankRows) sheetRows.splice(Math.min(at, sheetRows.length), 0, []);
          sheetRows = sheetRows.map((row) => [...new Array<CellValue>(blankColumns).fill(null), ...row]);
          const report = recognizeWorkbook({ sheets: [{ name: "A", cells: sheetRows, merges: [], hiddenRows: [], hiddenColumns: [], protected: false }], names: [] });
          const candidate = report.candidates[0];
          if (report.grid?.grid.id !== "agora-e31" || !candidate) return false;
          const read = Object.fromEntries(Object.entries(candidate.evaluation.ratings).map(([id, r]) => [id, r.values.map((v) => (v.kind === "level" ? v.code : "?")).join()]));
          const quarters = QUARTERS[levels["1.1"]]! + QUARTERS[levels["1.2"]]! + QUARTERS[levels["1.3"]]!;
          return JSON.stringify(read) === JSON.stringify(levels) && candidate.name === "MARTIN Alice" && (candidate.assessment.result as MarkResult).value === E31_MARK[quarters];
        },
      ),
      { numRuns: 120 },
    );
  });
});
