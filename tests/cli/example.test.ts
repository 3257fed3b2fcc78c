import path from "node:path";
import { grille, jsonOf } from "./cli-support";

/** The README's main job: `npm run grille -- check examples/classe-e31.xlsx` (regenerate with `npm run example`). */
const EXAMPLE = path.resolve(__dirname, "../../examples/classe-e31.xlsx");

describe("the bundled example class workbook", () => {
  it("holds 6 candidates on the E31 grid: 4 complete (one with a differing typed mark), 2 incomplete, and 1 template", async () => {
    const out = await grille(["check", EXAMPLE, "--json"]);
    expect(out.code).toBe(1);
    const file = jsonOf(out).files[0]!;
    expect(file).toMatchObject({ grid: "agora-e31", layout: "sheet-per-candidate", templates: ["Modèle"], errors: [] });
    const candidates = file.candidates as { name: string; status: string; findings: { code: string; severity: string }[]; mark: { value: number } | null }[];
    expect(candidates.map((c) => [c.name, c.status])).toEqual([
      ["DUPONT Léa", "complete"],
      ["MARTIN Hugo", "complete"],
      ["BERNARD Inès", "complete"],
      ["PETIT Lucas", "incomplete"],
      ["MOREAU Chloé", "incomplete"],
      ["LEFEBVRE Nathan", "complete"],
    ]);
    const byName = Object.fromEntries(candidates.map((c) => [c.name, c]));
    expect(byName["PETIT Lucas"]!.findings.map((f) => f.code)).toEqual(["level-missing", "mark-missing"]);
    expect(byName["MOREAU Chloé"]!.findings.map((f) => f.code)).toEqual(["appraisal-empty", "mark-missing"]);
    expect(byName["LEFEBVRE Nathan"]!.findings).toEqual([expect.objectContaining({ code: "mark-differs", severity: "warning" })]);
    expect(byName["DUPONT Léa"]!.mark!.value).toBe(15);
    expect(candidates.filter((c) => c.status === "complete")).toHaveLength(4);
  });

  it("reads well as a table", async () => {
    const out = await grille(["check", EXAMPLE]);
    expect(out.stdout).toContain("Bilan : 1 fichier, 6 candidats, 4 complets, 2 incomplets.");
  });
});
