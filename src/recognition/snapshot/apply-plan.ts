import type { CellInput, NewSheet, WritePlan } from "../plans/plan";
import { parseA1, parseRangeA1, type CellValue } from "./cells";
import type { SheetSnapshot, WorkbookSnapshot } from "./workbook";

/** What a written cell reads back as: a formula reads as its expected result. */
export function cellInputValue(input: CellInput): CellValue {
  if (input !== null && typeof input === "object") return input.result ?? null;
  return input;
}

function setCell(cells: CellValue[][], address: string, value: CellValue): void {
  const at = parseA1(address);
  if (!at) return;
  while (cells.length <= at.row) cells.push([]);
  const row = cells[at.row]!;
  while (row.length <= at.col) row.push(null);
  row[at.col] = value;
}

/** A new sheet as a snapshot: what reading it back would give. */
export function snapshotOfNewSheet(sheet: NewSheet): SheetSnapshot {
  const cells: CellValue[][] = [];
  const formats: Record<string, string> = {};
  for (const cell of sheet.cells) {
    setCell(cells, cell.address, cellInputValue(cell.value));
    if (cell.style?.numberFormat && /%|[dmy]{2}/i.test(cell.style.numberFormat)) formats[cell.address] = cell.style.numberFormat;
  }
  return {
    name: sheet.name,
    cells,
    merges: sheet.merges.map((m) => parseRangeA1(m)).filter((m): m is NonNullable<typeof m> => m !== null),
    hiddenRows: [],
    hiddenColumns: (sheet.hiddenColumns ?? []).map((col) => col - 1),
    protected: false,
    formats,
  };
}

/**
 * The workbook as it will be once the plan is applied, in memory: the demo host's "apply", and the
 * way tests check a plan without a file. Named items are added; nothing else about formats is kept.
 * A Word table insertion has no workbook equivalent and is left out.
 */
export function applyPlanToSnapshot(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((s) => ({ ...s, cells: s.cells.map((row) => [...row]) }));
  const names = [...snapshot.names];
  const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
  for (const change of plan.changes) {
    if (change.kind === "cell") {
      const sheet = sheets.find((s) => s.name === change.sheet);
      if (sheet) setCell(sheet.cells, change.address, cellInputValue(change.value));
    } else if (change.kind === "name") {
      const ref = `${quote(change.sheet)}!${change.address}`;
      const existing = names.findIndex((n) => n.name === change.name);
      if (existing >= 0) names.splice(existing, 1, { name: change.name, ref });
      else names.push({ name: change.name, ref });
    } else if (change.kind === "sheet") {
      const fresh = snapshotOfNewSheet(change.sheet);
      const existing = sheets.findIndex((s) => s.name === change.sheet.name);
      if (existing >= 0) sheets.splice(existing, 1, fresh);
      else sheets.push(fresh);
      for (const name of change.sheet.names) {
        const at = names.findIndex((n) => n.name === name.name);
        const entry = { name: name.name, ref: `${quote(change.sheet.name)}!${name.address}` };
        if (at >= 0) names.splice(at, 1, entry);
        else names.push(entry);
      }
    }
  }
  return { ...snapshot, sheets, names };
}
