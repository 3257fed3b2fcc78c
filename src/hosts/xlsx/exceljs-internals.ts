import type { Workbook, Worksheet } from "exceljs";

/**
 * ExcelJS 4.4 keeps a few things its type declarations do not expose: the merge map, the sheet
 * protection, the range-level data validations and the tab order. They are read here, in one place,
 * each behind a shape check, so an ExcelJS upgrade that moves them fails in one file.
 */

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface WorksheetInternals {
  _merges?: Record<string, MergeRange | undefined>;
  sheetProtection?: { sheet?: boolean } | null;
  dataValidations?: { add(address: string, validation: unknown): unknown };
  orderNo?: number;
}

const internals = (ws: Worksheet) => ws as unknown as WorksheetInternals;

/** The merged areas, 1-based inclusive, without building the sheet's whole model. */
export function mergedRanges(ws: Worksheet): MergeRange[] {
  const merges = internals(ws)._merges;
  if (merges && typeof merges === "object") {
    return Object.values(merges).filter((m): m is MergeRange => !!m && typeof m.top === "number");
  }
  return [];
}

export function isProtected(ws: Worksheet): boolean {
  const protection = internals(ws).sheetProtection;
  return !!protection && protection.sheet !== false;
}

/** One validation for a whole range (ExcelJS's per-cell API would create every cell of the range). */
export function addRangeValidation(ws: Worksheet, range: string, validation: unknown): boolean {
  const validations = internals(ws).dataValidations;
  if (!validations || typeof validations.add !== "function") return false;
  validations.add(range, validation);
  return true;
}

export function tabOrder(ws: Worksheet): number | undefined {
  return internals(ws).orderNo;
}

export function setTabOrder(ws: Worksheet, orderNo: number): void {
  internals(ws).orderNo = orderNo;
}

/**
 * Forgets a workbook-scoped defined name, in constant time. ExcelJS's public way (reading and setting
 * `definedNames.model`) rebuilds every name's ranges, which made adding n names O(n²). Returns false
 * when the internal map is not where ExcelJS 4.4 keeps it, for the caller to fall back on the model.
 */
export function forgetDefinedName(workbook: Workbook, name: string): boolean {
  const map = (workbook.definedNames as unknown as { matrixMap?: Record<string, unknown> }).matrixMap;
  if (!map || typeof map !== "object") return false;
  delete map[name];
  return true;
}
