import type { CellRange, CellValue } from "./cells";

/**
 * One sheet (or one Word table) as plain data: the values of its used range from A1, merged areas,
 * hidden rows and columns, protection. This is all recognition sees.
 */
export interface SheetSnapshot {
  name: string;
  /** Row-major values from A1 to the end of the used range; rows may be shorter than others. */
  cells: CellValue[][];
  merges: CellRange[];
  hiddenRows: number[];
  hiddenColumns: number[];
  protected: boolean;
  /** Number formats of cells whose format matters (percent, date), by A1 address. Sparse. */
  formats?: Record<string, string>;
  /** A1 addresses of cells holding a formula (their value is the cached result): never overwritten. */
  formulaCells?: string[];
  /** Formula text by A1 address (« SUM(D5:D9)/5 », without « = »), where the host reads it: learning translates it. */
  formulas?: Record<string, string>;
  /** Sheets hidden by the teacher (hidden or very hidden). */
  hidden?: boolean;
}

/** A workbook-scoped or sheet-scoped named item: `grille_1_1` → `'Alice'!$D$12`. */
export interface NamedItem {
  name: string;
  /** The reference as a formula: 'Sheet'!$D$12 */
  ref: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: NamedItem[];
  /** The binding map Grille stored in the workbook, raw (validated by recognition), if any. */
  bindingMap?: unknown;
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.cells[row]?.[col] ?? null;
}

export const rowCount = (sheet: SheetSnapshot): number => sheet.cells.length;

export function columnCount(sheet: SheetSnapshot): number {
  let max = 0;
  for (const row of sheet.cells) if (row.length > max) max = row.length;
  return max;
}
