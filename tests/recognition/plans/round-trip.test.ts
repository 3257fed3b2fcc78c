import type { CompiledGrid } from "../../../src/core";
import { newGridPlan } from "../../../src/recognition/plans/new-grid";
import type { NewSheet } from "../../../src/recognition/plans/plan";
import { applyPlanToSnapshot } from "../../../src/recognition/snapshot/apply-plan";
import { parseA1, type CellValue } from "../../../src/recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../../src/recognition/snapshot/workbook";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";
import { grid } from "../../support/evaluation-builder";
import { cellsOfRange } from "../../support/formula-evaluator";

/** A « Nouvelle grille » sheet is an official grid too: Grille must recognise it and read it back. */

const safe = (id: string) => id.replace(/[^\p{L}\p{N}_]+/gu, "_");

function setCell(snapshot: WorkbookSnapshot, sheet: string, address: string, value: CellValue): void {
  const at = parseA1(address)!;
  const cells = snapshot.sheets.find((s) => s.name === sheet)!.cells;
  while (cells.length <= at.row) cells.push([]);
  const row = cells[at.row]!;
  while (row.length <= at.col) row.push(null);
  row[at.col] = value;
}

/** The workbook after « Nouvelle grille » for Alice, with the best level of every item filled in. */
function filledWorkbook(compiled: CompiledGrid) {
  const plan = newGridPlan(compiled, { candidates: ["Alice Martin"], existingSheets: [] });
  const sheet = (plan.changes[0] as { sheet: NewSheet }).sheet;
  const snapshot = applyPlanToSnapshot({ sheets: [], names: [] }, plan);
  const named = (id: string) => sheet.names.find((n) => n.name === `grille_s1_${safe(id)}`)?.address;
  for (const item of compiled.grid.items) {
    const cells = cellsOfRange(named(item.id)!);
    setCell(snapshot, sheet.name, cells[cells.length - 1]!, compiled.grid.scale.kind === "percent" ? 0.7 : "X");
  }
  return { snapshot, sheet, named };
}

describe.each(["agora-e31", "mcv-e33", "agora-pfmp", "cqp-agc"])("a new %s grid, filled in", (id) => {
  const compiled = grid(id);
  const { snapshot, sheet, named } = filledWorkbook(compiled);
  const report = recognizeWorkbook(snapshot);
  const binding = report.bindings.find((b) => b.sheet === sheet.name)!;

  it("is recognised as that grid, with its candidate", () => {
    expect(report.grid?.grid.id).toBe(id);
    expect(report.candidates.map((c) => c.name)).toEqual(["Alice Martin"]);
    expect(binding.missing).toEqual({ items: [], fields: [] });
  });

  it("is bound where the sheet's names say: level cells, mark cell, flags", () => {
    for (const item of compiled.grid.items) {
      const bound = binding.items[item.id]!;
      const cells = cellsOfRange(named(item.id)!);
      if (bound.levels) expect(Object.values(bound.levels)).toEqual(cells);
      else expect(bound.value).toBe(cells[0]);
    }
    const mark = named("note");
    if (mark) expect(report.candidates[0]!.markCell).toEqual({ sheet: sheet.name, address: mark });
    for (const rule of compiled.grid.rules) expect(binding.flags[rule.flag]).toBe(named(rule.flag));
  });

  it("reads back the levels filled in", () => {
    const result = report.candidates[0]!.assessment.result;
    switch (result?.kind) {
      case "mark":
        expect(result.value).toBe(20);
        break;
      case "coverage":
        expect(result.practised).toBe(compiled.grid.items.length);
        break;
      case "domains":
        expect(result.panel.map((p) => p.percent)).toEqual([70, 70, 70]);
        break;
      default:
        throw new Error("a result was expected");
    }
  });
});

it("a new grid left blank is a template, not a candidate", () => {
  const compiled = grid("agora-e31");
  const snapshot = applyPlanToSnapshot({ sheets: [], names: [] }, newGridPlan(compiled, { existingSheets: [] }));
  const report = recognizeWorkbook(snapshot);
  expect(report.grid?.grid.id).toBe("agora-e31");
  expect(report.candidates).toEqual([]);
  expect(report.templates).toEqual(["Grille E31"]);
});

describe("a new E31 grid with « non », « 0 » or spaces in a level cell", () => {
  const compiled = grid("agora-e31");

  it.each<CellValue>(["non", "0", 0, "   ", "-", ".", "_", "/", "?", " ... "])("reads %j as no level and reports it where it is", (content) => {
    const { snapshot, sheet, named } = filledWorkbook(compiled);
    const cell = cellsOfRange(named("1.2")!)[0]!;
    setCell(snapshot, sheet.name, cell, content);
    const candidate = recognizeWorkbook(snapshot).candidates[0]!;
    const finding = candidate.assessment.findings.find((f) => f.code === "level-cell-unexpected")!;
    expect(finding).toMatchObject({ item: "1.2", severity: "warning", at: `'${sheet.name}'!${cell}` });
    expect(finding.message.fr).toContain("Contenu inattendu dans une case de niveau");
    // Still one level read for 1.2 (the « X » in its last column): the mark stands, as in the sheet's formula.
    expect(candidate.assessment.result?.kind === "mark" && candidate.assessment.result.value).toBe(20);
  });

  it("leaves the official mark cell empty and proposes the mark in its own labelled cell, which recognition does not take for a typed mark", () => {
    const { snapshot, sheet, named } = filledWorkbook(compiled);
    const proposal = parseA1(named("proposition")!)!;
    setCell(snapshot, sheet.name, named("proposition")!, 20);
    const row = snapshot.sheets.find((s) => s.name === sheet.name)!.cells[proposal.row]!;
    expect(row[proposal.col - 1]).toBe("Note proposée par Grille :");
    const candidate = recognizeWorkbook(snapshot).candidates[0]!;
    expect(candidate.markCell).toEqual({ sheet: sheet.name, address: named("note") });
    expect(candidate.evaluation.fields["mark"]?.value ?? null).toBeNull();
  });
});
