import type { CompiledGrid } from "../../core/model/compile";
import { recognizeDocument, type DocumentRecognition } from "../../recognition/document/recognize";
import type { DocumentSnapshot } from "../../recognition/document/snapshot";

/**
 * What the pane computes on a Word document, in a chunk of its own that only Word loads: the document
 * laid out as pseudo-sheets and recognised as a workbook (the binding stored in it, else its content
 * controls' tags, else detection). The Word steps, loaded lazily too, import the rest themselves.
 */
export const wordEngine = {
  recognise: (document: DocumentSnapshot, forced: CompiledGrid | null): DocumentRecognition => recognizeDocument(document, forced ? { forcedGrid: forced } : {}),
};

export type WordEngine = typeof wordEngine;
