import { text } from "../i18n/locale";
import type { CompiledGrid } from "../model/compile";
import type { Evaluation } from "../model/evaluation";
import { markCoverage } from "./coverage";
import { markDomains } from "./domains";
import type { EvaluationResult } from "./result";
import { markPointsSum } from "./points-sum";
import { markWeightedMean } from "./weighted-mean";

/** The result of an evaluation by its grid's scheme; null for a grid with no marking. A variant's trace ends by naming whose scheme it is. */
export function evaluateResult(compiled: CompiledGrid, evaluation: Evaluation): EvaluationResult | null {
  const result = schemeResult(compiled, evaluation);
  const variant = compiled.grid.markingVariant;
  if (!result || variant === undefined || !("trace" in result)) return result;
  return { ...result, trace: [...result.trace, text(`barème appliqué : ${variant}`, `marking applied: ${variant}`)] };
}

function schemeResult(compiled: CompiledGrid, evaluation: Evaluation): EvaluationResult | null {
  const scheme = compiled.grid.marking;
  if (!scheme) return null;
  switch (scheme.kind) {
    case "weighted-mean":
      return markWeightedMean(compiled, scheme, evaluation);
    case "coverage":
      return markCoverage(compiled, scheme, evaluation);
    case "domain-percent":
      return markDomains(compiled, scheme, evaluation);
    case "points-sum":
      return markPointsSum(compiled, scheme, evaluation);
  }
}
