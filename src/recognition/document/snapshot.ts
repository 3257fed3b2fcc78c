import type { Text } from "../../core/i18n/locale";

/**
 * A Word document as plain data, host-neutral: what the .docx adapter reads from word/document.xml and
 * what the Office.js Word adapter reads from the open document. Numbers are 1-based, as a teacher counts.
 */

export interface ParagraphBlock {
  kind: "paragraph";
  /** 1-based among the paragraphs outside tables (paragraphs inside table cells are part of their cell). */
  index: number;
  /** The paragraph's text: tabs as « \t », line breaks as « \n ». */
  text: string;
  /** Style id or name (« Heading1 », « Titre1 »), when not the default. */
  style?: string;
  /** 1 for a Heading 1 (« Titre 1 »), 2 for a Heading 2…: what splits a document into candidates' parts. */
  heading?: number;
  /** A page or section break comes right before this paragraph. */
  pageBreakBefore?: boolean;
}

export interface TableCellBlock {
  /** The cell's paragraphs joined by « \n »; a nested table's text is appended to it. */
  text: string;
  /** How many grid columns the cell spans (w:gridSpan), at least 1. */
  gridSpan: number;
  /** Vertical merge (w:vMerge): "restart" opens a merged area, "continue" cells are covered by the one above. */
  vMerge: "restart" | "continue" | null;
  /** The cell holds a nested table (its text is read into this cell's text). */
  nested: boolean;
  /** Every run of text in the cell is bold. */
  bold?: boolean;
}

export interface TableRowBlock {
  cells: TableCellBlock[];
  /** Grid columns skipped before the first cell (w:gridBefore). */
  gridBefore?: number;
}

export interface TableBlock {
  kind: "table";
  /** 1-based among the top-level tables. */
  index: number;
  rows: TableRowBlock[];
  /**
   * How the merges are known: "exact" (read from the document's XML), "none" (the host reported cell
   * texts only: merged cells may sit one column off, and vertical merges are not known).
   */
  merges?: "exact" | "none";
}

export type Block = ParagraphBlock | TableBlock;

/** Where something sits in a document: a paragraph outside tables, or one physical cell of a top-level table. */
export type BlockLocation =
  | { kind: "paragraph"; paragraph: number }
  /** `cell` is the physical cell's 1-based index in its row, as Word's getCell counts. */
  | { kind: "table"; table: number; row: number; cell: number };

/** A content control (w:sdt): Grille tags the cells it inserts `grille:<grid>:<id>[:<level>]`. */
export interface ContentControlInfo {
  tag: string;
  title: string;
  text: string;
  /** Where it sits, when the host can tell; null otherwise. */
  location: BlockLocation | null;
}

export interface DocumentSnapshot {
  /** The document's name (« grille.docx »): the pseudo-sheet is named after it. */
  name: string;
  blocks: Block[];
  contentControls: ContentControlInfo[];
  /** The binding map Grille stored in the document (custom XML part), raw, if any. */
  bindingMap?: unknown;
  /** What the reader wants the teacher to know (nested tables, merges not reported…). */
  notes?: Text[];
}
