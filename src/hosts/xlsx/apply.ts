import type { DataValidation, CellValue as ExcelValue, PaperSize, Workbook, Worksheet } from "exceljs";
import { parseRangeA1, qualified, rangeA1 } from "../../recognition/snapshot/cells";
import { listFormula } from "../../recognition/plans/excel-rules";
import { refusedResult, type ApplyResult, type Gated } from "../../recognition/plans/gate";
import type { CellInput, NewSheet, PlanChange } from "../../recognition/plans/plan";
import { sameSheetName } from "../../recognition/plans/sheet-names";
import { addRangeValidation, forgetDefinedName, setTabOrder, tabOrder } from "./exceljs-internals";
import { applyStyle } from "./style";

const A4 = 9 as PaperSize;

/**
 * Applies a plan the gate let through to a workbook in memory (the gate checked it whole against the
 * workbook's snapshot: missing or protected sheet, formula, consent, what Excel refuses), so it applies
 * whole; a refused verdict touches nothing. Writing the file is a separate step (writeXlsx).
 */
export function applyPlan(workbook: Workbook, verdict: Gated): ApplyResult {
  if (!verdict.ok) return refusedResult(verdict);
  for (const change of verdict.changes) applyChange(workbook, change);
  return { ok: true, written: verdict.changes.length };
}

/** The sheet of that name, compared as Excel compares sheet names (without case). */
const worksheet = (workbook: Workbook, name: string): Worksheet | undefined => workbook.worksheets.find((ws) => sameSheetName(ws.name, name));

function applyChange(workbook: Workbook, change: PlanChange): void {
  switch (change.kind) {
    case "cell": {
      const cell = worksheet(workbook, change.sheet)!.getCell(change.address);
      cell.value = excelValue(change.value);
      if (change.style) applyStyle(cell, change.style);
      return;
    }
    case "name":
      setName(workbook, change.name, change.sheet, change.address);
      return;
    case "sheet":
      writeSheet(workbook, change.sheet, change.replaces);
      return;
    case "insert-table":
      // Refused by the gate: a Word table has no place in a workbook.
      return;
  }
}

/** A formula is stored without its « = », with the result Grille expects as the cached value. */
function excelValue(input: CellInput): ExcelValue {
  if (input === null || typeof input !== "object") return input;
  const formula = input.formula.replace(/^=/, "");
  return input.result === undefined ? { formula } : { formula, result: input.result };
}

/** "D12" → "$D$12", "A1:B2" → "$A$1:$B$2". */
const absolute = (address: string): string => {
  const range = parseRangeA1(address)!;
  return rangeA1(range).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
};

/** A workbook-scoped name pointing at one cell or range; an existing name of that name is replaced. */
function setName(workbook: Workbook, name: string, sheet: string, address: string): void {
  const names = workbook.definedNames;
  if (!forgetDefinedName(workbook, name) && names.model.some((n) => n.name === name)) names.model = names.model.filter((n) => n.name !== name);
  names.add(qualified(sheet, absolute(address)), name);
}

/** Adds the sheet at the end, or in place of the sheet of that name, keeping its tab position. */
function writeSheet(workbook: Workbook, sheet: NewSheet, replaces: boolean): void {
  const existing = replaces ? worksheet(workbook, sheet.name) : undefined;
  const position = existing ? tabOrder(existing) : undefined;
  if (existing) workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(sheet.name);
  if (position !== undefined) setTabOrder(ws, position);

  sheet.columnWidths.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
  for (const { address, value, style } of sheet.cells) {
    const cell = ws.getCell(address);
    cell.value = excelValue(value);
    if (style) applyStyle(cell, style);
  }
  for (const merge of sheet.merges) ws.mergeCells(rangeA1(parseRangeA1(merge)!));
  for (const { row, height } of sheet.rowHeights ?? []) ws.getRow(row).height = height;
  for (const validation of sheet.validations) addValidation(ws, validation.range, listRule(validation));
  for (const validation of sheet.numberValidations ?? []) addValidation(ws, validation.range, numberRule(validation));
  for (const { name, address } of sheet.names) setName(workbook, name, sheet.name, address);
  if (sheet.frozenRows) {
    const top = `A${sheet.frozenRows + 1}`;
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.frozenRows, topLeftCell: top, activeCell: top }];
  }
  if (sheet.landscape) {
    ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", paperSize: A4, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }
}

const promptOf = (prompt: string | undefined) => (prompt !== undefined ? { showInputMessage: true, prompt } : {});

const listRule = (validation: NewSheet["validations"][number]): DataValidation => ({
  type: "list",
  allowBlank: true,
  formulae: [listFormula(validation.values)],
  showErrorMessage: true,
  ...promptOf(validation.prompt),
});

const numberRule = (validation: NonNullable<NewSheet["numberValidations"]>[number]): DataValidation => ({
  type: "decimal",
  operator: "between",
  allowBlank: true,
  formulae: [validation.min, validation.max],
  showErrorMessage: true,
  ...promptOf(validation.prompt),
});

function addValidation(ws: Worksheet, address: string, rule: DataValidation): void {
  const range = parseRangeA1(address)!;
  if (addRangeValidation(ws, rangeA1(range), rule)) return;
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) ws.getCell(r + 1, c + 1).dataValidation = rule;
}
