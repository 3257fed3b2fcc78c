import type { Text } from "../../core/i18n/locale";
import type { CellValue } from "../snapshot/cells";
import type { WordTable } from "../document/word-table";

/** What a plan writes in a cell: a value, or a formula with the result Grille expects. */
export type CellInput = string | number | boolean | null | { formula: string; result?: string | number | boolean };

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Background colour, #RRGGBB. */
  fill?: string;
  /** Font colour, #RRGGBB. */
  color?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  border?: boolean;
  numberFormat?: string;
}

/** The full content of a sheet Grille creates (Synthèse, Nouvelle grille). */
export interface NewSheet {
  name: string;
  cells: { address: string; value: CellInput; style?: CellStyle }[];
  /** "A1:D1" */
  merges: string[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Drop-down lists: each cell of `range` may only take one of `values`. */
  validations: { range: string; values: string[]; prompt?: string }[];
  /** Number cells: each cell of `range` may only take a number from `min` to `max` (CQP percentages). */
  numberValidations?: { range: string; min: number; max: number; prompt?: string }[];
  /** Sheet-scoped names are not used: names are workbook-scoped, `ref` without the sheet. */
  names: { name: string; address: string }[];
  /** Heights in points of rows holding wrapped text (not every host fits rows to their text), 1-based rows. */
  rowHeights?: { row: number; height: number }[];
  /** Rows frozen at the top (header), 0 for none. */
  frozenRows?: number;
  /** Landscape A4 page, fit to one page wide (else portrait A4, fit to one page wide). */
  landscape?: boolean;
  /** Columns hidden from view and print (helper cells), 1-based. */
  hiddenColumns?: number[];
  /** What prints ("A1:F60"): the official grid, without Grille's proposal, helpers and notes beside it. */
  printArea?: string;
  /** Rows printed again at the top of each page (the level header), 1-based, inclusive. */
  printTitleRows?: { first: number; last: number };
  /**
   * Tables under the grid with their own header (the official tables printed after it: E33 degrees of
   * mastery, CQP appreciation scales), 1-based rows, inclusive, `repeat` header rows. A document prints
   * them as tables of their own, so that a page they start shows their header, not the level header.
   */
  ownTables?: { first: number; last: number; repeat: number }[];
}

/** One intended change, with what it replaces so that the pane can preview it. */
export type PlanChange =
  | {
      kind: "cell";
      sheet: string;
      address: string;
      value: CellInput;
      previous: CellValue;
      style?: CellStyle;
      /** Why Grille proposes it, in the teacher's words. */
      reason: Text;
    }
  | { kind: "name"; name: string; sheet: string; address: string; previous: string | null }
  | { kind: "sheet"; sheet: NewSheet; /** true: a sheet of that name exists and is replaced whole. */ replaces: boolean }
  /**
   * Word only: a grid inserted as a formatted table at the cursor (or at the end), after an optional
   * Heading 1. `sheet` names the document's pseudo-sheet, so that code reading `change.sheet` of the
   * other changes reads a name here too; workbook hosts refuse this change.
   */
  | { kind: "insert-table"; sheet: string; table: WordTable; heading?: string; position: "selection" | "end"; /** Start on a new page. */ pageBreakBefore?: boolean };

export interface WritePlan {
  changes: PlanChange[];
}
