import type { Border, Cell } from "exceljs";
import type { CellStyle } from "../../recognition/plans/plan";

/** "#1F6FEB" → "FF1F6FEB" (ExcelJS colours are ARGB). */
export const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

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
