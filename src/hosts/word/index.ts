/**
 * The Office.js Word host (browser): reads the open document as a document snapshot in at most two
 * round trips, applies plans in one, inserts grids as formatted tables with tagged content controls.
 */
export { WordHost, type WordRun, type WordState } from "./word-host";
export { readDocumentSnapshot, type WordHandles, type WordRead, type ReadOptions } from "./read";
export { applyDocumentPlan, queueEdits, wordErrorText } from "./apply";
export { officeWordEnv, wordFeatures, WORD_API_MINIMUM, type WordEnv, type WordFeatures } from "./env";
