import fc from "fast-check";
import { compileGrid, evaluateResult, itemLabel, levelsOf, type CompiledGrid, type Evaluation, type MarkResult } from "../../../src/core";
import { learnGrid } from "../../../src/recognition/learn";
import { newGridSheet } from "../../../src/recognition/plans/new-grid";
import { snapshotOfNewSheet } from "../../../src/recognition/snapshot/apply-plan";
import { grid } from "../../support/evaluation-builder";

/** Learns the grid back from the sheet `grille new` makes of a built-in grid. */
function learnedFrom(builtIn: CompiledGrid): CompiledGrid {
  const sheet = snapshotOfNewSheet(newGridSheet(builtIn, { sheetName: "Alice Martin", candidate: "Alice Martin" }));
  const result = learnGrid({ sheets: [sheet], names: [] });
  if (result.kind !== "proposed") throw new Error(result.notes.map((n) => n.fr).join("\n"));
  return compileGrid(result.file);
}

const labelOf = (compiled: CompiledGrid, index: number) => itemLabel(compiled, compiled.grid.items[index]!).replace(/\s+/g, " ");

/** The same ratings, level by rank, on two grids with items in the same order. */
function evaluationOn(compiled: CompiledGrid, ranks: readonly number[]): Evaluation {
  const levels = levelsOf(compiled.grid.scale);
  const ratings: Evaluation["ratings"] = {};
  compiled.grid.items.forEach((item, i) => (ratings[item.id] = { values: [{ kind: "level", code: levels[ranks[i]!]!.code }] }));
  return { gridId: compiled.grid.id, ratings, fields: {}, flags: {} };
}

describe.each(["agora-e31", "mcv-e33"])("learning the sheet `grille new` makes of %s", (id) => {
  const builtIn = grid(id);
  const learned = learnedFrom(builtIn);

  it("finds every item, in order, with its printed label", () => {
    expect(learned.grid.items.map((_, i) => labelOf(learned, i))).toEqual(builtIn.grid.items.map((_, i) => labelOf(builtIn, i)));
  });

  it("finds the scale: the same levels, worst first, with their labels", () => {
    expect(levelsOf(learned.grid.scale).map((l) => l.label)).toEqual(levelsOf(builtIn.grid.scale).map((l) => l.label));
  });

  it("finds the name field, the mark out of 20 with its rounding, and the panel", () => {
    expect(learned.grid.fields.find((f) => f.id === "candidate")?.label).toBe(builtIn.grid.fields.find((f) => f.id === "candidate")?.label);
    expect(learned.markField).toBeDefined();
    expect(learned.grid.marking).toMatchObject({ kind: "weighted-mean", max: 20, rounding: "up-half" });
    expect(learned.grid.panel?.label).toBe(builtIn.grid.panel?.label);
  });

  it("gives equal marks on random evaluations", () => {
    const levels = levelsOf(builtIn.grid.scale).length;
    fc.assert(
      fc.property(fc.array(fc.nat(levels - 1), { minLength: builtIn.grid.items.length, maxLength: builtIn.grid.items.length }), (ranks) => {
        const expected = evaluateResult(builtIn, evaluationOn(builtIn, ranks)) as MarkResult;
        const actual = evaluateResult(learned, evaluationOn(learned, ranks)) as MarkResult;
        expect(actual.value).toBe(expected.value);
      }),
      { numRuns: 200 },
    );
  });
});

describe("learning the PFMP tracking sheet `grille new` makes", () => {
  const builtIn = grid("agora-pfmp");
  const learned = learnedFrom(builtIn);

  it("finds every competency under its activity, the periods P1 … P6, and no mark (coverage)", () => {
    expect(learned.grid.items.map((_, i) => labelOf(learned, i))).toEqual(builtIn.grid.items.map((_, i) => labelOf(builtIn, i)));
    expect(learned.grid.scale.kind).toBe("periods");
    expect(levelsOf(learned.grid.scale).map((l) => l.code)).toEqual(["P1", "P2", "P3", "P4", "P5", "P6"]);
    expect(learned.grid.marking?.kind).toBe("coverage");
  });
});
