import type { CompiledGrid } from "../../core/model/compile";
import type { SheetIndex } from "./sheet-index";
import { levelOf } from "./levels";

/** A row holding the scale's level codes or labels, left to right: where level columns are. */
export interface LevelHeader {
  row: number;
  /** Level code → column. */
  columns: Record<string, number>;
}

/** The code used for the single « % » column of a percentage scale. */
export const PERCENT_COLUMN = "%";

/**
 * Rows with at least three of the scale's levels (all of them when it has fewer) in increasing
 * columns and in the scale's order; for a percentage scale, a « % » cell. Best first.
 */
export function findLevelHeaders(index: SheetIndex, compiled: CompiledGrid, vocabulary: ReadonlyMap<string, string>): LevelHeader[] {
  if (compiled.grid.scale.kind === "percent") {
    return index.cells
      // « % », « Pourcentage », « Note en % »: a short header naming percentages.
      .filter((cell) => cell.text === "%" || cell.text === "pourcentage" || (cell.text.endsWith("%") && cell.text.split(" ").length <= 4))
      .map((cell) => ({ row: cell.row, columns: { [PERCENT_COLUMN]: cell.col } }));
  }
  const ranks = new Map([...compiled.levels].map(([code, { rank }]) => [code, rank]));
  const byRow = new Map<number, { col: number; code: string }[]>();
  for (const cell of index.cells) {
    if (cell.text.length > 40) continue;
    const code = levelOf(vocabulary, cell.value);
    if (!code) continue;
    const list = byRow.get(cell.row) ?? [];
    list.push({ col: cell.col, code });
    byRow.set(cell.row, list);
  }
  const needed = Math.min(3, compiled.levels.size);
  const headers: LevelHeader[] = [];
  for (const [row, found] of byRow) {
    found.sort((a, b) => a.col - b.col);
    // Levels run worst to best left to right (N F M E), or best to worst (Excellent … Insuffisant).
    const ascending = orderedColumns(found, ranks, 1);
    const descending = orderedColumns(found, ranks, -1);
    const columns = Object.keys(descending).length > Object.keys(ascending).length ? descending : ascending;
    if (Object.keys(columns).length >= needed) headers.push({ row, columns });
  }
  return headers.sort((a, b) => Object.keys(b.columns).length - Object.keys(a.columns).length || a.row - b.row);
}

/** The longest left-to-right run of levels whose ranks go one way (1: up, -1: down), greedily. */
function orderedColumns(found: readonly { col: number; code: string }[], ranks: ReadonlyMap<string, number>, direction: 1 | -1): Record<string, number> {
  const columns: Record<string, number> = {};
  let last = direction === 1 ? 0 : Infinity;
  for (const { col, code } of found) {
    const rank = ranks.get(code)!;
    if ((direction === 1 ? rank > last : rank < last) && columns[code] === undefined) {
      columns[code] = col;
      last = rank;
    }
  }
  return columns;
}
