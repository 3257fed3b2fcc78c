import fc from "fast-check";
import { assess, compileGrid, type MarkResult } from "../../../src/core";
import { newGridSheet } from "../../../src/recognition/plans/new-grid";
import type { NewSheet } from "../../../src/recognition/plans/plan";
import { bigGridFile } from "../../support/big-grid";
import { anEvaluation } from "../../support/evaluation-builder";
import { cellsOfRange } from "../../support/formula-evaluator";
import { evaluateSheet } from "../../support/sheet-evaluator";

/** Excel refuses a formula longer than this. */
const EXCEL_FORMULA_LIMIT = 8192;

const formulas = (sheet: NewSheet) => sheet.cells.flatMap((c) => (c.value !== null && typeof c.value === "object" ? [c.value.formula] : []));
const addressOf = (sheet: NewSheet, name: string) => sheet.names.find((n) => n.name === name)!.address;

describe("« Nouvelle grille » on a big custom grid", () => {
  it("keeps every formula under Excel's 8,192 characters with 2,000 five-level items", () => {
    const sheet = newGridSheet(compileGrid(bigGridFile(2000)), { sheetName: "Grille", namePrefix: "g" });
    const longest = Math.max(...formulas(sheet).map((f) => f.length));
    expect(longest).toBeLessThan(EXCEL_FORMULA_LIMIT);
    expect(formulas(sheet).find((f) => f.startsWith("IF(COUNT("))!.length).toBeLessThan(300);
  });

  it("still proposes the engine's mark, on a grid of 120 items (past the old formula's limit) in 12 weighted domains", () => {
    const compiled = compileGrid(bigGridFile(120, { groups: 12 }));
    const sheet = newGridSheet(compiled, { sheetName: "Grille", namePrefix: "g" });
    const codes = [...compiled.levels.keys()];
    const proposal = addressOf(sheet, "g_proposition");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...codes), { minLength: 120, maxLength: 120 }), (chosen) => {
        const cells = new Map<string, string>();
        const levels: Record<string, string[]> = {};
        compiled.grid.items.forEach((item, i) => {
          cells.set(cellsOfRange(addressOf(sheet, `g_${item.id}`))[codes.indexOf(chosen[i]!)]!, "X");
          levels[item.id] = [chosen[i]!];
        });
        const result = assess(compiled, anEvaluation(compiled).withLevels(levels).build()).result as MarkResult;
        expect(evaluateSheet(sheet, cells).get(proposal)).toBe(result.value);
      }),
      { numRuns: 3 },
    );
  });
});
