import { readFileSync } from "node:fs";
import path from "node:path";
import { assess, compileGrid, parseGridJson, traceLine, type Evaluation } from "../../src/core";

/**
 * The c3hm gradebook (shared/corpus/archambaultv-prof__c3hm__gradebook_1.xlsx) as a custom grid: five
 * levels worth 100/85/70/60/0, indicators grouped under criteria weighted 34/33/33, total /100. The
 * levels below were read by eye from the three sheets; 40 is a number typed in a level cell.
 */
const parsed = parseGridJson(readFileSync(path.join(__dirname, "../fixtures/c3hm-gradebook.grid.json"), "utf8"));
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const compiled = compileGrid(parsed.value);

const E = "Excellent", TB = "Très bien", B = "Bien", P = "Passable";
const sheets: Record<string, { levels: (string | number)[]; total: number }> = {
  jdupont: { levels: [E, E, E, E, TB, TB, TB, E, TB, TB, E], total: 93.81 },
  mdurand: { levels: [TB, B, TB, TB, B, B, TB, TB, TB, TB, B], total: 79.59 },
  pmartin: { levels: [P, P, B, P, 40, P, B, B, 40, 40, P], total: 57.83 },
};
const items = ["r1", "r2", "r3", "c1", "c2", "c3", "c4", "o1", "o2", "o3", "o4"];

function evaluationOf(levels: (string | number)[]): Evaluation {
  const ratings = Object.fromEntries(
    items.map((id, i) => {
      const v = levels[i]!;
      return [id, { values: [typeof v === "number" ? { kind: "number" as const, value: v } : { kind: "level" as const, code: v }] }];
    }),
  );
  return { gridId: "c3hm-420", ratings, fields: {}, flags: {} };
}

describe("a non-French grid expressed as a custom grid (c3hm gradebook)", () => {
  it.each(Object.entries(sheets))("%s: the engine reproduces the workbook's own total", (_sheet, { levels, total }) => {
    const { result } = assess(compiled, evaluationOf(levels));
    expect(result?.kind).toBe("mark");
    if (result?.kind !== "mark") return;
    expect(result.value).toBe(total);
    expect(result.max).toBe(100);
  });

  it("explains a typed number in place of a level in the trace", () => {
    const { result } = assess(compiled, evaluationOf(sheets.pmartin!.levels));
    const line = traceLine(result!.trace);
    expect(line).toContain("Commentaires pertinents note saisie 40");
    expect(line).toContain("Écrire du code lisible : Commentaires en quantité suffisante Passable 60 + Commentaires pertinents note saisie 40");
    expect(line).toContain("= 230 ; 230 / 4 = 57,5 ;");
    expect(line).toContain("63,3333 × 34 + 57,5 × 33 + 52,5 × 33 = 5783,3333 ; 5783,3333 / 100 / 100 × 100 = 57,83");
    // The teacher's own grid states no provenance: nothing is labelled Grille's or official.
    expect(line).not.toMatch(/proposition de Grille|règle officielle/);
  });

  it("refuses a typed number outside the override range", () => {
    const levels = [...sheets.pmartin!.levels];
    levels[4] = 140;
    const { findings, complete } = assess(compiled, evaluationOf(levels));
    expect(complete).toBe(false);
    expect(findings.map((f) => f.code)).toContain("value-out-of-range");
  });
});
