import { parseA1, rangeA1, type CellRange } from "./cells";
import type { SheetSnapshot } from "./workbook";

/**
 * How much of a sheet a snapshot holds. A snapshot's cells are a dense block from A1, so one value
 * typed at XFD1048576 (Ctrl+↓, Ctrl+→, then a key) would ask for 17 billion cells. The block is
 * bounded instead: when the content does not fit, isolated far cells are set aside (and reported), the
 * part holding most of the content is kept; content that is truly too big is refused by the host.
 */

/** The most cells a snapshot's dense block may cover, from A1 (e.g. 20,000 rows × 100 columns). */
export const MAX_SNAPSHOT_CELLS = 2_000_000;

/** What was left out of a sheet's snapshot: the ranges (A1, first ones only) and how many cells they hold. */
export interface FarContent {
  /** At most MAX_LISTED ranges, in reading order. */
  ranges: string[];
  cells: number;
}

export const MAX_LISTED = 10;

export type ContentBlock =
  /** The block from A1 to (bottom, right); null when nothing is kept. `far`: content set aside. */
  | { ok: true; bottom: number; right: number; far: CellRange[] }
  /** The kept content itself is larger than the budget (rows × columns from A1). */
  | { ok: false; rows: number; columns: number };

/** Max / min over many rectangles without spreading them as arguments (a sheet may hold a million cells). */
function extreme(content: readonly CellRange[], pick: (r: CellRange) => number, better: (a: number, b: number) => boolean): number {
  let best = pick(content[0]!);
  for (const r of content) if (better(pick(r), best)) best = pick(r);
  return best;
}
const most = (content: readonly CellRange[], pick: (r: CellRange) => number) => extreme(content, pick, (a, b) => a > b);
const least = (content: readonly CellRange[], pick: (r: CellRange) => number) => extreme(content, pick, (a, b) => a < b);

const areaOf = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

type Axis = "rows" | "columns";
const span = (r: CellRange, axis: Axis): [number, number] => (axis === "rows" ? [r.top, r.bottom] : [r.left, r.right]);

/** The widest run of empty lines between content along an axis: the first empty line and the count. */
function widestGap(content: readonly CellRange[], axis: Axis): { after: number; size: number } | null {
  const spans = content.map((r) => span(r, axis)).sort((a, b) => a[0] - b[0]);
  let best: { after: number; size: number } | null = null;
  let reach = spans[0]![1];
  for (const [start, end] of spans) {
    if (start > reach + 1 && (!best || start - reach - 1 > best.size)) best = { after: reach, size: start - reach - 1 };
    reach = Math.max(reach, end);
  }
  return best;
}

const fits = (bottom: number, right: number, budget: number) => (bottom + 1) * (right + 1) <= budget;

/**
 * The block a snapshot keeps, given the content's rectangles (a cell is a 1×1 rectangle; Excel's
 * constant areas may be larger). While the block from A1 exceeds `budget`, the content is cut at its
 * widest empty gap (rows or columns) and the side holding more cells is kept (the side nearer A1 on a
 * tie, or when the other could never fit); the rest is `far`. Content that cannot be cut and still
 * does not fit is far when it is small in itself (a lone cell down at row 1,048,576), too big otherwise.
 */
export function contentBlock(content: readonly CellRange[], budget = MAX_SNAPSHOT_CELLS): ContentBlock {
  let kept = [...content];
  const far: CellRange[] = [];
  for (;;) {
    if (kept.length === 0) return { ok: true, bottom: -1, right: -1, far };
    const bottom = most(kept, (r) => r.bottom);
    const right = most(kept, (r) => r.right);
    // The block runs from A1: content set aside earlier that lies inside it is kept after all.
    if (fits(bottom, right, budget)) return { ok: true, bottom, right, far: far.filter((r) => r.bottom > bottom || r.right > right) };
    const rows = widestGap(kept, "rows");
    const columns = widestGap(kept, "columns");
    const axis: Axis | null = rows && (!columns || rows.size >= columns.size) ? "rows" : columns ? "columns" : null;
    if (axis === null) {
      const top = least(kept, (r) => r.top);
      const left = least(kept, (r) => r.left);
      if ((bottom - top + 1) * (right - left + 1) > budget) return { ok: false, rows: bottom + 1, columns: right + 1 };
      return { ok: true, bottom: -1, right: -1, far: [...far, ...kept] };
    }
    const cut = (axis === "rows" ? rows : columns)!.after;
    const near = kept.filter((r) => span(r, axis)[1] <= cut);
    const beyond = kept.filter((r) => span(r, axis)[0] > cut);
    const weight = (side: CellRange[]) => side.reduce((sum, r) => sum + areaOf(r), 0);
    const beyondCanFit = beyond.some((r) => fits(r.top, r.left, budget));
    const keepBeyond = beyondCanFit && weight(beyond) > weight(near);
    far.push(...(keepBeyond ? near : beyond));
    kept = keepBeyond ? beyond : near;
  }
}

/** The far content as the snapshot reports it: the first ranges in reading order, and the cell count. */
export function farContent(far: readonly CellRange[]): FarContent | undefined {
  if (far.length === 0) return undefined;
  const sorted = [...far].sort((a, b) => a.top - b.top || a.left - b.left);
  return { ranges: sorted.slice(0, MAX_LISTED).map(rangeA1), cells: far.reduce((sum, r) => sum + areaOf(r), 0) };
}

/**
 * Merged areas as the block shows them: those that reach into the block, clipped to it (a merge
 * A1:XFD1048576 over a grid becomes the grid's rectangle); the block grows to hold whole merges when
 * it stays within the budget, as Excel shows a merge's cells as part of the sheet.
 */
export function mergesInBlock(merges: readonly CellRange[], bottom: number, right: number, budget = MAX_SNAPSHOT_CELLS): { merges: CellRange[]; bottom: number; right: number } {
  const touching = merges.filter((m) => m.top <= bottom && m.left <= right);
  const grownBottom = touching.length > 0 ? Math.max(bottom, most(touching, (m) => m.bottom)) : bottom;
  const grownRight = touching.length > 0 ? Math.max(right, most(touching, (m) => m.right)) : right;
  const [b, r] = fits(grownBottom, grownRight, budget) ? [grownBottom, grownRight] : [bottom, right];
  const clipped = touching.map((m) => ({ top: m.top, left: m.left, bottom: Math.min(m.bottom, b), right: Math.min(m.right, r) }));
  return { merges: clipped.filter((m) => m.bottom > m.top || m.right > m.left), bottom: b, right: r };
}

/** What a host read cell by cell (formats, formula cells, formula texts), as kept inside the sheet's block. */
export interface CellDetails {
  formats: Record<string, string>;
  formulaCells: readonly string[];
  formulas: Record<string, string>;
}

/** Sets the details of the cells inside the sheet's block on the sheet; those of far cells are left out. */
export function keepCellDetails(sheet: SheetSnapshot, details: CellDetails): void {
  const height = sheet.cells.length;
  const width = sheet.cells.reduce((max, row) => Math.max(max, row.length), 0);
  const near = (address: string) => {
    const at = parseA1(address);
    return at !== null && at.row < height && at.col < width;
  };
  const formats = Object.entries(details.formats).filter(([address]) => near(address));
  if (formats.length > 0) sheet.formats = Object.fromEntries(formats);
  const formulaCells = details.formulaCells.filter(near);
  if (formulaCells.length > 0) sheet.formulaCells = formulaCells;
  const formulas = Object.entries(details.formulas).filter(([address]) => near(address));
  if (formulas.length > 0) sheet.formulas = Object.fromEntries(formulas);
}
