import { compileGrid, levelsOf, type CompiledGrid } from "../../../src/core";
import { applyPlanToDocument } from "../../../src/recognition/document/apply-document";
import { recognizeDocument } from "../../../src/recognition/document/recognize";
import { fillWordTable, gridWordTable, type WordTable } from "../../../src/recognition/document/word-table";
import { newGridPlan, newGridSheet } from "../../../src/recognition/plans/new-grid";
import type { NewSheet } from "../../../src/recognition/plans/plan";
import { applyPlanToSnapshot } from "../../../src/recognition/snapshot/apply-plan";
import { parseA1, parseRangeA1 } from "../../../src/recognition/snapshot/cells";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";
import { aDocument } from "../../support/docx-builder";
import { anEvaluation, grid } from "../../support/evaluation-builder";
import { cellsOfRange } from "../../support/formula-evaluator";

/**
 * The official texts print with the grid Grille writes, in the official order, on the printed page; and
 * they change nothing of what Grille reads back: the same binding, the same evaluation as the same grid
 * printed without them.
 */

const GRIDS = ["agora-e31", "mcv-e33", "cqp-agc", "agora-pfmp"] as const;

/** The same grid without its official texts and columns: what Grille printed before. */
function bare(compiled: CompiledGrid): CompiledGrid {
  const { texts: _texts, columns: _columns, ...rest } = compiled.grid;
  return compileGrid({ ...compiled.file, grid: rest });
}

/** A value without the cells it was read from (`at`): those move when texts are added above. */
const withoutPlaces = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutPlaces)
    : value !== null && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== "at").map(([k, v]) => [k, withoutPlaces(v)]))
      : value;

const rowOf = (sheet: NewSheet, text: string): number => {
  const cell = sheet.cells.find((c) => typeof c.value === "string" && c.value === text);
  return cell ? parseA1(cell.address)!.row : -1;
};

/** The texts the grid's `texts` print, in order, as the sheet holds them (one cell each). */
function expectedTexts(compiled: CompiledGrid): string[] {
  const out: string[] = [];
  for (const block of compiled.grid.texts ?? []) {
    if (block.heading) out.push(block.heading);
    out.push(...block.lines);
    if (block.table === "level-descriptions") for (const l of levelsOf(compiled.grid.scale)) if (l.description) out.push(`${l.label} : ${l.description}`);
    if (block.table === "level-descriptors") out.push(...(block.tableHeader ?? []), compiled.nodes.get("traiter-1")!.descriptors!["1"]!);
    if (block.table === "scale-descriptors" && compiled.grid.scale.kind === "percent") {
      // The contexts side by side, each over its descriptors: row by row.
      const sets = compiled.grid.scale.descriptorSets;
      out.push(...sets.map((s) => s.context));
      for (let i = 0; i < Math.max(...sets.map((s) => s.descriptors.length)); i++) out.push(...sets.map((s) => s.descriptors[i]!));
    }
  }
  return out;
}

describe.each(GRIDS)("a new %s sheet", (id) => {
  const compiled = grid(id);
  const sheet = newGridSheet(compiled, { sheetName: "Alice", candidate: "Alice Martin" });
  const printed = parseRangeA1(sheet.printArea!)!;

  it("prints each official text verbatim, in the official order, inside the print area", () => {
    const rows = expectedTexts(compiled).map((text) => [text, rowOf(sheet, text)] as const);
    for (const [text, row] of rows) {
      expect([text, row >= 0 && row <= printed.bottom]).toEqual([text, true]);
    }
    const order = rows.map(([, row]) => row);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("prints the official captions over the text columns", () => {
    for (const column of compiled.grid.columns ?? []) expect(rowOf(sheet, column.caption)).toBe(sheet.printTitleRows!.first - 1);
  });

  it("is recognised with the same binding and reads the same as the sheet without the texts", () => {
    const read = (g: CompiledGrid) => {
      const plan = newGridPlan(g, { candidates: ["Alice Martin"], existingSheets: [] });
      const made = (plan.changes[0] as { sheet: NewSheet }).sheet;
      const snapshot = applyPlanToSnapshot({ sheets: [], names: [] }, plan);
      const cells = snapshot.sheets[0]!.cells;
      // The best level of the first item, the lowest of the others.
      g.grid.items.forEach((item, i) => {
        const range = cellsOfRange(made.names.find((n) => n.name === `grille_s1_${item.id.replace(/[^\p{L}\p{N}_]+/gu, "_")}`)!.address);
        const at = parseA1(range[i === 0 ? range.length - 1 : 0]!)!;
        cells[at.row]![at.col] = g.grid.scale.kind === "percent" ? (i === 0 ? 1 : 0.3) : "X";
      });
      const report = recognizeWorkbook(snapshot);
      const binding = report.bindings[0]!;
      // Each bound cell as the workbook name over it and its place in that name's range.
      const named = (address: string | undefined) => {
        for (const n of made.names) {
          const i = cellsOfRange(n.address).indexOf(address ?? "");
          if (i >= 0) return `${n.name}#${i}`;
        }
        return address;
      };
      const items = Object.fromEntries(Object.entries(binding.items).map(([k, b]) => [k, b.levels ? Object.values(b.levels).map(named) : named(b.value ?? undefined)]));
      const fields = Object.fromEntries(Object.entries(binding.fields).map(([k, b]) => [k, named(b.value ?? undefined)]));
      const candidate = report.candidates[0]!;
      return { grid: report.grid?.grid.id, missing: binding.missing, items, fields, evaluation: withoutPlaces(candidate.evaluation), result: candidate.assessment.result, findings: candidate.assessment.findings.map((f) => f.code) };
    };
    const withTexts = read(compiled);
    expect(withTexts.grid).toBe(id);
    expect(withTexts.missing).toEqual({ items: [], fields: [] });
    expect(withTexts).toEqual(read(bare(compiled)));
  });
});

describe.each(GRIDS)("a %s Word grid with its official texts", (id) => {
  const compiled = grid(id);
  const texts = (table: WordTable) => table.rows.flat().map((c) => c.text);

  it("carries the texts into the Word table", () => {
    const all = texts(gridWordTable(compiled));
    for (const text of expectedTexts(compiled)) expect(all).toContain(text);
  });

  it("is read back from the document as the same evaluation as without the texts, with or without its content controls", async () => {
    const read = async (g: CompiledGrid, tagged: boolean) => {
      const first = g.grid.items[0]!.id;
      const levels = levelsOf(g.grid.scale);
      const evaluation = anEvaluation(g)
        .withLevels({ [first]: g.grid.scale.kind === "percent" ? 70 : levels.at(-1)!.code })
        .withField("candidate", "MARTIN Alice")
        .build();
      const filled = fillWordTable(gridWordTable(g), evaluation);
      const table: WordTable = tagged ? filled : { ...filled, rows: filled.rows.map((cells) => cells.map(({ tag: _tag, title: _title, ...cell }) => cell)) };
      const document = await aDocument().paragraph("Grilles").toSnapshot("grilles.docx");
      const applied = applyPlanToDocument(document, { changes: [{ kind: "insert-table", sheet: "grilles.docx", table, position: "end" }] });
      if (!applied.ok) throw new Error("refused");
      const recognised = recognizeDocument(applied.document);
      const candidate = recognised.report.candidates[0]!;
      return { grid: recognised.report.grid?.grid.id, source: recognised.source, name: candidate.name, evaluation: withoutPlaces(candidate.evaluation), result: candidate.assessment.result };
    };
    for (const tagged of [true, false]) {
      const withTexts = await read(compiled, tagged);
      expect(withTexts).toMatchObject({ grid: id, name: "MARTIN Alice" });
      expect(withTexts).toEqual(await read(bare(compiled), tagged));
    }
  });
});

it("E33: the header lines in the official order, around the grid's title", () => {
  const e33 = grid("mcv-e33");
  const sheet = newGridSheet(e33, { sheetName: "E33" });
  const rows = ["Sous-épreuve E33 : FIDÉLISATION DE LA CLIENTÈLE ET DÉVELOPPEMENT DE LA RELATION CLIENT", "Coefficient 3", e33.grid.title, "Épreuve orale ponctuelle", "Durée : 40 minutes"].map((t) => rowOf(sheet, t));
  expect(rows.every((r) => r >= 0)).toBe(true);
  expect(rows).toEqual([...rows].sort((a, b) => a - b));
});
