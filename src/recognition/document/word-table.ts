import { itemShortName, type CompiledGrid } from "../../core/model/compile";
import type { Evaluation } from "../../core/model/evaluation";
import { levelsOf } from "../../core/model/scale";
import { formatNumber } from "../../core/text/numbers";
import { newGridSheet } from "../plans/new-grid";
import type { CellStyle, NewSheet } from "../plans/plan";
import { nameSafe } from "../plans/sheet-builder";
import { cellInputValue } from "../snapshot/apply-plan";
import { cellText, parseA1, parseRangeA1, type CellRange } from "../snapshot/cells";
import { grilleTag, parseGrilleTag } from "./tags";

/**
 * A grid as a Word table, host-neutral: what the .docx adapter writes as w:tbl and the Word adapter
 * inserts. Built from the « Nouvelle grille » sheet, so that the Word grid is laid out like the official
 * one and like the Excel copy: same rows, same merged areas, same styles, and a content control tagged
 * `grille:<grid>:<id>[:<level>]` on each level cell and each field's value cell.
 */

export interface WordTableCell {
  /** 0-based first grid column. */
  column: number;
  colSpan: number;
  rowSpan: number;
  /** Lines are separate paragraphs. */
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  /** #RRGGBB */
  fill?: string;
  color?: string;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle" | "bottom";
  border: boolean;
  /** The content control's tag and title, on the cells Grille reads. */
  tag?: string;
  title?: string;
}

export interface WordTable {
  gridId: string;
  /** Column widths in % of the table's width (the page's text width), summing to 100. */
  columns: number[];
  /** Per row, the cells that start there, left to right; cells covered by a row span above are left out. */
  rows: WordTableCell[][];
  /** The panel's member rows (0-based), with the name and role cells' grid columns. */
  panel?: { rows: number[]; name: number; role: number | null };
  /** Minimum heights in points, by 0-based row (rows where hands write, rows of wrapped text). */
  rowHeights?: Record<number, number>;
  /** Rows (0-based, inclusive) repeated at the top of each page: the level header. */
  headerRows?: { first: number; last: number };
  /** Official tables under the grid with their own header rows (0-based, inclusive): tables of their own in a document. */
  ownTables?: { first: number; last: number; repeat: number }[];
}

/**
 * How a WordTable goes into a document. Word repeats only a table's first rows on each page
 * (w:tblHeader), so what the sheet prints above the level header does not stay in the grid's table:
 * its lines (diploma, épreuve, title) become paragraphs, its form rows (name, date) a small table of
 * their own, and the grid's table starts with the level header. The panel (members, signatures) is a
 * table of its own too, under its own header rather than the levels'. Row numbers are the WordTable's.
 */
export type WordTablePart =
  /** `keep`: printed on the page of what follows (the short texts under the grid that introduce a table). */
  | { kind: "paragraph"; row: number; cell: WordTableCell; keep?: true }
  /** An empty paragraph: Word joins two tables that touch. */
  | { kind: "space" }
  /** Rows `first`..`last` (inclusive) as one w:tbl, its first `repeat` rows repeated on each page. */
  | { kind: "table"; first: number; last: number; repeat: number };

/** A row that prints as a line of text: one cell with text, no border, no content control. */
const lineCell = (cells: readonly WordTableCell[]): WordTableCell | null => {
  const filled = cells.filter((c) => c.text !== "" || c.border || c.tag);
  const only = filled[0];
  return filled.length === 1 && only && !only.border && !only.tag && only.rowSpan === 1 ? only : null;
};

const blankRow = (cells: readonly WordTableCell[]): boolean => cells.every((c) => c.text === "" && !c.border && !c.tag && !c.fill);

/** No cell of the rows above `row` spans down into it: the table can be cut there. */
const cutAt = (table: WordTable, row: number): boolean => !table.rows.slice(0, row).some((cells, r) => cells.some((c) => r + c.rowSpan > row));

export function wordTableParts(table: WordTable): WordTablePart[] {
  const header = table.headerRows?.first ?? 0;
  const repeat = table.headerRows ? table.headerRows.last - table.headerRows.first + 1 : 0;
  if (header <= 0 || header >= table.rows.length || !cutAt(table, header)) return [{ kind: "table", first: 0, last: table.rows.length - 1, repeat: header === 0 ? repeat : 0 }];
  const parts: WordTablePart[] = [];
  const pushTable = (first: number, last: number, repeated = 0) => {
    if (parts.at(-1)?.kind === "table") parts.push({ kind: "space" });
    parts.push({ kind: "table", first, last, repeat: repeated });
  };
  /**
   * Rows outside the grid's table: a line is a paragraph, a blank row nothing, the other rows small
   * tables. Under the grid (`keep`), the lines stay with the table they introduce (« Commentaires
   * objectifs » and its capacities with the appraisal's box); above it, the official instructions flow.
   */
  const loose = (from: number, to: number, keep = false) => {
    let open: { first: number; last: number } | null = null;
    const close = () => {
      if (open) pushTable(open.first, open.last);
      open = null;
    };
    for (let r = from; r <= to; r++) {
      const cells = table.rows[r]!;
      const line = lineCell(cells);
      // A row under a cell that spans down into it (an appraisal box) stays in that cell's table.
      if (open && !cutAt(table, r)) open.last = r;
      else if (line || blankRow(cells)) {
        close();
        if (line) parts.push({ kind: "paragraph", row: r, cell: line, ...(keep && { keep: true as const }) });
      } else if (open) open.last = r;
      else open = { first: r, last: r };
    }
    close();
  };
  loose(0, header - 1);
  const panel = table.panel ? table.panel.rows[0]! - 1 : -1;
  const hasPanel = panel > header + repeat && cutAt(table, panel);
  // Without the blank rows before the panel: the space between the tables is enough, and a blank row
  // alone on a page would bring the level header with it.
  let end = hasPanel ? panel - 1 : table.rows.length - 1;
  while (hasPanel && end > header + repeat && blankRow(table.rows[end]!)) end--;
  // The official tables under the grid, each under its own header: on a page they start, the level
  // header repeated above them would be read as theirs.
  const own = (table.ownTables ?? [])
    .filter((t) => t.first >= header + repeat && t.last <= end && t.last - t.first >= t.repeat && cutAt(table, t.first) && cutAt(table, t.last + 1))
    .sort((a, b) => a.first - b.first)
    .filter((t, i, all) => i === 0 || t.first > all[i - 1]!.last);
  if (own.length === 0) pushTable(header, end, repeat);
  else {
    // The grid's table ends on its last rated row: the lines between it and the first table (a note, the
    // table's heading) are paragraphs kept with what follows.
    let last = own[0]!.first - 1;
    while (last > header + repeat && (lineCell(table.rows[last]!) || blankRow(table.rows[last]!)) && cutAt(table, last)) last--;
    pushTable(header, last, repeat);
    let next = last + 1;
    for (const t of own) {
      loose(next, t.first - 1, true);
      pushTable(t.first, t.last, t.repeat);
      next = t.last + 1;
    }
    loose(next, end, true);
  }
  if (hasPanel) pushTable(panel, table.rows.length - 1, 1);
  return parts;
}

const styleOf = (style: CellStyle | undefined): Omit<WordTableCell, "column" | "colSpan" | "rowSpan" | "text" | "border"> => ({
  ...(style?.bold && { bold: true }),
  ...(style?.italic && { italic: true }),
  ...(style?.size !== undefined && { size: style.size }),
  ...(style?.fill && { fill: style.fill }),
  ...(style?.color && { color: style.color }),
  ...(style?.horizontal && { align: style.horizontal }),
  ...(style?.vertical && { valign: style.vertical }),
});

type Key = { kind: "item"; id: string } | { kind: "field"; id: string } | { kind: "flag"; id: string };

/** Workbook names of a « Nouvelle grille » sheet (`grille_1_1`, `grille_note`…) → what they name. */
function namedKeys(grid: CompiledGrid): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const item of grid.grid.items) keys.set(nameSafe(item.id), { kind: "item", id: item.id });
  for (const field of grid.grid.fields) keys.set(nameSafe(field.id), { kind: "field", id: field.id });
  if (grid.markField) keys.set("note", { kind: "field", id: grid.markField.id });
  for (const rule of grid.grid.rules) keys.set(nameSafe(rule.flag), { kind: "flag", id: rule.flag });
  return keys;
}

function keyOf(name: string, keys: Map<string, Key>): Key | undefined {
  let best: string | undefined;
  for (const key of keys.keys()) if ((name === key || name.endsWith(`_${key}`)) && (!best || key.length > best.length)) best = key;
  return best === undefined ? undefined : keys.get(best);
}

const cellsOf = (range: CellRange): { row: number; col: number }[] => {
  const out: { row: number; col: number }[] = [];
  for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) out.push({ row, col });
  return out;
};

/** Tags and titles of the cells the sheet's names point at, by "row:col". */
function tagsOf(sheet: NewSheet, grid: CompiledGrid): Map<string, { tag: string; title: string }> {
  const keys = namedKeys(grid);
  const levels = levelsOf(grid.grid.scale);
  const tags = new Map<string, { tag: string; title: string }>();
  const id = grid.grid.id;
  for (const { name, address } of sheet.names) {
    const key = keyOf(name, keys);
    const range = parseRangeA1(address);
    if (!key || !range) continue;
    if (key.kind === "item") {
      const item = grid.grid.items.find((i) => i.id === key.id)!;
      const cells = cellsOf(range);
      if (cells.length === 1) tags.set(`${range.top}:${range.left}`, { tag: grilleTag(id, key.id), title: itemShortName(grid, item) });
      else
        cells.forEach((cell, i) => {
          const level = levels[i];
          if (level) tags.set(`${cell.row}:${cell.col}`, { tag: grilleTag(id, key.id, level.code), title: `${itemShortName(grid, item)} – ${level.code}` });
        });
    } else {
      const label = key.kind === "field" ? (grid.grid.fields.find((f) => f.id === key.id)?.label ?? key.id) : (grid.grid.rules.find((r) => r.flag === key.id)?.label ?? key.id);
      tags.set(`${range.top}:${range.left}`, { tag: grilleTag(id, key.id), title: label.slice(0, 60) });
    }
  }
  return tags;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Widths in % that sum to 100 (the last column takes the rounding). */
function percentages(widths: readonly number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const out = widths.map((w) => round2((w / total) * 100));
  if (out.length > 0) out[out.length - 1] = round2(100 - out.slice(0, -1).reduce((a, b) => a + b, 0));
  return out;
}

/** The panel's member rows: the rows under the row whose first cell is the panel's label. */
function panelRows(sheet: NewSheet, grid: CompiledGrid, rows: WordTableCell[][]): WordTable["panel"] {
  const label = grid.grid.panel?.label;
  if (!label) return undefined;
  const headerRow = rows.findIndex((cells) => cells[0]?.column === 0 && cells[0].text === label);
  if (headerRow < 0) return undefined;
  const role = rows[headerRow]![1]?.column ?? null;
  const members: number[] = [];
  for (let r = headerRow + 1; r < rows.length && rows[r]!.length > 0 && rows[r]!.every((c) => c.text === "" && c.border); r++) members.push(r);
  return members.length > 0 ? { rows: members, name: 0, role } : undefined;
}

/** A « Nouvelle grille » sheet as a Word table: formulas become empty cells (Grille writes the mark). */
export function newSheetToWordTable(sheet: NewSheet, grid: CompiledGrid): WordTable {
  const byCell = new Map<string, NewSheet["cells"][number]>();
  // Only the official grid goes into the document: not Grille's proposal, helpers and notes beside it.
  const printed = sheet.printArea ? parseRangeA1(sheet.printArea) : null;
  const inside = (row: number, col: number) => !printed || (row <= printed.bottom && col <= printed.right);
  let height = 0;
  let width = printed ? printed.right + 1 : sheet.columnWidths.length;
  for (const cell of sheet.cells) {
    const at = parseA1(cell.address);
    if (!at || !inside(at.row, at.col)) continue;
    byCell.set(`${at.row}:${at.col}`, cell);
    height = Math.max(height, at.row + 1);
    width = Math.max(width, at.col + 1);
  }
  const merges = sheet.merges.map((m) => parseRangeA1(m)).filter((m): m is CellRange => m !== null && inside(m.bottom, m.right));
  for (const m of merges) {
    height = Math.max(height, m.bottom + 1);
    width = Math.max(width, m.right + 1);
  }
  const covered = new Set<string>();
  const originOf = new Map<string, CellRange>();
  for (const m of merges) {
    originOf.set(`${m.top}:${m.left}`, m);
    for (const { row, col } of cellsOf(m)) if (row !== m.top || col !== m.left) covered.add(`${row}:${col}`);
  }
  const tags = tagsOf(sheet, grid);
  const rows: WordTableCell[][] = [];
  for (let row = 0; row < height; row++) {
    const cells: WordTableCell[] = [];
    for (let col = 0; col < width; col++) {
      const key = `${row}:${col}`;
      if (covered.has(key)) continue;
      const merge = originOf.get(key);
      const source = byCell.get(key);
      const value = source ? cellInputValue(source.value) : null;
      const formula = source !== undefined && source.value !== null && typeof source.value === "object";
      const text = formula || value === null ? "" : typeof value === "number" ? formatNumber(value) : cellText(value);
      const tag = tags.get(key);
      cells.push({
        column: col,
        colSpan: merge ? merge.right - merge.left + 1 : 1,
        rowSpan: merge ? merge.bottom - merge.top + 1 : 1,
        text,
        border: source?.style?.border === true,
        ...styleOf(source?.style),
        ...(tag && { tag: tag.tag, title: tag.title }),
      });
    }
    rows.push(cells);
  }
  const widths = Array.from({ length: width }, (_, i) => sheet.columnWidths[i] ?? 10);
  const table: WordTable = { gridId: grid.grid.id, columns: percentages(widths), rows };
  const panel = panelRows(sheet, grid, rows);
  if (panel) table.panel = panel;
  const heights = (sheet.rowHeights ?? []).filter((h) => h.row <= height);
  if (heights.length > 0) table.rowHeights = Object.fromEntries(heights.map((h) => [h.row - 1, h.height]));
  if (sheet.printTitleRows) table.headerRows = { first: sheet.printTitleRows.first - 1, last: sheet.printTitleRows.last - 1 };
  const own = (sheet.ownTables ?? []).filter((t) => t.last <= height);
  if (own.length > 0) table.ownTables = own.map((t) => ({ first: t.first - 1, last: t.last - 1, repeat: t.repeat }));
  return table;
}

/** The official grid as a Word table, blank or with the candidate's name. */
export function gridWordTable(grid: CompiledGrid, options: { candidate?: string | null } = {}): WordTable {
  return newSheetToWordTable(newGridSheet(grid, { sheetName: "Grille", candidate: options.candidate ?? null, namePrefix: "grille" }), grid);
}

/** An ISO date read from a workbook (« 2025-05-27 ») as a teacher writes it in a document: « 27/05/2025 ». */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/;

const valueText = (value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value);
  const date = ISO_DATE.exec(value.trim());
  return date ? `${date[3]}/${date[2]}/${date[1]}` : value;
};

/**
 * The table filled with one candidate's evaluation (the pane's « Copier la fiche »): « X » in the level
 * cells read, field values in their cells, « X » in raised flags, the panel's members in its rows.
 */
export function fillWordTable(table: WordTable, evaluation: Evaluation): WordTable {
  const rows = table.rows.map((cells) =>
    cells.map((cell) => {
      const tag = cell.tag ? parseGrilleTag(cell.tag) : null;
      if (!tag || tag.gridId !== table.gridId) return cell;
      const rating = evaluation.ratings[tag.id];
      if (rating && tag.level !== null) return rating.values.some((v) => v.kind === "level" && v.code === tag.level) ? { ...cell, text: "X" } : cell;
      if (rating) {
        const value = rating.values[0];
        if (!value) return cell;
        const shown = value.kind === "number" ? `${formatNumber(value.value)} %` : value.kind === "level" ? value.code : value.raw;
        return { ...cell, text: shown };
      }
      const field = evaluation.fields[tag.id];
      if (field) return { ...cell, text: valueText(field.value) };
      if (evaluation.flags[tag.id]) return { ...cell, text: "X" };
      return cell;
    }),
  );
  const panel = table.panel;
  const members = evaluation.panel?.members ?? [];
  if (panel) {
    panel.rows.forEach((r, i) => {
      const member = members[i];
      if (!member) return;
      rows[r] = rows[r]!.map((cell) => {
        if (cell.column === panel.name) return { ...cell, text: member.name ?? "" };
        if (cell.column === panel.role) return { ...cell, text: member.role ?? "" };
        return cell;
      });
    });
  }
  return { ...table, rows };
}
