import type { Locale } from "../../core/i18n/locale";
import { formatNumber } from "../../core/text/numbers";
import { a1, cellText, type CellRange, type CellValue } from "../../recognition/snapshot/cells";
import { cellAt, columnCount, rowCount, type SheetSnapshot } from "../../recognition/snapshot/workbook";

/** The view shows at most this much of a sheet (and says so when it cuts). */
export const MAX_ROWS = 120;
export const MAX_COLUMNS = 30;

/** One cell as the view draws it: merged areas span, the cells they cover are not drawn. */
export interface GridCell {
  row: number;
  col: number;
  address: string;
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** What the view draws of a sheet: the visible rows and columns, cells with their spans. */
export interface SheetGrid {
  rows: number[];
  columns: number[];
  /** Per visible row, its cells (covered cells of a merge left out). */
  cells: GridCell[][];
  /** Column widths in characters, per visible column. */
  widths: number[];
  /** The sheet's full size, and whether the view cut it. */
  totalRows: number;
  totalColumns: number;
  cut: boolean;
}

/** A part of a `data-testid` from a sheet name: accents dropped, anything else than letters and digits → « _ ». */
export const testIdPart = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_-]+/g, "_");

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;

/** A value as Excel would show it with the cell's number format (percentages, dates), else as typed. */
export function displayText(value: CellValue, format: string | undefined, locale: Locale): string {
  if (typeof value === "number") {
    if (format?.includes("%")) {
      const decimals = /0[.,](0+)/.exec(format)?.[1]?.length ?? 0;
      return `${formatNumber(value * 100, locale, decimals)} %`;
    }
    return formatNumber(value, locale, 10);
  }
  if (typeof value === "string") {
    const date = ISO_DATE.exec(value);
    if (date && (!format || /[dmy]{2}/i.test(format))) return `${date[3]}/${date[2]}/${date[1]}`;
    return value;
  }
  if (typeof value === "boolean") return locale === "fr" ? (value ? "VRAI" : "FAUX") : value ? "TRUE" : "FALSE";
  return cellText(value);
}

/** How far the view reaches: MAX_ROWS × MAX_COLUMNS, or further to show a selected cell. */
export function reachOf(selection: CellRange | null): { rows: number; columns: number } {
  return { rows: Math.max(MAX_ROWS, (selection?.top ?? 0) + 1), columns: Math.max(MAX_COLUMNS, (selection?.left ?? 0) + 1) };
}

/**
 * The visible part of a sheet: hidden rows and columns left out, at most `reach` rows and columns
 * (MAX_ROWS × MAX_COLUMNS by default), merged areas clipped to what is visible.
 */
export function sheetGrid(sheet: SheetSnapshot, locale: Locale, reach = reachOf(null)): SheetGrid {
  const totalRows = Math.max(rowCount(sheet), 1);
  const totalColumns = Math.max(columnCount(sheet), 1);
  const hiddenRows = new Set(sheet.hiddenRows);
  const hiddenColumns = new Set(sheet.hiddenColumns);
  const rowLimit = reach.rows;
  const columnLimit = reach.columns;
  const rows = range(Math.min(totalRows, rowLimit)).filter((r) => !hiddenRows.has(r));
  const columns = range(Math.min(totalColumns, columnLimit)).filter((c) => !hiddenColumns.has(c));
  const lastRow = rows.at(-1) ?? 0;
  const lastColumn = columns.at(-1) ?? 0;

  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    const visibleRows = rows.filter((r) => r >= merge.top && r <= Math.min(merge.bottom, lastRow));
    const visibleColumns = columns.filter((c) => c >= merge.left && c <= Math.min(merge.right, lastColumn));
    const top = visibleRows[0];
    const left = visibleColumns[0];
    if (top === undefined || left === undefined) continue;
    spans.set(`${merge.top}:${merge.left}`, { rowSpan: visibleRows.length, colSpan: visibleColumns.length });
    for (const r of visibleRows) for (const c of visibleColumns) if (r !== top || c !== left) covered.add(`${r}:${c}`);
    // A merge whose top-left cell is hidden is drawn from its first visible cell.
    if (top !== merge.top || left !== merge.left) spans.set(`${top}:${left}`, { rowSpan: visibleRows.length, colSpan: visibleColumns.length });
  }

  const lengths = columns.map(() => 0);
  const cells = rows.map((r) =>
    columns.flatMap((c, i) => {
      if (covered.has(`${r}:${c}`)) return [];
      const span = spans.get(`${r}:${c}`) ?? { rowSpan: 1, colSpan: 1 };
      const address = a1(r, c);
      const text = displayText(cellAt(sheet, r, c), sheet.formats?.[address], locale);
      if (span.colSpan === 1) lengths[i] = Math.max(lengths[i]!, longestLine(text));
      return [{ row: r, col: c, address, text, ...span }];
    }),
  );
  const widths = lengths.map((length) => Math.min(40, Math.max(6, length + 2)));
  const cut = totalRows > rowLimit || totalColumns > columnLimit;
  return { rows, columns, cells, widths, totalRows, totalColumns, cut };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const longestLine = (text: string) => text.split("\n").reduce((max, line) => Math.max(max, line.length), 0);

/** The merged area a cell belongs to (itself when not merged). */
export function areaOf(sheet: SheetSnapshot, row: number, col: number): CellRange {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ?? { top: row, left: col, bottom: row, right: col };
}
