import type { CompiledGrid } from "../../core/model/compile";
import { parseLooseNumber } from "../../core/text/numbers";
import type { CommissionSheet } from "../document/commission";
import { parseGrilleTag } from "../document/tags";
import { newSheetToWordTable, type WordTable } from "../document/word-table";
import { a1, parseA1 } from "../snapshot/cells";
import { newGridSheet } from "./new-grid";
import type { CellInput, CellStyle, NewSheet, WritePlan } from "./plan";
import { MAX_ROW_HEIGHT, wrappedLines } from "./sheet-builder";
import { uniqueSheetName } from "./sheet-names";

/**
 * The commission's sheets as a workbook: one « Nouvelle grille » sheet per candidate (so the grid is
 * laid out, printed and re-read as Grille makes it), filled with what the class file holds, and Grille's
 * box below the grid. The mark cell's formula is removed: the commission's cell holds only the mark the
 * file already holds, never Grille's.
 */

const LINE_HEIGHT = 15;

/** The texts the filled table adds to the blank one, by "row:col" of the sheet (the table's rows are the sheet's). */
function filledTexts(blank: WordTable, filled: WordTable): Map<string, { text: string; tag: string | undefined }> {
  const out = new Map<string, { text: string; tag: string | undefined }>();
  filled.rows.forEach((cells, r) =>
    cells.forEach((cell, i) => {
      if (cell.text !== blank.rows[r]?.[i]?.text) out.set(`${r}:${cell.column}`, { text: cell.text, tag: cell.tag });
    }),
  );
  return out;
}

/** A mark or a percentage as a number, as a teacher would have typed it; everything else as text. */
function valueOf(text: string, tag: string | undefined, grid: CompiledGrid): CellInput {
  const parsed = tag ? parseGrilleTag(tag) : null;
  const numeric = parsed !== null && parsed.level === null && (parsed.id === grid.markField?.id || grid.grid.items.some((i) => i.id === parsed.id));
  const number = numeric ? parseLooseNumber(text) : null;
  if (number === null) return text;
  return grid.grid.scale.kind === "percent" && parsed?.id !== grid.markField?.id ? number / 100 : number;
}

const BOX_LABEL: CellStyle = { bold: true, fill: "#F2F2F2", border: true, vertical: "top", wrap: true };
const BOX_VALUE: CellStyle = { border: true, vertical: "top", wrap: true };

/**
 * A box row's value cut into rows Excel can hold: a long list of findings (a PFMP's missing
 * competencies) goes on as many rows as it takes, the label on the first.
 */
function boxRows(box: WordTable, valueWidth: number): WordTable["rows"] {
  const maxLines = Math.floor(MAX_ROW_HEIGHT / LINE_HEIGHT);
  return box.rows.flatMap((cells) => {
    const value = cells[1];
    if (cells.length !== 2 || !value || wrappedLines(value.text, valueWidth) <= maxLines) return [cells];
    const chunks: string[][] = [[]];
    for (const line of value.text.split("\n")) {
      const current = chunks.at(-1)!;
      if (current.length > 0 && wrappedLines([...current, line].join("\n"), valueWidth) > maxLines) chunks.push([line]);
      else current.push(line);
    }
    return chunks.map((lines, k) => [{ ...cells[0]!, text: k === 0 ? cells[0]!.text : "" }, { ...value, text: lines.join("\n") }]);
  });
}

/** Grille's box (a two-column WordTable) below the grid, from `top`: label in column A, value across the rest. */
function appendBox(sheet: NewSheet, box: WordTable, top: number): void {
  const last = Math.max(2, sheet.columnWidths.length - 1);
  const valueWidth = sheet.columnWidths.slice(1, last + 1).reduce((a, b) => a + b, 0);
  const heights = [...(sheet.rowHeights ?? [])];
  boxRows(box, valueWidth).forEach((cells, i) => {
    const row = top + i;
    const whole = cells.length === 1;
    const first = cells[0]!;
    const style: CellStyle = whole ? { ...BOX_VALUE, ...(first.bold && { bold: true }), ...(first.italic && { italic: true }), ...(first.fill && { fill: first.fill }), ...(first.size && { size: first.size }) } : BOX_LABEL;
    sheet.cells.push({ address: a1(row, 0), value: first.text, style });
    if (whole) {
      for (let c = 1; c <= last; c++) sheet.cells.push({ address: a1(row, c), value: null, style });
      sheet.merges.push(`${a1(row, 0)}:${a1(row, last)}`);
      return;
    }
    const value = cells[1]?.text ?? "";
    const valueStyle: CellStyle = { ...BOX_VALUE, ...(cells[1]?.bold && { bold: true }) };
    sheet.cells.push({ address: a1(row, 1), value, style: valueStyle });
    for (let c = 2; c <= last; c++) sheet.cells.push({ address: a1(row, c), value: null, style: valueStyle });
    sheet.merges.push(`${a1(row, 1)}:${a1(row, last)}`);
    const lines = Math.max(wrappedLines(value, valueWidth), wrappedLines(first.text, sheet.columnWidths[0] ?? 10));
    if (lines > 1) heights.push({ row: row + 1, height: Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT) });
  });
  if (heights.length > 0) sheet.rowHeights = heights;
}

/** One grid of a candidate: filled, the mark cell holding only the typed mark, Grille's box below when given. */
function candidateSheet(grid: CompiledGrid, filled: WordTable, box: WordTable | null, sheetName: string, prefix: string): NewSheet {
  const built = newGridSheet(grid, { sheetName, candidate: null, namePrefix: prefix });
  const blank = newSheetToWordTable(built, grid);
  const added = filledTexts(blank, filled);
  const markAddress = built.names.find((n) => n.name === `${prefix}_note`)?.address;
  let bottom = 0;
  built.cells = built.cells.map((cell) => {
    const at = parseA1(cell.address)!;
    bottom = Math.max(bottom, at.row);
    const fill = added.get(`${at.row}:${at.col}`);
    if (fill) return { ...cell, value: valueOf(fill.text, fill.tag, grid) };
    // The mark cell is the commission's: no formula computing Grille's mark in it.
    if (cell.address === markAddress) return { ...cell, value: null };
    return cell;
  });
  if (box) appendBox(built, box, bottom + 2);
  return built;
}

/** The plan of a new workbook: a sheet per candidate (per assessor's grid, CQP), named after them; Grille's box on the last. */
export function commissionWorkbookPlan(grid: CompiledGrid, sheets: readonly CommissionSheet[]): WritePlan {
  const taken: string[] = [];
  let k = 0;
  return {
    changes: sheets.flatMap((sheet, i) =>
      sheet.grids.map((filled, g) => {
        const name = uniqueSheetName(sheet.candidate, taken, `Candidat ${i + 1}`);
        taken.push(name);
        const box = g === sheet.grids.length - 1 ? sheet.proposal : null;
        return { kind: "sheet" as const, sheet: candidateSheet(grid, filled, box, name, `grille_s${++k}`), replaces: false };
      }),
    ),
  };
}
