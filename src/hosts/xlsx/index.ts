/**
 * The .xlsx file host (Node only): read a workbook into a snapshot, apply a write plan, store the
 * binding map, write the file back atomically. Used by the CLI and the tests, never by the task pane.
 */
export { readXlsx, readXlsxBuffer, workbookSnapshot, type XlsxReadResult } from "./read";
export type { ReadError, ReadErrorCode } from "./errors";
export { applyPlan } from "./apply";
export { BINDING_SHEET, storeBindingMap } from "./binding-store";
export { writeXlsx, writeXlsxInPlace, type WriteResult } from "./write";
