import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { assess, compileGrid, parseGridFile, parseGridJson, roundMark, type CompiledGrid, type Evaluation } from "../../src/core";
import { BUILT_IN_FILES } from "../../src/referentials";
import { anEvaluation, grid } from "../support/evaluation-builder";

const c3hmParsed = parseGridJson(readFileSync(path.join(__dirname, "../fixtures/c3hm-gradebook.grid.json"), "utf8"));
if (!c3hmParsed.ok) throw new Error("fixture");
const markedGrids: CompiledGrid[] = [grid("agora-e31"), grid("mcv-e33"), compileGrid(c3hmParsed.value)];

/** A level rank per item (0-based), or a typed number where the grid allows overrides. */
const levelRanks = (compiled: CompiledGrid) =>
  fc.array(fc.nat({ max: compiled.levels.size - 1 }), { minLength: compiled.grid.items.length, maxLength: compiled.grid.items.length });

const codes = (compiled: CompiledGrid) => [...compiled.levels.keys()];

function evaluationOf(compiled: CompiledGrid, ranks: number[]): Evaluation {
  const all = codes(compiled);
  return anEvaluation(compiled)
    .withLevels(Object.fromEntries(compiled.grid.items.map((item, i) => [item.id, all[ranks[i]!]!])))
    .build();
}

const markOf = (compiled: CompiledGrid, evaluation: Evaluation): number => {
  const { result } = assess(compiled, evaluation);
  if (result?.kind !== "mark" || result.value === null) throw new Error("expected a mark");
  return result.value;
};

describe("marking properties", () => {
  it.each(markedGrids.map((g) => [g.grid.id, g] as const))("%s: the mark stays within [0, max]", (_id, compiled) => {
    fc.assert(
      fc.property(levelRanks(compiled), (ranks) => {
        const value = markOf(compiled, evaluationOf(compiled, ranks));
        const max = compiled.grid.marking?.kind === "weighted-mean" ? compiled.grid.marking.max : 0;
        return value >= 0 && value <= max;
      }),
    );
  });

  it.each(markedGrids.map((g) => [g.grid.id, g] as const))("%s: raising one level never lowers the mark", (_id, compiled) => {
    fc.assert(
      fc.property(levelRanks(compiled), fc.nat(), (ranks, pick) => {
        const i = pick % ranks.length;
        if (ranks[i]! >= compiled.levels.size - 1) return true;
        const raised = [...ranks];
        raised[i] = ranks[i]! + 1;
        return markOf(compiled, evaluationOf(compiled, raised)) >= markOf(compiled, evaluationOf(compiled, ranks));
      }),
    );
  });

  it("a typed override inside its range keeps the mark within bounds (c3hm)", () => {
    const compiled = markedGrids[2]!;
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 11, maxLength: 11 }), (numbers) => {
        const evaluation = anEvaluation(compiled).withLevels(Object.fromEntries(compiled.grid.items.map((item, i) => [item.id, numbers[i]!]))).build();
        const value = markOf(compiled, evaluation);
        return value >= 0 && value <= 100;
      }),
    );
  });

  it("rounding is idempotent, and up-half never goes down", () => {
    const modes = ["up-half", "nearest-half", "nearest-tenth", "nearest-hundredth", "none"] as const;
    // Mostly marks as teachers give them (0 to 20 in hundredths), where a wrong mode shows; some any double.
    const marks = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 2000 }).map((n) => n / 100), weight: 4 }, { arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }), weight: 1 });
    fc.assert(
      fc.property(marks, fc.constantFrom(...modes), (value, mode) => {
        const once = roundMark(value, mode);
        return roundMark(once, mode) === once && (mode !== "up-half" || once >= value - 1e-9);
      }),
    );
  });
});

describe("completeness properties", () => {
  it.each([["agora-e31"], ["mcv-e33"]])("%s: a fully filled evaluation has no blocking finding", (id) => {
    const compiled = grid(id);
    fc.assert(
      fc.property(levelRanks(compiled), fc.string({ minLength: 1 }).filter((s) => s.trim() !== ""), (ranks, name) => {
        const evaluation = evaluationOf(compiled, ranks);
        const filled = anEvaluation(compiled).withAllFields().withField("candidate", name).withPanel([[name, "Professeur"], ["M. Pro", "Professionnel"]]).build();
        return assess(compiled, { ...filled, ratings: evaluation.ratings }).complete;
      }),
    );
  });

  it("PFMP: ticks in at least one period for every competency leave no finding", () => {
    const compiled = grid("agora-pfmp");
    const periods = codes(compiled);
    fc.assert(
      fc.property(fc.array(fc.subarray(periods, { minLength: 1 }), { minLength: 37, maxLength: 37 }), (ticks) => {
        const evaluation = anEvaluation(compiled).withLevels(Object.fromEntries(compiled.grid.items.map((item, i) => [item.id, ticks[i]!]))).build();
        return assess(compiled, evaluation).findings.length === 0;
      }),
    );
  });

  it("CQP: assessors who rated every observation in range leave no finding", () => {
    const compiled = grid("cqp-agc");
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 4 }), (sheets) => {
        let builder = anEvaluation(compiled);
        sheets.forEach((values, s) => {
          builder = builder.withAssessor(`Jury ${s}`, Object.fromEntries(values.map((v, i) => [`obs-${i + 1}`, v])));
        });
        const { findings, result } = assess(compiled, builder.build());
        return findings.length === 0 && result?.kind === "domains" && result.panel.every((d) => d.percent !== null && d.percent >= 0 && d.percent <= 100);
      }),
    );
  });
});

describe("parsing never throws", () => {
  it("on random JSON values", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => typeof parseGridFile(value).ok === "boolean"));
  });

  it("on random text", () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseGridJson(text).ok === "boolean"));
  });

  it("on built-in grids with one value replaced anywhere", () => {
    const files = Object.values(BUILT_IN_FILES);
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.nat(), fc.jsonValue(), (f, pick, replacement) => {
        const copy = structuredClone(files[f]) as Record<string, unknown>;
        const slots: [Record<string, unknown> | unknown[], string | number][] = [];
        const collect = (node: unknown) => {
          if (Array.isArray(node)) {
            node.forEach((v, i) => {
              slots.push([node, i]);
              collect(v);
            });
          } else if (node && typeof node === "object") {
            for (const [k, v] of Object.entries(node)) {
              slots.push([node as Record<string, unknown>, k]);
              collect(v);
            }
          }
        };
        collect(copy);
        const [parent, key] = slots[pick % slots.length]!;
        (parent as Record<string | number, unknown>)[key] = replacement;
        return typeof parseGridFile(copy).ok === "boolean";
      }),
      { numRuns: 300 },
    );
  });
});
