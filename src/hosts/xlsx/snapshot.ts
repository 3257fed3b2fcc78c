import { ValueType, type Cell, type CellValue as ExcelValue, type Worksheet } from "exceljs";
import { contentBlock, farContent, keepCellDetails, mergesInBlock } from "../../recognition/snapshot/bounds";
import { a1, type CellRange, type CellValue } from "../../recognition/snapshot/cells";
import { formatMatters } from "../../recognition/snapshot/formats";
import type { SheetSnapshot } from "../../recognition/snapshot/workbook";
import { isProtected, mergedRanges } from "./exceljs-internals";

/** Dates as the snapshot carries them: yyyy-mm-dd (ExcelJS builds dates in UTC). */
const isoDate = (date: Date): string | null => (Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10));

const richTextOf = (value: { richText?: unknown }): string =>
  Array.isArray(value.richText) ? value.richText.map((run: { text?: unknown }) => (typeof run?.text === "string" ? run.text : "")).join("") : "";

/**
 * An ExcelJS value → a snapshot value: formulas give their cached result (none → null), rich text and
 * hyperlinks their text, dates an ISO string, errors { error }.
 */
function toCellValue(value: ExcelValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if ("error" in value) return { error: String(value.error) };
  if ("formula" in value || "sharedFormula" in value) return toCellValue(value.result as ExcelValue | undefined);
  if ("richText" in value) return toCellValue(richTextOf(value));
  if ("text" in value) {
    const text: unknown = value.text;
    if (typeof text === "string") return toCellValue(text);
    if (text && typeof text === "object" && "richText" in text) return toCellValue(richTextOf(text));
    return null;
  }
  return null;
}

function valueOf(cell: Cell): CellValue {
  // A merged area's other cells echo the top-left value in ExcelJS; Excel shows them empty.
  if (cell.type === ValueType.Merge) return null;
  // ExcelJS 4.4's cell.value drops a cached result of 0 (it copies only truthy fields); cell.result keeps it.
  if (cell.type === ValueType.Formula) return toCellValue(cell.result as ExcelValue | undefined);
  return toCellValue(cell.value);
}

interface ReadCell {
  row: number;
  col: number;
  value: CellValue;
}

/** A sheet whose content does not fit a snapshot even without its far cells: its size from A1. */
export interface SheetTooBig {
  sheet: string;
  rows: number;
  columns: number;
}

/**
 * One worksheet → plain data. Only stored rows and cells are visited, and the dense block is bounded
 * (bounds.ts): a stray value at XFD1048576 is set aside and reported, never allocated.
 */
export function sheetSnapshot(ws: Worksheet): { sheet: SheetSnapshot; hasValues: boolean } | { tooBig: SheetTooBig } {
  const read: ReadCell[] = [];
  const formats: Record<string, string> = {};
  const formulaCells: string[] = [];
  const formulas: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = valueOf(cell);
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (cell.type === ValueType.Formula) {
        formulaCells.push(a1(r, c));
        // ExcelJS translates a shared formula to this cell; learning reads the text to learn the marking.
        if (typeof cell.formula === "string" && cell.formula !== "") formulas[a1(r, c)] = cell.formula;
      }
      if (value === null) return;
      read.push({ row: r, col: c, value });
      const numFmt = cell.numFmt;
      if (formatMatters(numFmt)) formats[a1(r, c)] = numFmt;
    });
  });
  const hasValues = read.length > 0;

  const block = contentBlock(read.map(({ row, col }) => ({ top: row, left: col, bottom: row, right: col })));
  if (!block.ok) return { tooBig: { sheet: ws.name, rows: block.rows, columns: block.columns } };
  const inside = (row: number, col: number) => row <= block.bottom && col <= block.right;
  const allMerges: CellRange[] = mergedRanges(ws).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  const { merges, bottom, right } = mergesInBlock(allMerges, block.bottom, block.right);
  const height = bottom + 1;
  const width = right + 1;

  const cells: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const { row, col, value } of read) if (inside(row, col)) cells[row]![col] = value;

  const hiddenRows: number[] = [];
  for (let r = 1; r <= height; r++) if (ws.findRow(r)?.hidden) hiddenRows.push(r - 1);
  const hiddenColumns: number[] = [];
  const columns = ws.columns ?? [];
  for (let c = 0; c < Math.min(width, columns.length); c++) if (columns[c]?.hidden) hiddenColumns.push(c);

  const sheet: SheetSnapshot = { name: ws.name, cells, merges, hiddenRows, hiddenColumns, protected: isProtected(ws) };
  keepCellDetails(sheet, { formats, formulaCells, formulas });
  const far = farContent(block.far);
  if (far) sheet.farContent = far;
  if (ws.state === "hidden" || ws.state === "veryHidden") sheet.hidden = true;
  return { sheet, hasValues };
}
