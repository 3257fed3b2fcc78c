/**
 * The .docx file host (Node only): read a Word document into a document snapshot, apply a write plan
 * (cell texts, placeholders, inserted grids), write the file back atomically. Used by the CLI and the
 * tests, never by the task pane (the Word host reads the open document through Office.js).
 */
export { readDocx, readDocxBuffer, type DocxDocument, type DocxReadResult } from "./read";
export type { DocxReadError, DocxReadErrorCode } from "./errors";
export { applyDocumentPlan } from "./apply";
export { newDocx } from "./new";
export { writeDocx, writeDocxInPlace, docxBuffer, type WriteResult } from "./write";
export { storeDocxPayload } from "./custom-xml";
