/** A value with its weight. */
export interface Weighted {
  value: number;
  weight: number;
}

/** Σ wᵢxᵢ / Σ wᵢ; null when there is nothing to average. */
export function weightedMean(values: readonly Weighted[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of values) {
    sum += value * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : null;
}

/** The plain mean; null when empty. */
export function mean(values: readonly number[]): number | null {
  return weightedMean(values.map((value) => ({ value, weight: 1 })));
}
