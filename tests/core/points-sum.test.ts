import { assess, compileGrid, evaluateResult, traceLine, type GridFileInput, type MarkResult } from "../../src/core";
import { GridFileSchema } from "../../src/core";

/** A points-per-criterion grid: three criteria /4, /6, /10, mark /20. */
function pointsGrid(notAttemptedAs: "zero" | "excluded" = "zero") {
  const input: GridFileInput = {
    schemaVersion: 1,
    referential: { id: "ccf", title: "CCF", diploma: "Bac Pro", nodes: ["a", "b", "c"].map((id) => ({ id, kind: "criterion" as const, label: `Critère ${id}` })) },
    grid: {
      id: "ccf",
      title: "CCF",
      diploma: "Bac Pro",
      scale: { kind: "percent", id: "points", label: "Points", max: 10 },
      items: ["a", "b", "c"].map((id) => ({ id, node: id })),
      marking: { kind: "points-sum", maxima: { a: 4, b: 6, c: 10 }, max: 20, notAttempted: ["NT", "ABS"], notAttemptedAs, rounding: "nearest-half" },
    },
  };
  return compileGrid(GridFileSchema.parse(input));
}

const evaluation = (values: Record<string, number | string>) => ({
  gridId: "ccf",
  ratings: Object.fromEntries(Object.entries(values).map(([id, v]) => [id, { values: [typeof v === "number" ? { kind: "number" as const, value: v } : { kind: "unknown" as const, raw: v }] }])),
  fields: {},
  flags: {},
});

describe("points-sum marking", () => {
  it("adds the points typed per criterion, out of the sum of the maxima, with a trace in French and English", () => {
    const result = evaluateResult(pointsGrid(), evaluation({ a: 3, b: 4.5, c: 7 })) as MarkResult;
    expect(result.value).toBe(14.5);
    expect(traceLine(result.trace)).toBe("Critère a 3 / 4 ; Critère b 4,5 / 6 ; Critère c 7 / 10 ; total 14,50 / 20 ; arrondi au ½ point le plus proche → 14,5");
    expect(traceLine(result.trace, "en")).toContain("total 14.50 / 20");
  });

  it("reads « NT », « nt », « N.T. » as not attempted: 0 out of its maximum, no finding", () => {
    const grid = pointsGrid();
    for (const raw of ["NT", "nt", "N.T.", "Abs"]) {
      const assessment = assess(grid, evaluation({ a: 4, b: raw, c: 10 }));
      expect((assessment.result as MarkResult).value).toBe(14);
      expect(assessment.findings.filter((f) => f.code.startsWith("level") || f.code.startsWith("value"))).toEqual([]);
    }
  });

  it("leaves a criterion not attempted out of the total and its maximum when the scheme says so", () => {
    const result = evaluateResult(pointsGrid("excluded"), evaluation({ a: 4, b: "ABS", c: 10 })) as MarkResult;
    expect(result.value).toBe(20);
    expect(traceLine(result.trace)).toContain("Critère b non traité → hors total");
  });

  it("refuses points above a criterion's maximum and unknown texts: no mark, a blocking finding at the item", () => {
    const grid = pointsGrid();
    const over = assess(grid, evaluation({ a: 5, b: 6, c: 10 }));
    expect((over.result as MarkResult).status).toBe("incomplete");
    expect(over.findings.find((f) => f.item === "a")).toMatchObject({ code: "value-out-of-range", severity: "blocking" });
    expect(over.findings.find((f) => f.item === "a")!.message.fr).toContain("(de 0 à 4)");
    const unknown = assess(grid, evaluation({ a: 3, b: "bof", c: 10 }));
    expect(unknown.findings.find((f) => f.item === "b")?.code).toBe("level-unknown");
  });
});
