import type { CompiledGrid, Evaluation, ItemRating, RatingValue } from "../../src/core";
import { emptyEvaluation } from "../../src/core";
import { builtInGrid } from "../../src/referentials";

export function grid(id: string): CompiledGrid {
  const compiled = builtInGrid(id);
  if (!compiled) throw new Error(`no built-in grid ${id}`);
  return compiled;
}

const toValue = (v: string | number): RatingValue =>
  typeof v === "number" ? { kind: "number", value: v } : { kind: "level", code: v };

const toRating = (v: string | number | (string | number)[]): ItemRating => ({
  values: (Array.isArray(v) ? v : [v]).map(toValue),
});

/** Builds an evaluation step by step: anEvaluation(g).withLevels({ "1.1": "M" }).withField("candidate", "Alice").build() */
export class EvaluationBuilder {
  private evaluation: Evaluation;

  constructor(private readonly compiled: CompiledGrid) {
    this.evaluation = emptyEvaluation(compiled.grid.id);
  }

  withLevels(levels: Record<string, string | number | (string | number)[]>): this {
    for (const [item, v] of Object.entries(levels)) this.evaluation.ratings[item] = toRating(v);
    return this;
  }

  withRaw(item: string, raw: string): this {
    this.evaluation.ratings[item] = { values: [{ kind: "unknown", raw }] };
    return this;
  }

  withField(id: string, value: string | number | null, at?: string): this {
    this.evaluation.fields[id] = at === undefined ? { value } : { value, at };
    return this;
  }

  /** Every non-mark field of the grid filled in. */
  withAllFields(): this {
    for (const field of this.compiled.grid.fields) {
      if (field.kind !== "mark") this.withField(field.id, field.kind === "date" ? "12/05/2026" : `${field.label} rempli`);
    }
    return this;
  }

  withPanel(members: [string | null, string | null][]): this {
    this.evaluation.panel = { members: members.map(([name, role]) => ({ name, role })), roles: true };
    return this;
  }

  withFlag(flag: string, value = true): this {
    this.evaluation.flags[flag] = value;
    return this;
  }

  withAssessor(name: string, levels: Record<string, number | string | (string | number)[]>): this {
    const ratings: Record<string, ItemRating> = {};
    for (const [item, v] of Object.entries(levels)) ratings[item] = toRating(v);
    this.evaluation.assessors = [...(this.evaluation.assessors ?? []), { name, ratings }];
    return this;
  }

  withPanelOverride(group: string, percent: number | null, reason: string | null): this {
    this.evaluation.panelOverrides = { ...this.evaluation.panelOverrides, [group]: { percent, reason } };
    return this;
  }

  build(): Evaluation {
    return structuredClone(this.evaluation);
  }
}

export const anEvaluation = (compiled: CompiledGrid) => new EvaluationBuilder(compiled);
