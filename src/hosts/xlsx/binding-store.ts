import type { Workbook, Worksheet } from "exceljs";

/**
 * Where the binding map lives in an .xlsx written by Grille. Office.js keeps it in a custom XML part;
 * ExcelJS can neither read nor write custom XML parts, so files use a very hidden sheet whose column A
 * holds the JSON text: A1 alone when it is short, continued in A2, A3… past Excel's 32,767 characters
 * per cell. The sheet is not a teacher's sheet: it never appears in a snapshot.
 */
export const BINDING_SHEET = "_grille";

/** Below Excel's 32,767-character cell limit. */
const CHUNK = 32_000;

export const isBindingSheet = (ws: Worksheet): boolean => ws.name === BINDING_SHEET;

/** The stored map, or undefined when there is none or its text is not JSON (recognition validates the rest). */
export function readBindingMap(workbook: Workbook): unknown {
  const ws = workbook.getWorksheet(BINDING_SHEET);
  if (!ws) return undefined;
  let text = "";
  for (let r = 1; ; r++) {
    const value = ws.findRow(r)?.findCell(1)?.value;
    if (typeof value !== "string" || value === "") break;
    text += value;
  }
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Creates or updates the very hidden « _grille » sheet with the map's JSON. */
export function storeBindingMap(workbook: Workbook, map: unknown): void {
  const ws = workbook.getWorksheet(BINDING_SHEET) ?? workbook.addWorksheet(BINDING_SHEET);
  ws.state = "veryHidden";
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cell.value = null;
    });
  });
  const text = JSON.stringify(map ?? null);
  for (let i = 0, r = 1; i < text.length; i += CHUNK, r++) ws.getCell(r, 1).value = text.slice(i, i + CHUNK);
}
