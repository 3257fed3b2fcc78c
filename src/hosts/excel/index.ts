/**
 * The Office.js Excel host (browser, task pane): read the open workbook as a snapshot in two syncs,
 * apply a write plan in one, select a cell, store the binding map in a custom XML part. No Node, no
 * ExcelJS: the .xlsx adapter in ../xlsx is the same port for files.
 *
 * - read.ts: readWorkbookSnapshot (the two syncs, A1-based dense cells, formulas, formats, merges, hidden lines)
 * - apply.ts: applyPlan (a gated plan: one batch, 4 MB chunks, read-back), from batches.ts (the sync budget),
 *   cell-ops.ts (cells and names of existing sheets), new-sheet.ts (sheets Grille creates), styles.ts
 * - binding-store.ts, binding-xml.ts, binding-names.ts: the binding map's part, settings and workbook names
 * - errors.ts: Excel's refusals as French and English texts
 * - excel-host.ts: ExcelHost, the Host the task pane uses
 */
export { ExcelHost, excelRun, type ExcelRun, type ExcelRunner } from "./excel-host";
export { readWorkbookSnapshot, BINDING_SHEET } from "./read";
export { applyPlan, batchCount, BATCH_BUDGET, REQUEST_LIMIT, POINTS_PER_CHARACTER } from "./apply";
export { saveBindingMap, type SaveResult } from "./binding-store";
export { bindingNames, type BindingName } from "./binding-names";
export { isValidExcelName } from "../../recognition/plans/excel-rules";
export { BINDING_NAMESPACE, SETTING_KEY, bindingMapXml, parseBindingMapXml } from "./binding-xml";
export { officeEnv, excelFeatures, EXCEL_API_MINIMUM, type OfficeEnv, type ExcelFeatures, type DocumentSettings } from "./office-env";
