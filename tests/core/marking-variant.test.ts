import { assess } from "../../src/core/assess";
import { compileGrid } from "../../src/core/model/compile";
import { parseGridFile } from "../../src/core/model/parse";
import { builtInGrid } from "../../src/referentials";

const e31 = builtInGrid("agora-e31")!;
const evaluation = { gridId: "agora-e31", ratings: { "1.1": { values: ["M"] }, "1.2": { values: ["F"] }, "1.3": { values: ["E"] } }, fields: {}, flags: {} };

describe("a teacher's variant of a built-in marking", () => {
  it("ends the trace by naming whose scheme it is; Grille's own scheme does not", () => {
    const variant = parseGridFile({ ...e31.file, grid: { ...e31.file.grid, markingVariant: "barème du lycée Jean Moulin" } });
    expect(variant.ok).toBe(true);
    const own = assess(e31, evaluation as never).result;
    const theirs = assess(compileGrid(variant.ok ? variant.value : e31.file), evaluation as never).result;
    expect(own?.kind === "mark" && own.trace.some((s) => s.fr.startsWith("barème appliqué"))).toBe(false);
    expect(theirs?.kind === "mark" && theirs.trace.at(-1)).toEqual({ fr: "barème appliqué : barème du lycée Jean Moulin", en: "marking applied: barème du lycée Jean Moulin" });
    expect(theirs?.kind === "mark" && own?.kind === "mark" && theirs.value).toBe(own?.kind === "mark" && own.value);
  });
});
