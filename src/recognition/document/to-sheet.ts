import { text, type Text } from "../../core/i18n/locale";
import { a1, parseA1, type CellRange, type CellValue } from "../snapshot/cells";
import type { SheetSnapshot } from "../snapshot/workbook";
import { isBlankValue, spanText, splitParagraph, type Segment } from "./paragraph";
import type { Block, BlockLocation, DocumentSnapshot, ParagraphBlock, TableBlock } from "./snapshot";

/**
 * A document laid out as pseudo-sheets, so that the recognition written for sheets reads Word documents
 * too, unchanged. Each paragraph is a row: « Label : value / 20 » gives A = « Label : », B = the value
 * (empty when it is only a placeholder), C = « / 20 », and further fields on the same line continue in
 * D, E, F… Each table row is a row, its cells in columns A… by their grid columns, w:gridSpan and
 * w:vMerge becoming merged areas whose covered cells are empty, as Excel shows merged cells.
 *
 * A document is one pseudo-sheet named after it, unless it repeats one grid (a class document: one
 * table per candidate, after a Heading 1 or a page break): then each repetition is a pseudo-sheet of its
 * own, named after its heading, so that each candidate is read as in a workbook with a sheet each.
 */

/** Where a pseudo-sheet cell is in the document, 1-based as a teacher counts. */
export type WordLocation =
  | { kind: "paragraph"; paragraph: number; part: "label" | "value" | "suffix"; segment: number }
  /** `cell`: the physical cell's index in its row (Word's getCell); `column`: its first grid column. */
  | { kind: "table"; table: number; row: number; cell: number; column: number };

export interface DocumentLayout {
  sheets: SheetSnapshot[];
  /** `'Sheet'!D12` (a finding's `at`, a plan change's sheet and address), or `D12` when there is one sheet. */
  locate(at: string): WordLocation | null;
  /** « tableau 2, ligne 5, colonne 3 » / « paragraphe 12 »; the reference itself when it is nowhere. */
  describe(at: string): Text;
  /** The pseudo-sheet cell of a document location (a content control's), or null. */
  addressOf(location: BlockLocation): { sheet: string; address: string } | null;
  /** The paragraph behind a location, for adapters that edit its text. */
  paragraph(index: number): ParagraphBlock | undefined;
  table(index: number): TableBlock | undefined;
  /** A digest of the document's structure (blocks, rows, cells): a stored binding map is trusted while it holds. */
  fingerprint: string;
  notes: Text[];
}

interface ParagraphRow {
  kind: "paragraph";
  block: ParagraphBlock;
  segments: Segment[];
}

/**
 * An empty row after a form line (its value stays on its line) or after a table (rows read below a
 * table's last row, such as the panel's blank member rows, do not run into the next paragraph).
 */
interface SpacerRow {
  kind: "spacer";
  after: ParagraphRow | null;
}

interface TableRowRef {
  kind: "table";
  block: TableBlock;
  /** 0-based row in the table. */
  row: number;
  /** Grid column → the 0-based physical cell covering it in this row (-1: none). */
  cells: number[];
  /** Physical cell → its first grid column. */
  starts: number[];
}

type RowRef = ParagraphRow | TableRowRef | SpacerRow;

interface PseudoSheet {
  sheet: SheetSnapshot;
  rows: RowRef[];
}

/** Columns per paragraph segment: label, value, suffix. */
const SEGMENT_WIDTH = 3;
const PARTS: ("label" | "value" | "suffix")[] = ["label", "value", "suffix"];

const cellValue = (raw: string): CellValue => (raw.trim() === "" ? null : raw);

/** Grid columns of each physical cell of each row, and the table's width. */
function tableGrid(table: TableBlock): { starts: number[][]; width: number } {
  let width = 0;
  const starts = table.rows.map((row) => {
    let col = row.gridBefore ?? 0;
    const out = row.cells.map((cell) => {
      const start = col;
      col += Math.max(1, cell.gridSpan);
      return start;
    });
    width = Math.max(width, col);
    return out;
  });
  return { starts, width };
}

/** Places one table at `top`: its values, its merged areas, one RowRef per row. */
function layTable(table: TableBlock, top: number, cells: CellValue[][], merges: CellRange[], rows: RowRef[]): void {
  const { starts, width } = tableGrid(table);
  /** Open vertical merges by first grid column. */
  const open = new Map<number, CellRange>();
  table.rows.forEach((row, r) => {
    const values: CellValue[] = new Array<CellValue>(width).fill(null);
    const covering = new Array<number>(width).fill(-1);
    row.cells.forEach((cell, i) => {
      const left = starts[r]![i]!;
      const right = left + Math.max(1, cell.gridSpan) - 1;
      for (let c = left; c <= right; c++) covering[c] = i;
      const above = open.get(left);
      if (cell.vMerge === "continue" && above && above.right === right) {
        above.bottom = top + r;
        return;
      }
      for (const [col, range] of open) if (col <= right && range.right >= left) open.delete(col);
      values[left] = cell.vMerge === "continue" ? null : cellValue(cell.text);
      const range = { top: top + r, left, bottom: top + r, right };
      merges.push(range);
      if (cell.vMerge === "restart") open.set(left, range);
    });
    cells.push(values);
    rows.push({ kind: "table", block: table, row: r, cells: covering, starts: starts[r]! });
  });
  // Single cells were pushed as 1×1 ranges to be extended downwards: keep only real merges.
  for (let i = merges.length - 1; i >= 0; i--) {
    const m = merges[i]!;
    if (m.top === m.bottom && m.left === m.right) merges.splice(i, 1);
  }
}

function layParagraph(block: ParagraphBlock, cells: CellValue[][], rows: RowRef[]): void {
  const segments = splitParagraph(block.text);
  const values: CellValue[] = [];
  segments.forEach((segment) => {
    const label = spanText(block.text, segment.label).trim();
    const value = spanText(block.text, segment.value).trim();
    values.push(label === "" ? null : label, isBlankValue(value) ? null : value, segment.suffix ? spanText(block.text, segment.suffix).trim() : null);
  });
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  cells.push(values);
  const row: ParagraphRow = { kind: "paragraph", block, segments };
  rows.push(row);
  // « Note : ……… / 20 »: the value belongs on this line. Recognition looks for an empty field's value
  // below its label; an empty row there keeps it from taking the next paragraph.
  // Filled or not, the same lines get one, so that the copies of a grid keep one layout.
  if (segments.some((s) => isField(block.text, s) && (s.suffix !== null || spanText(block.text, s.value).trim() !== ""))) {
    cells.push([]);
    rows.push({ kind: "spacer", after: row });
  }
}

/** A segment that is a field: its label ends with a colon. */
const isField = (text: string, segment: Segment): boolean => segment.label.end > segment.label.start && text[segment.label.end - 1] === ":";

function pseudoSheet(name: string, blocks: readonly Block[]): PseudoSheet {
  const cells: CellValue[][] = [];
  const merges: CellRange[] = [];
  const rows: RowRef[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") layParagraph(block, cells, rows);
    else {
      layTable(block, cells.length, cells, merges, rows);
      cells.push([]);
      rows.push({ kind: "spacer", after: null });
    }
  }
  return { sheet: { name, cells, merges, hiddenRows: [], hiddenColumns: [], protected: false }, rows };
}

// ———————————————————————————————————————— one sheet, or one per repeated grid ——

const startsPart = (block: Block) => block.kind === "paragraph" && (block.heading === 1 || block.pageBreakBefore === true);

/** The blocks cut before each Heading 1 and each page break. */
function partsOf(blocks: readonly Block[]): Block[][] {
  const parts: Block[][] = [];
  for (const block of blocks) {
    if (parts.length === 0 || startsPart(block)) parts.push([]);
    parts[parts.length - 1]!.push(block);
  }
  return parts;
}

/** The shapes of a part's tables (rows × grid columns): copies of one grid share them, whatever is filled in. */
function shapeOf(part: readonly Block[]): string[] {
  return part.filter((b): b is TableBlock => b.kind === "table").map((t) => `${t.rows.length}x${tableGrid(t).width}`);
}

/**
 * Two parts hold the same grid when one's tables begin with the other's: a copy may be followed by
 * tables of its own (Grille's box after a candidate's last grid, a CQP jury member's grids before it).
 */
const startsWith = (shapes: readonly string[], prefix: readonly string[]): boolean => prefix.every((shape, i) => shapes[i] === shape);
const sameGrid = (a: readonly string[], b: readonly string[]): boolean => a.length > 0 && b.length > 0 && (startsWith(a, b) || startsWith(b, a));

function headingName(part: readonly Block[]): string | null {
  const first = part.find((b) => b.kind === "table" || b.text.trim() !== "");
  return first?.kind === "paragraph" && first.heading !== undefined ? first.text.replace(/\s+/g, " ").trim() : null;
}

/** The groups of blocks that become pseudo-sheets, with their names. */
function groupsOf(doc: DocumentSnapshot): { name: string; blocks: Block[] }[] {
  const parts = partsOf(doc.blocks);
  const shapes = parts.map(shapeOf);
  const repeats = shapes.map((shape, i) => shapes.some((other, j) => j !== i && sameGrid(shape, other)));
  if (!repeats.some(Boolean)) return [{ name: doc.name, blocks: [...doc.blocks] }];

  const groups: { name: string | null; blocks: Block[] }[] = [];
  let leading: Block[] = [];
  parts.forEach((part, i) => {
    // A copy without a heading of its own (a page break between a candidate's grids) is named after the one before.
    if (repeats[i]) groups.push({ name: headingName(part) ?? groups.at(-1)?.name ?? null, blocks: [...leading, ...part] });
    else if (groups.length > 0) groups[groups.length - 1]!.blocks.push(...part);
    else {
      leading = [...leading, ...part];
      return;
    }
    leading = [];
  });
  const taken = new Set<string>();
  return groups.map((group, i) => {
    const wanted = group.name && group.name.length <= 80 ? group.name : `${doc.name} (${i + 1})`;
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
    taken.add(name.toLowerCase());
    return { name, blocks: group.blocks };
  });
}

// ———————————————————————————————————————— references ——

/** `'It''s'!$D$4`, `Feuil1!B2:C3`, `D4` → sheet (null when bare) and the top-left cell. */
export function splitReference(at: string): { sheet: string | null; row: number; col: number } | null {
  const input = at.trim();
  const bang = input.lastIndexOf("!");
  let sheet: string | null = null;
  if (bang >= 0) {
    const raw = input.slice(0, bang);
    sheet = /^'.*'$/s.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  }
  const cell = parseA1((bang >= 0 ? input.slice(bang + 1) : input).split(":")[0] ?? "");
  return cell ? { sheet, row: cell.row, col: cell.col } : null;
}

function fnv1a(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function structureOf(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (b.kind === "paragraph" ? "p" : `t[${b.rows.map((r) => `${r.gridBefore ?? 0}:${r.cells.map((c) => `${c.gridSpan}${c.vMerge?.[0] ?? ""}`).join(".")}`).join("/")}]`))
    .join("");
}

function notesOf(doc: DocumentSnapshot): Text[] {
  const notes: Text[] = [...(doc.notes ?? [])];
  for (const block of doc.blocks) {
    if (block.kind !== "table") continue;
    block.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (!cell.nested) return;
        notes.push(
          text(
            `Le tableau ${block.index} contient un tableau imbriqué (ligne ${r + 1}, cellule ${c + 1}) : son texte est lu comme celui de la cellule qui le contient.`,
            `Table ${block.index} holds a nested table (row ${r + 1}, cell ${c + 1}): its text is read as the text of the cell that holds it.`,
          ),
        );
      }),
    );
  }
  return notes;
}

export const describeLocation = (location: WordLocation): Text =>
  location.kind === "table"
    ? text(`tableau ${location.table}, ligne ${location.row}, colonne ${location.column}`, `table ${location.table}, row ${location.row}, column ${location.column}`)
    : text(`paragraphe ${location.paragraph}`, `paragraph ${location.paragraph}`);

/** Lays a document out as pseudo-sheets; `locate` and `describe` map their cells back to the document. */
export function documentToSheet(doc: DocumentSnapshot): DocumentLayout {
  const pseudo = groupsOf(doc).map((group) => pseudoSheet(group.name, group.blocks));
  const byName = new Map(pseudo.map((p) => [p.sheet.name, p]));
  const paragraphs = new Map<number, ParagraphBlock>();
  const tables = new Map<number, TableBlock>();
  for (const block of doc.blocks) {
    if (block.kind === "paragraph") paragraphs.set(block.index, block);
    else tables.set(block.index, block);
  }

  const locate = (at: string): WordLocation | null => {
    const ref = splitReference(at);
    if (!ref) return null;
    const target = ref.sheet === null ? (pseudo.length === 1 ? pseudo[0] : undefined) : byName.get(ref.sheet);
    if (!target) return null;
    // A merged area is its top-left cell.
    const merge = target.sheet.merges.find((m) => m.top <= ref.row && ref.row <= m.bottom && m.left <= ref.col && ref.col <= m.right);
    const row = merge ? merge.top : ref.row;
    const col = merge ? merge.left : ref.col;
    const found = target.rows[row];
    if (!found) return null;
    // A spacer row stands for the line above it: its value.
    if (found.kind === "spacer") {
      if (!found.after) return null;
      const { block, segments } = found.after;
      return { kind: "paragraph", paragraph: block.index, part: "value", segment: Math.max(0, segments.findIndex((s) => isField(block.text, s))) };
    }
    const rowRef = found;
    if (rowRef.kind === "paragraph") {
      const segment = Math.floor(col / SEGMENT_WIDTH);
      if (segment >= rowRef.segments.length) return null;
      return { kind: "paragraph", paragraph: rowRef.block.index, part: PARTS[col % SEGMENT_WIDTH]!, segment };
    }
    const cell = rowRef.cells[col];
    if (cell === undefined || cell < 0) return null;
    return { kind: "table", table: rowRef.block.index, row: rowRef.row + 1, cell: cell + 1, column: rowRef.starts[cell]! + 1 };
  };

  // Where each paragraph and each table row sits: content controls are placed by look-up, not by scan.
  const rowsOf = new Map<string, { sheet: string; row: number; ref: ParagraphRow | TableRowRef }>();
  for (const { sheet, rows } of pseudo) {
    rows.forEach((ref, row) => {
      if (ref.kind === "paragraph") rowsOf.set(`p${ref.block.index}`, { sheet: sheet.name, row, ref });
      else if (ref.kind === "table") rowsOf.set(`t${ref.block.index}:${ref.row}`, { sheet: sheet.name, row, ref });
    });
  }

  const addressOf = (location: BlockLocation): { sheet: string; address: string } | null => {
    const found = rowsOf.get(location.kind === "paragraph" ? `p${location.paragraph}` : `t${location.table}:${location.row - 1}`);
    if (!found) return null;
    const { sheet, row, ref } = found;
    if (ref.kind === "paragraph") return { sheet, address: a1(row, ref.segments.some((s) => isField(ref.block.text, s)) ? 1 : 0) };
    const start = location.kind === "table" ? ref.starts[location.cell - 1] : undefined;
    return start === undefined ? null : { sheet, address: a1(row, start) };
  };

  return {
    sheets: pseudo.map((p) => p.sheet),
    locate,
    describe: (at) => {
      const location = locate(at);
      return location ? describeLocation(location) : text(at, at);
    },
    addressOf,
    paragraph: (index) => paragraphs.get(index),
    table: (index) => tables.get(index),
    fingerprint: fnv1a(structureOf(doc.blocks)),
    notes: notesOf(doc),
  };
}
