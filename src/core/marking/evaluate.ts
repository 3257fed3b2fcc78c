import type { CompiledGrid } from "../model/compile";
import type { Evaluation } from "../model/evaluation";
import { markCoverage } from "./coverage";
import { markDomains } from "./domains";
import type { EvaluationResult } from "./result";
import { markPointsSum } from "./points-sum";
import { markWeightedMean } from "./weighted-mean";

/** The result of an evaluation by its grid's scheme; null for a grid with no marking. */
export function evaluateResult(compiled: CompiledGrid, evaluation: Evaluation): EvaluationResult | null {
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
