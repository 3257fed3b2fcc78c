import type { CompiledGrid } from "../../core/model/compile";
import type { MessageKey } from "./messages";

/**
 * A PFMP tracking grid follows « élèves » and their « couverture », not « candidats » and a « note
 * proposée »: the messages that name them have a PFMP form, picked by the grid.
 */
const PUPILS: Partial<Record<MessageKey, MessageKey>> = {
  "announce.recognised": "pupils.announce",
  "recognize.candidates": "pupils.candidates",
  "recognize.candidateCount": "pupils.candidateCount",
  "check.summary": "pupils.summary",
  "check.noCandidate": "pupils.none",
  "check.allComplete": "pupils.allComplete",
  "step.marks": "pupils.stepMarks",
  "synthesis.intro": "pupils.synthesisIntro",
  "synthesis.progressCount": "pupils.progressCount",
};

/** Whether a grid tracks pupils' coverage (PFMP) rather than marking candidates. */
export const tracksPupils = (grid: CompiledGrid | null | undefined): boolean => grid?.grid.marking?.kind === "coverage";

/** The message to use for `key` on `grid`: its PFMP form on a coverage grid. */
export const forGrid = (key: MessageKey, grid: CompiledGrid | null | undefined): MessageKey => (tracksPupils(grid) ? (PUPILS[key] ?? key) : key);
