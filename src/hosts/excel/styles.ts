/// <reference types="office-js" />
import type { CellStyle, NewSheet } from "../../recognition/plans/plan";
import { parseA1, type CellRange } from "../../recognition/snapshot/cells";

/** A plan's styles as Office.js formats, and a new sheet's styles as few rectangles as possible. */

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const BORDER_COLOUR = "#808080";

const edges = (rows: number, cols: number) =>
  ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", ...(cols > 1 ? ["InsideVertical"] : []), ...(rows > 1 ? ["InsideHorizontal"] : [])] as const;

export function styleStatements(style: CellStyle | undefined): number {
  if (!style) return 0;
  return Object.keys(style).length + (style.border ? 18 : 0);
}

/** A plan's style onto a range of `rows` × `cols` cells, on top of what the cells have. */
export function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color !== undefined) format.font.color = style.color;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    for (const edge of edges(rows, cols)) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = BORDER_COLOUR;
    }
  }
  if (style.numberFormat !== undefined) range.numberFormat = grid(rows, cols, style.numberFormat);
}

export const grid = <T>(rows: number, cols: number, value: T): T[][] => Array.from({ length: rows }, () => new Array<T>(cols).fill(value));

/** The same JSON for the same style whatever the order its keys were written in. */
const styleKey = (style: CellStyle): string => JSON.stringify(Object.fromEntries(Object.entries(style).sort(([a], [b]) => a.localeCompare(b))));

/**
 * The cells' styles as few rectangles as possible: runs of equal styles along each row, then runs of
 * equal runs down the rows. A synthesis sheet's columns become one rectangle each.
 */
export function styleRectangles(cells: NewSheet["cells"]): { range: CellRange; style: CellStyle }[] {
  const rows = new Map<number, { col: number; key: string; style: CellStyle }[]>();
  for (const { address, style } of cells) {
    const at = parseA1(address);
    if (!at || !style) continue;
    const row = rows.get(at.row) ?? [];
    row.push({ col: at.col, key: styleKey(style), style });
    rows.set(at.row, row);
  }
  const open = new Map<string, { range: CellRange; style: CellStyle }>();
  const done: { range: CellRange; style: CellStyle }[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const cellsOfRow = rows.get(row)!.sort((a, b) => a.col - b.col);
    const runs: { left: number; right: number; key: string; style: CellStyle }[] = [];
    for (const cell of cellsOfRow) {
      const last = runs.at(-1);
      if (last && last.key === cell.key && last.right === cell.col - 1) last.right = cell.col;
      else runs.push({ left: cell.col, right: cell.col, key: cell.key, style: cell.style });
    }
    for (const run of runs) {
      const id = `${run.left}:${run.right}:${run.key}`;
      const rect = open.get(id);
      if (rect && rect.range.bottom === row - 1) rect.range.bottom = row;
      else {
        if (rect) done.push(rect);
        open.set(id, { range: { top: row, bottom: row, left: run.left, right: run.right }, style: run.style });
      }
    }
  }
  return [...done, ...open.values()];
}

