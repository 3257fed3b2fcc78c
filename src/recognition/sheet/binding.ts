import type { Text } from "../../core/i18n/locale";

/** Where one rated item stands on a sheet. */
export interface ItemBinding {
  /** The cell holding the item's code or label. */
  label: string;
  /** Level columns: level code → the item's cell in that column (level-column layout). */
  levels?: Record<string, string>;
  /** A single cell holding a code, word, number or drop-down value (single-column layout). */
  value?: string;
  /** The level cells read for this item, "D12:G13" (rows from the item's row to the next item's). */
  area?: string;
  confidence: number;
}

export interface FieldBinding {
  /** The label cell. */
  label: string;
  /** The cell holding (or to hold) the value; may equal `label` when the value follows a colon in it. */
  value: string;
  /** The value is inside the label cell, after the colon. */
  inline: boolean;
  confidence: number;
}

export interface PanelBinding {
  label: string;
  /** The members written as free text in one cell (the label's, after its colon, or the next one right): « Mme X (économie-gestion), M. Y (professionnel) ». */
  inline?: string;
  /** One entry per member row: name cell and role cell. */
  members: { name: string; role: string | null }[];
}

/** How a sheet is bound to a grid: each grid element → a cell, with confidences, and what is missing. */
export interface SheetBinding {
  sheet: string;
  gridId: string;
  layout: "sheet" | "row-per-candidate";
  confidence: number;
  /** Level header: the row (or column) holding the scale's codes, when found. */
  header: { row: number; columns: Record<string, number> } | null;
  items: Record<string, ItemBinding>;
  fields: Record<string, FieldBinding>;
  panel: PanelBinding | null;
  /** Rule flags: flag → the cell that records it (E33: no digital presentation). */
  flags: Record<string, string>;
  /** Row-per-candidate: the header row (0-based), the name columns, the item columns, first and last data rows. */
  table?: {
    headerRow: number;
    nameColumns: number[];
    itemColumns: Record<string, number>;
    /** Further columns headed by the same item (successive evaluations): the rightmost filled one counts. */
    extraColumns?: Record<string, number[]>;
    fieldColumns: Record<string, number>;
    firstRow: number;
    lastRow: number;
  };
  missing: { items: string[]; fields: string[] };
  /** What recognition wants the teacher to know (low confidence, ambiguous cells). */
  notes: Text[];
}
