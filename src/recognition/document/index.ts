/**
 * Word documents, host-neutral: the document snapshot, its layout as pseudo-sheets (so that one
 * recognition serves sheets and documents), the content-control tags Grille puts on what it inserts,
 * grids as Word tables, the edits a plan makes to a document, and the evaluation export format.
 */
export * from "./snapshot";
export { splitParagraph, paragraphEdit, applyParagraphEdit, isBlankValue, type Segment, type Span, type ParagraphEdit } from "./paragraph";
export { documentToSheet, describeLocation, splitReference, type DocumentLayout, type WordLocation } from "./to-sheet";
export { grilleTag, parseGrilleTag, bindingMapFromTags, TAG_PREFIX, type GrilleTag } from "./tags";
export {
  documentWorkbook,
  recognizeDocument,
  documentMarkPlan,
  documentCell,
  storedDocumentBinding,
  storedMapFor,
  type DocumentRecognition,
  type DocumentWorkbook,
  type StoredDocumentBinding,
  type BindingSource,
} from "./recognize";
export { newSheetToWordTable, gridWordTable, fillWordTable, wordTableParts, type WordTable, type WordTableCell, type WordTablePart } from "./word-table";
export { documentEdits, documentText, type DocumentEdit, type DocumentEditsResult } from "./edits";
export { applyPlanToDocument, wordTableBlocks, type DocumentApplyResult } from "./apply-document";
export { EvaluationExportSchema, evaluationExport, parseEvaluationExport, type EvaluationExport, type EvaluationExportResult } from "./evaluation-export";
