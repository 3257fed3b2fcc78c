/**
 * Write plans: what Grille intends to write (new grid sheets, the synthesis, proposed marks), as plain
 * data that the pane previews, the gate vets and a host applies in one batch.
 */
export * from "./plan";
export { newGridSheet, newGridPlan, type NewGridOptions, type NewGridPlanOptions } from "./new-grid";
export { synthesisPlan, type SynthesisOptions } from "./synthesis";
export { markPlan, type MarkPlan } from "./marks";
export { gate, refusedResult, type ApplyResult, type Gated, type GateOptions } from "./gate";
export { type GateTarget, type Refusal, type RefusalCode, type Describe } from "./conflicts";
export { NO_CONSENT, PREVIEWED, outputKey, sameCellValue, type Consent } from "./consent";
export { markFormula, coverageCountFormula, domainMeanFormula, roundingFormula, type ItemCells } from "./formulas";
export { cleanSheetName, foldSheetName, sameSheetName, uniqueSheetName, MAX_SHEET_NAME } from "./sheet-names";
