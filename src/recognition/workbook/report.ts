import type { Assessment } from "../../core/assess";
import type { CompiledGrid } from "../../core/model/compile";
import type { Evaluation } from "../../core/model/evaluation";
import type { DomainResult } from "../../core/marking/result";
import type { Text } from "../../core/i18n/locale";
import type { SheetBinding } from "../sheet/binding";
import type { SynthesisPlace } from "./synthesis-sheet";

export type WorkbookLayout = "sheet-per-candidate" | "row-per-candidate" | "assessor-sheets" | "none";

/** One candidate found in a workbook: where, who, what was read, and what Grille says of it. */
export interface CandidateReport {
  sheet: string;
  /** 1-based row in a row-per-candidate table; null for a sheet per candidate. */
  row: number | null;
  name: string | null;
  evaluation: Evaluation;
  assessment: Assessment;
  /** Where the mark goes, when the layout has a mark cell: sheet and A1 address. */
  markCell: { sheet: string; address: string } | null;
  /** The sheets read for this candidate (CQP: one per assessor). */
  sheets: string[];
  /** CQP: the chair's « Grille de synthèse » for this candidate, when the workbook has one. */
  synthesis?: SynthesisPlace;
}

/** What Grille found in a whole workbook. */
export interface WorkbookReport {
  grid: CompiledGrid | null;
  layout: WorkbookLayout;
  /** Confidence of the recognition, 0 to 1. */
  confidence: number;
  candidates: CandidateReport[];
  /** Blank copies of the grid (no name, no level): templates, not candidates. */
  templates: string[];
  /** Sheets that hold something else, with why. */
  ignored: { sheet: string; reason: Text }[];
  bindings: SheetBinding[];
  /** CQP: the panel's consolidated figures per candidate are in each candidate's assessment. */
  panels?: DomainResult[];
}
