import type { CandidateReport } from "../../recognition/workbook/report";

/** One spelling per candidate, stable across re-recognitions: their sheets and row. */
export const candidateKey = (candidate: Pick<CandidateReport, "sheets" | "row">): string =>
  `${candidate.sheets.join("\u0000")}#${candidate.row ?? ""}`;

export type ConfidenceLevel = "sure" | "probable" | "uncertain";

/** How sure recognition is, in the words a teacher reads: sûr, probable, incertain. */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.85) return "sure";
  if (confidence >= 0.65) return "probable";
  return "uncertain";
}

/** Candidates to show: all, or only those with a blocking finding. */
export function visibleCandidates(candidates: readonly CandidateReport[], onlyIncomplete: boolean): CandidateReport[] {
  return onlyIncomplete ? candidates.filter((c) => !c.assessment.complete) : [...candidates];
}

