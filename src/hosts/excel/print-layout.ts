import type { NewSheet } from "../../recognition/plans/plan";
import { columnLetters } from "../../recognition/snapshot/cells";
import type { ExcelFeatures } from "./office-env";

/**
 * How a new sheet prints, in Office.js: A4 in the grid's orientation, one page wide, the level header
 * repeated on each page, only the official grid in the print area (ExcelApi 1.9), and Grille's helper
 * columns hidden (1.2, everywhere). Queued in the sheet's batch; no sync of its own.
 */
export function queuePrintLayout(ws: Excel.Worksheet, sheet: NewSheet, features: ExcelFeatures): void {
  for (const col of sheet.hiddenColumns ?? []) {
    const letters = columnLetters(col - 1);
    ws.getRange(`${letters}:${letters}`).columnHidden = true;
  }
  if (!features.pageLayout) return;
  const layout = ws.pageLayout;
  layout.orientation = sheet.landscape ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (sheet.printArea !== undefined) layout.setPrintArea(sheet.printArea);
  if (sheet.printTitleRows !== undefined) layout.setPrintTitleRows(`$${sheet.printTitleRows.first}:$${sheet.printTitleRows.last}`);
}

/** How many statements queuePrintLayout queues, for the batch budget. */
export const printLayoutStatements = (sheet: NewSheet): number => (sheet.hiddenColumns?.length ?? 0) + 6;
