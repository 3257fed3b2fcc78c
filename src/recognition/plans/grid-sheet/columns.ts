import type { CompiledGrid } from "../../../core/model/compile";
import type { GridColumn } from "../../../core/model/printed";
import type { Level } from "../../../core/model/scale";

/**
 * Three layouts, by scale:
 * - levels (E31, E33): item label across the text columns, one column per level; the item's
 *   competencies and criteria (or indicators and their details) on the rows below it;
 * - periods (PFMP): one row per competency ([activity |] code | label | criteria | P1…P6) under its pôle
 *   and activity;
 * - percent (CQP): one row per observation (domain | observation | questions [| notes] | %), then the
 *   domain means.
 */
export type Layout = "levels" | "periods" | "percent";

export const layoutOf = (compiled: CompiledGrid): Layout => compiled.grid.scale.kind;

/** What a physical text column holds: the official columns' contents, the item's code in a column of its own. */
export type TextColumn = GridColumn["shows"] | "code";

/** A caption of the header over text columns from…to (0-based, inclusive). */
export interface Caption {
  text: string;
  from: number;
  to: number;
}

/** Column widths (characters) that fit an A4 landscape page, and where things go. */
export interface Columns {
  widths: number[];
  /** Text columns before the level columns. */
  text: number;
  /** What each text column holds, left to right (empty for the levels layout). */
  contents: TextColumn[];
  /** The official captions over the text columns, when the grid gives them; else Grille's header. */
  captions: Caption[] | null;
  /** First level column (or the % column). */
  levelStart: number;
  last: number;
  /** Field labels span columns 0…labelEnd; values follow. */
  labelEnd: number;
}

/** Grille's own columns when the grid names none, with their widths. */
const DEFAULT: Record<Exclude<Layout, "levels">, [TextColumn, number][]> = {
  periods: [
    ["code", 9],
    ["item", 48],
    ["children", 48],
  ],
  percent: [
    ["section", 24],
    ["item", 42],
    ["children", 52],
  ],
};

/** Widths of the official columns: narrower, as there are more of them on the same page. */
const OFFICIAL_WIDTH: Record<TextColumn, number> = { section: 20, task: 28, code: 8, item: 36, children: 42, notes: 32 };

/** The official columns as physical ones: a rated item with a code (PFMP) takes two, code then label. */
function officialColumns(layout: Layout, columns: readonly GridColumn[]): { contents: TextColumn[]; captions: Caption[] } {
  const contents: TextColumn[] = [];
  const captions: Caption[] = [];
  for (const column of columns) {
    const from = contents.length;
    if (column.shows === "item" && layout === "periods") contents.push("code");
    contents.push(column.shows);
    captions.push({ text: column.caption, from, to: contents.length - 1 });
  }
  return { contents, captions };
}

export function columnsOf(layout: Layout, levels: readonly Level[], official?: readonly GridColumn[]): Columns {
  const levelWidth = Math.min(14, Math.max(6, ...levels.map((l) => (layout === "levels" ? Math.max(l.code.length, l.label.length) : l.code.length) + 2)));
  let contents: TextColumn[] = [];
  let captions: Caption[] | null = null;
  let text: number[];
  if (layout === "levels") text = [46, 46];
  else if (official && official.length > 0) {
    ({ contents, captions } = officialColumns(layout, official));
    text = contents.map((c) => OFFICIAL_WIDTH[c]);
  } else {
    contents = DEFAULT[layout].map(([c]) => c);
    text = DEFAULT[layout].map(([, w]) => w);
  }
  const levelWidths = layout === "percent" ? [12] : levels.map(() => levelWidth);
  const widths = [...text, ...levelWidths];
  return { widths, text: text.length, contents, captions, levelStart: text.length, last: widths.length - 1, labelEnd: layout === "levels" ? 0 : 1 };
}

/** The width in characters of columns from…to. */
export const span = (columns: Columns, from: number, to: number): number => columns.widths.slice(from, to + 1).reduce((a, b) => a + b, 0);
