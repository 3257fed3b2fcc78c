import type { CompiledGrid } from "./model/compile";
import type { Evaluation } from "./model/evaluation";
import { evaluateResult } from "./marking/evaluate";
import type { EvaluationResult } from "./marking/result";
import { checkEvaluation } from "./completeness/check";
import { isComplete, type Finding } from "./completeness/finding";

/** What Grille says about one evaluation: its result, its findings, and whether it is complete. */
export interface Assessment {
  result: EvaluationResult | null;
  findings: Finding[];
  complete: boolean;
}

export function assess(compiled: CompiledGrid, evaluation: Evaluation): Assessment {
  const computed = evaluateResult(compiled, evaluation);
  const findings = checkEvaluation(compiled, evaluation, computed);
  const complete = isComplete(findings);
  // CQP: while a member's grid has a blocking finding, the domain figures may still change.
  const result = computed?.kind === "domains" ? { ...computed, provisional: !complete } : computed;
  return { result, findings, complete };
}
