/// <reference types="office-js" />
import type { NewSheet } from "../../recognition/plans/plan";
import { foldSheetName } from "../../recognition/plans/sheet-names";
import { columnLetters, parseA1, parseRangeA1, rangeA1, type CellRange } from "../../recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import { jsonSize, STATEMENT_BYTES, type Op } from "./batches";
import { excelInput, nameOp } from "./cell-ops";
import { SHEET_TRACE } from "./errors";
import type { ExcelFeatures } from "./office-env";
import { applyStyle, grid, styleRectangles, styleStatements } from "./styles";

/** A new sheet's value bands go in rows of at most this size, so that a huge sheet can be split. */
const BAND_BUDGET = 1024 * 1024;
/**
 * Column widths: a plan gives characters of the default font (as .xlsx files do), Office.js wants
 * points. One character ≈ 7 px plus padding ≈ 5.6 pt at 96 dpi; the exact width depends on the font.
 */
export const POINTS_PER_CHARACTER = 5.6;

/** The sheet's values as bands of rows over their bounding box, each at most BAND_BUDGET bytes. */
function valueBands(sheet: NewSheet): { range: CellRange; values: (string | number | boolean)[][] }[] {
  const placed = sheet.cells.map((cell) => ({ at: parseA1(cell.address)!, value: excelInput(cell.value) }));
  if (placed.length === 0) return [];
  const top = Math.min(...placed.map((p) => p.at.row));
  const left = Math.min(...placed.map((p) => p.at.col));
  const bottom = Math.max(...placed.map((p) => p.at.row));
  const right = Math.max(...placed.map((p) => p.at.col));
  const values = grid<string | number | boolean>(bottom - top + 1, right - left + 1, "");
  for (const { at, value } of placed) values[at.row - top]![at.col - left] = value;

  const bands: { range: CellRange; values: (string | number | boolean)[][] }[] = [];
  let start = 0;
  let size = 0;
  values.forEach((row, i) => {
    const rowSize = jsonSize(row);
    if (i > start && size + rowSize > BAND_BUDGET) {
      bands.push({ range: { top: top + start, bottom: top + i - 1, left, right }, values: values.slice(start, i) });
      start = i;
      size = 0;
    }
    size += rowSize;
  });
  bands.push({ range: { top: top + start, bottom, left, right }, values: values.slice(start) });
  return bands;
}

/**
 * Creates the sheet (in place of the sheet `old` when it replaces one: the old sheet is renamed aside,
 * the new one added and moved to its position, then the old one deleted, so the workbook never has zero
 * visible sheets), then its values, styles, merges, widths, heights, input rules, names, panes and page.
 */
export function newSheetOps(sheet: NewSheet, old: string | undefined, position: number | undefined, names: Set<string>, features: ExcelFeatures, snapshot: WorkbookSnapshot): Op[] {
  const name = sheet.name;
  const ops: Op[] = [
    {
      bytes: STATEMENT_BYTES * 5,
      queue(batch) {
        const worksheets = batch.context.workbook.worksheets;
        if (old === undefined) {
          batch.about(SHEET_TRACE + name);
          batch.added(name, worksheets.add(name));
          return;
        }
        const previous = batch.sheet(old);
        previous.name = asideName(snapshot);
        const fresh = worksheets.add(name);
        if (position !== undefined && position >= 0) fresh.position = position;
        previous.delete();
        batch.added(name, fresh);
      },
    },
  ];
  for (const band of valueBands(sheet)) {
    ops.push({
      bytes: STATEMENT_BYTES * 2 + jsonSize(band.values),
      queue: (batch) => (batch.sheet(name).getRange(rangeA1(band.range)).formulas = band.values),
    });
  }
  for (const { range, style } of styleRectangles(sheet.cells)) {
    const rows = range.bottom - range.top + 1;
    const cols = range.right - range.left + 1;
    ops.push({
      bytes: STATEMENT_BYTES * (2 + styleStatements(style)) + (style.numberFormat ? jsonSize(grid(rows, cols, style.numberFormat)) : 0),
      queue: (batch) => applyStyle(batch.sheet(name).getRange(rangeA1(range)), style, rows, cols),
    });
  }
  ops.push({
    bytes: STATEMENT_BYTES * 2 * (sheet.merges.length + sheet.columnWidths.length + (sheet.rowHeights?.length ?? 0)),
    queue(batch) {
      const ws = batch.sheet(name);
      for (const merge of sheet.merges) ws.getRange(rangeA1(parseRangeA1(merge)!)).merge(false);
      sheet.columnWidths.forEach((width, i) => {
        if (width > 0) ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = width * POINTS_PER_CHARACTER;
      });
      for (const { row, height } of sheet.rowHeights ?? []) ws.getRange(`${row}:${row}`).format.rowHeight = height;
    },
  });
  if (features.validation && (sheet.validations.length > 0 || (sheet.numberValidations?.length ?? 0) > 0)) {
    const rules = [...sheet.validations, ...(sheet.numberValidations ?? [])];
    ops.push({
      bytes: STATEMENT_BYTES * 3 * rules.length + jsonSize(rules),
      queue(batch) {
        const ws = batch.sheet(name);
        for (const rule of sheet.validations) inputRule(ws, rule.range, { list: { inCellDropDown: true, source: rule.values.join(",") } }, rule.prompt);
        for (const rule of sheet.numberValidations ?? []) inputRule(ws, rule.range, { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } }, rule.prompt);
      },
    });
  }
  for (const { name: cellName, address } of sheet.names) ops.push(nameOp(cellName, name, address, names));
  if (sheet.frozenRows || (sheet.landscape && features.pageLayout)) {
    ops.push({
      bytes: STATEMENT_BYTES * 3,
      queue(batch) {
        const ws = batch.sheet(name);
        if (sheet.frozenRows) ws.freezePanes.freezeRows(sheet.frozenRows);
        if (sheet.landscape && features.pageLayout) {
          ws.pageLayout.orientation = "Landscape";
          ws.pageLayout.paperSize = "A4";
        }
      },
    });
  }
  return ops;
}

function inputRule(ws: Excel.Worksheet, address: string, rule: Excel.DataValidationRule, prompt: string | undefined): void {
  const validation = ws.getRange(rangeA1(parseRangeA1(address)!)).dataValidation;
  validation.rule = rule;
  if (prompt !== undefined) validation.prompt = { showPrompt: true, message: prompt, title: "Grille" };
}

/** A sheet name no sheet has, for the sheet being replaced while its successor is added. */
function asideName(snapshot: WorkbookSnapshot): string {
  const taken = new Set(snapshot.sheets.map((s) => foldSheetName(s.name)));
  let n = 1;
  while (taken.has(foldSheetName(`~grille ${n}`))) n++;
  return `~grille ${n}`;
}
