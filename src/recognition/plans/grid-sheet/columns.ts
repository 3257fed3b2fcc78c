import type { CompiledGrid } from "../../../core/model/compile";
import type { Level } from "../../../core/model/scale";

/**
 * Three layouts, by scale:
 * - levels (E31, E33): item label across the text columns, one column per level; the item's
 *   competencies and criteria (or indicators and their details) on the rows below it;
 * - periods (PFMP): one row per competency (code | label | criteria | P1…P6) under its pôle and activity;
 * - percent (CQP): one row per observation (domain | observation | questions | %), then the domain means.
 */
export type Layout = "levels" | "periods" | "percent";

export const layoutOf = (compiled: CompiledGrid): Layout => compiled.grid.scale.kind;

/** Column widths (characters) that fit an A4 landscape page, and where things go. */
export interface Columns {
  widths: number[];
  /** Text columns before the level columns. */
  text: number;
  /** First level column (or the % column). */
  levelStart: number;
  last: number;
  /** Field labels span columns 0…labelEnd; values follow. */
  labelEnd: number;
}

export function columnsOf(layout: Layout, levels: readonly Level[]): Columns {
  const levelWidth = Math.min(14, Math.max(6, ...levels.map((l) => (layout === "levels" ? Math.max(l.code.length, l.label.length) : l.code.length) + 2)));
  const text = layout === "levels" ? [46, 46] : layout === "periods" ? [9, 48, 48] : [24, 42, 52];
  const levelWidths = layout === "percent" ? [12] : levels.map(() => levelWidth);
  const widths = [...text, ...levelWidths];
  return { widths, text: text.length, levelStart: text.length, last: widths.length - 1, labelEnd: layout === "levels" ? 0 : 1 };
}

/** The width in characters of columns from…to. */
export const span = (columns: Columns, from: number, to: number): number => columns.widths.slice(from, to + 1).reduce((a, b) => a + b, 0);
