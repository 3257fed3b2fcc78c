import type { PaperSize, Worksheet } from "exceljs";
import type { NewSheet } from "../../recognition/plans/plan";

const A4 = 9 as PaperSize;

/**
 * How a new sheet prints: A4 in the grid's orientation, one page wide, the level header repeated on
 * each page, only the official grid in the print area, Grille's helper columns hidden.
 */
export function applyPrintLayout(ws: Worksheet, sheet: NewSheet): void {
  for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: sheet.landscape ? "landscape" : "portrait",
    paperSize: A4,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    // ExcelJS writes « $ » + each corner as given: "A$1:F$39" becomes the absolute $A$1:$F$39 that
    // LibreOffice honours ("A1:F39" would become $A1:$F39, which it ignores).
    ...(sheet.printArea !== undefined && { printArea: sheet.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2") }),
    ...(sheet.printTitleRows !== undefined && { printTitlesRow: `${sheet.printTitleRows.first}:${sheet.printTitleRows.last}` }),
  };
}
