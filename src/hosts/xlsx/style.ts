import type { Border, Cell } from "exceljs";
import type { CellStyle } from "../../recognition/plans/plan";

/** "#1F6FEB" → "FF1F6FEB" (ExcelJS colours are ARGB). */
export const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

export const isHexColour = (text: string): boolean => /^#?[0-9a-fA-F]{6}$/.test(text);

const THIN: Partial<Border> = { style: "thin", color: { argb: "FF808080" } };

/** Applies a plan's style on top of what the cell already has (a bold change keeps the cell's font size). */
export function applyStyle(cell: Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.italic !== undefined || style.size !== undefined || style.color !== undefined) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.italic !== undefined && { italic: style.italic }),
      ...(style.size !== undefined && { size: style.size }),
      ...(style.color !== undefined && { color: { argb: argb(style.color) } }),
    };
  }
  if (style.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
      ...(style.horizontal !== undefined && { horizontal: style.horizontal }),
      ...(style.vertical !== undefined && { vertical: style.vertical }),
    };
  }
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
}

/** Problems a style would cause in the file, in French; empty when it is fine. */
export function styleProblems(style: CellStyle | undefined, where: string): string[] {
  if (!style) return [];
  const problems: string[] = [];
  for (const [key, value] of [
    ["fill", style.fill],
    ["color", style.color],
  ] as const) {
    if (value !== undefined && !isHexColour(value)) problems.push(`${where} : couleur « ${value} » invalide (${key}), attendu #RRGGBB.`);
  }
  if (style.size !== undefined && !(style.size > 0 && style.size <= 409)) problems.push(`${where} : taille de police ${style.size} invalide.`);
  return problems;
}
