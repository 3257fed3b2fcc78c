import type { CompiledGrid } from "../../core/model/compile";
import type { Evaluation, FieldValue } from "../../core/model/evaluation";
import type { EvaluationResult } from "../../core/marking/result";
import type { EvaluationExport, ProposedMark } from "./evaluation-export";

const isBlank = (field: FieldValue | undefined) => !field || field.value === null || String(field.value).trim() === "";

/** The mark a record carries: the one Grille proposed, when there is one (not absent, not incomplete, a grid that gives a mark). */
export function proposedMarkOf(result: EvaluationResult | null | undefined): ProposedMark | null {
  if (result?.kind !== "mark" || result.absent || result.value === null) return null;
  return { value: result.value, max: result.max };
}

/**
 * What a record fills a Word grid with: its evaluation, the mark field holding the typed mark, or else
 * the mark Grille proposed in Excel (« Note sur 20 : 15 / 20 »), so the grid printed in the report
 * carries the mark. A typed mark is the teacher's: it is never replaced.
 */
export function recordEvaluation(record: EvaluationExport, grid: CompiledGrid): Evaluation {
  const { evaluation, proposedMark } = record;
  const field = grid.markField;
  if (!field || !proposedMark || !isBlank(evaluation.fields[field.id])) return evaluation;
  return { ...evaluation, fields: { ...evaluation.fields, [field.id]: { value: proposedMark.value } } };
}
