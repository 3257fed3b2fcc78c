import { assess, traceLine, type MarkResult } from "../../src/core";
import { anEvaluation, grid } from "../support/evaluation-builder";

const e31 = grid("agora-e31");
const e33 = grid("mcv-e33");

function mark(compiled: typeof e31, levels: Record<string, string>, flags: Record<string, boolean> = {}): MarkResult {
  let builder = anEvaluation(compiled).withLevels(levels);
  for (const [flag, value] of Object.entries(flags)) builder = builder.withFlag(flag, value);
  const { result } = assess(compiled, builder.build());
  if (result?.kind !== "mark") throw new Error("expected a mark");
  return result;
}

describe("E31 (AGOrA, N/F/M/E, /20 rounded up to ½)", () => {
  it("M, F, E gives 15 with a readable French trace", () => {
    const result = mark(e31, { "1.1": "M", "1.2": "F", "1.3": "E" });
    expect(result.value).toBe(15);
    expect(result.max).toBe(20);
    expect(traceLine(result.trace)).toBe(
      "1.1 Maîtrise 0,75 + 1.2 Fonctionnel 0,5 + 1.3 Expertise 1 = 2,25 ; 2,25 / 3 × 20 = 15,00 ; arrondi au ½ point supérieur → 15" +
        " ; proposition de Grille : points par niveau, poids égaux ; règle officielle : arrondi au ½ point supérieur (« Note sur 20 (arrondie au ½ point supérieur) »)",
    );
  });

  it("M, F, F gives 11.67, rounded up to 12", () => {
    const result = mark(e31, { "1.1": "M", "1.2": "F", "1.3": "F" });
    expect(result.raw).toBeCloseTo(11.6667, 4);
    expect(result.value).toBe(12);
    // Each step checks on a calculator: 1,75 / 3 × 20 = 11,666…
    expect(traceLine(result.trace)).toContain("= 1,75 ; 1,75 / 3 × 20 = 11,67 ; arrondi au ½ point supérieur → 12");
  });

  it("N, N, F gives 6.67, rounded up to 7", () => {
    const result = mark(e31, { "1.1": "N", "1.2": "N", "1.3": "F" });
    expect(result.raw).toBeCloseTo(6.6667, 4);
    expect(result.value).toBe(7);
  });

  it("all E gives 20 and all N gives 5", () => {
    expect(mark(e31, { "1.1": "E", "1.2": "E", "1.3": "E" }).value).toBe(20);
    expect(mark(e31, { "1.1": "N", "1.2": "N", "1.3": "N" }).value).toBe(5);
  });

  it("proposes no mark while a level is missing, and says which", () => {
    const result = mark(e31, { "1.1": "M", "1.3": "E" });
    expect(result.status).toBe("incomplete");
    expect(result.value).toBeNull();
    // In the words of the check's finding (« Niveau manquant : 1.2 »), in both languages.
    expect(traceLine(result.trace)).toBe("note non calculable (niveau manquant : 1.2)");
    expect(traceLine(result.trace, "en")).toBe("no mark (missing level: 1.2)");
    const unreadable = mark(e31, { "1.1": "Z", "1.3": "E" });
    expect(traceLine(unreadable.trace)).toBe("note non calculable (niveau manquant : 1.2 ; niveau illisible : 1.1)");
  });

  it("has an English trace too", () => {
    const result = mark(e31, { "1.1": "M", "1.2": "F", "1.3": "E" });
    const line = traceLine(result.trace, "en");
    expect(line).toBe(
      "1.1 Maîtrise 0.75 + 1.2 Fonctionnel 0.5 + 1.3 Expertise 1 = 2.25; 2.25 / 3 × 20 = 15.00; rounded up to the next ½ point → 15" +
        '; Grille\'s proposal: points per level, equal weights; official rule: rounded up to the next ½ point ("Note sur 20 (arrondie au ½ point supérieur)")',
    );
    expect(line).not.toMatch(/moyenne|arrondi |proposition|règle/);
  });
});

describe("E33 (MCV, profiles 1–4)", () => {
  const levels = { traiter: "3", contribuer: "3", evaluer: "2", communiquer: "4" };

  it("3, 3, 2, 4 gives 15, every default said to be Grille's proposal, its rounding included", () => {
    const result = mark(e33, levels);
    expect(result.value).toBe(15);
    const line = traceLine(result.trace);
    expect(line).toContain("Débrouillé 0,5 + COMMUNIQUER Expert 1 = 3 ; 3 / 4 × 20 = 15,00 ; arrondi au ½ point supérieur → 15");
    expect(line).toMatch(/proposition de Grille : points par niveau, poids égaux, arrondi au ½ point supérieur$/);
    expect(line).not.toContain("règle officielle");
    expect(e33.grid.marking).toMatchObject({ provenance: { points: { source: "grille" }, weights: { source: "grille" }, rounding: { source: "grille" } } });
    expect(e31.grid.marking).toMatchObject({ provenance: { rounding: { source: "official", quote: "Note sur 20 (arrondie au ½ point supérieur)" } } });
  });

  it("without a digital presentation the mark is 0 whatever the profiles", () => {
    const result = mark(e33, { traiter: "4", contribuer: "4", evaluer: "4", communiquer: "4" }, { noDigitalPresentation: true });
    expect(result.value).toBe(0);
    expect(result.status).toBe("rule");
    expect(traceLine(result.trace)).toBe(
      "règle officielle : « Rappel : En l'absence de présentation numérique le jour de l'interrogation, le candidat ne peut être interrogé et se voit attribuer la note zéro. » → 0",
    );
    expect(traceLine(result.trace, "en")).toMatch(/^official rule: "Rappel : .*" → 0$/);
  });

  it("the rule does not apply when the flag is false", () => {
    expect(mark(e33, levels, { noDigitalPresentation: false }).value).toBe(15);
  });
});
