import type { GridFile } from "../../core/model/grid";

/** How sure learning is of one part of the proposal. */
export type LearnConfidence = "high" | "medium" | "low";

/** The part of a grid a note is about. */
export type LearnPart = "items" | "scale" | "fields" | "appraisal" | "panel" | "mark" | "marking" | "layout";

/** What learning inferred or doubts, for the teacher, in French and English, with where it looked. */
export interface LearnNote {
  part: LearnPart;
  confidence: LearnConfidence;
  fr: string;
  en: string;
  sheet?: string;
  /** A1 address (or range) on `sheet` the note is about. */
  address?: string;
}

/** One candidate's total as the file holds it, against the learned scheme's mark. */
export interface Reproduction {
  /** The candidate's name, or the sheet / row when unnamed. */
  candidate: string;
  sheet: string;
  fileTotal: number;
  /** The learned scheme's mark (before rounding differences the file does not make); null when it cannot mark. */
  learnedTotal: number | null;
  /** |fileTotal − learnedTotal| ≤ 0.01. */
  matches: boolean;
}

/** A proposed grid file (referential + grid, valid against GridFileSchema), or nothing grid-like. */
export type LearnResult =
  | { kind: "proposed"; file: GridFile; notes: LearnNote[]; reproductions: Reproduction[]; sourceSheet: string }
  | { kind: "nothing"; notes: LearnNote[] };

export interface LearnOptions {
  /** The sheet to learn from; by default the most grid-like sheet. */
  sheet?: string;
}

export const note = (part: LearnPart, confidence: LearnConfidence, fr: string, en: string, where: { sheet?: string; address?: string } = {}): LearnNote => ({
  part,
  confidence,
  fr,
  en,
  ...where,
});
