/**
 * Write plans: what Grille intends to write (new grid sheets, the synthesis, proposed marks), as plain
 * data that the pane previews, checkPlan vets and a host applies in one batch.
 */
export * from "./plan";
export { newGridSheet, newGridPlan, type NewGridOptions, type NewGridPlanOptions } from "./new-grid";
export { synthesisPlan, type SynthesisOptions } from "./synthesis";
export { markPlan, type MarkPlan } from "./marks";
export { checkPlan, outputKey, type PlanConflict, type PlanConflictCode } from "./conflicts";
export { markFormula, crossedFormula, domainMeanFormula, roundingFormula, type ItemCells, type MarkHelpers } from "./formulas";
export { cleanSheetName, uniqueSheetName, MAX_SHEET_NAME } from "./sheet-names";
