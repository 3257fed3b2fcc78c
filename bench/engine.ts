import { assess, emptyEvaluation, type CompiledGrid, type Evaluation } from "../src/core";
import { builtInGrid } from "../src/referentials";

/** A deterministic pseudo-random generator, so runs compare. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomEvaluation(compiled: CompiledGrid, random: () => number): Evaluation {
  const evaluation = emptyEvaluation(compiled.grid.id);
  const codes = [...compiled.levels.keys()];
  for (const item of compiled.grid.items) {
    const roll = random();
    if (roll < 0.05) continue; // a missing level now and then
    const code = codes[Math.floor(random() * codes.length)]!;
    evaluation.ratings[item.id] = { values: [{ kind: "level", code, at: `S!D${item.id.length}` }] };
  }
  for (const field of compiled.grid.fields) evaluation.fields[field.id] = { value: random() < 0.1 ? "" : field.kind === "mark" ? 14 : "x" };
  evaluation.panel = { members: [{ name: "M. A", role: random() < 0.1 ? null : "Professeur" }], roles: true };
  return evaluation;
}

/** Mark + completeness of random E31 and E33 evaluations, per second. */
export function benchEngine(): string {
  const grids = [builtInGrid("agora-e31")!, builtInGrid("mcv-e33")!];
  const random = lcg(42);
  const evaluations = Array.from({ length: 2000 }, (_, i) => {
    const compiled = grids[i % 2]!;
    return { compiled, evaluation: randomEvaluation(compiled, random) };
  });
  for (const { compiled, evaluation } of evaluations) assess(compiled, evaluation); // warm-up
  let count = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 1e9) {
    for (const { compiled, evaluation } of evaluations) assess(compiled, evaluation);
    count += evaluations.length;
    elapsed = Number(process.hrtime.bigint() - start);
  }
  return `engine: ${Math.round(count / (elapsed / 1e9))} evaluations/s`;
}
