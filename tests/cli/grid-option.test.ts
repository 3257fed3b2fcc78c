import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { aWorkbook, e31Sheet, e33Sheet, rowPerCandidateSheet } from "../support/workbook-builder";
import { grille, jsonOf, tempDir } from "./cli-support";

const dir = tempDir("grid");
const E31_JSON = path.resolve(__dirname, "../../src/referentials/agora-e31.json");

beforeAll(async () => {
  await aWorkbook()
    .sheet("Alice", (s) => e31Sheet(s, { name: "MARTIN Alice", mark: 15 }))
    .toFile(dir.path("e31.xlsx"));
  // A bare table whose header names only the item codes: a forced grid reads it.
  await aWorkbook()
    .sheet("Notes", (s) => rowPerCandidateSheet(s, { gridId: "agora-e31", rows: [{ name: "MARTIN Alice", levels: { "1.1": "M", "1.2": "F", "1.3": "E" } }] }))
    .toFile(dir.path("tableau.xlsx"));
  await aWorkbook()
    .sheet("Alice", (s) => e31Sheet(s, { name: "MARTIN Alice" }))
    .sheet("Bob", (s) => e31Sheet(s, { name: "DURAND Bob" }))
    .sheet("Léa", (s) => e33Sheet(s, { name: "DUPONT Léa" }))
    .toFile(dir.path("melange.xlsx"));
  const custom = JSON.parse(readFileSync(E31_JSON, "utf8")) as { grid: { id: string; title: string } };
  custom.grid.id = "e31-mon-lycee";
  custom.grid.title = "Grille E31 du lycée";
  writeFileSync(dir.path("ma-grille.json"), JSON.stringify(custom));
  writeFileSync(dir.path("cassee.json"), JSON.stringify({ schemaVersion: 1, referential: { id: "x" }, grid: { id: "Majuscules", items: [] } }));
  writeFileSync(dir.path("pas-du-json.json"), "{ grille: ");
});

describe("grille check --grid", () => {
  it("forces a built-in grid by its id", async () => {
    const detected = jsonOf(await grille(["check", dir.path("melange.xlsx"), "--json"])).files[0]!;
    expect(detected.grid).toBe("agora-e31");
    const forced = jsonOf(await grille(["check", dir.path("melange.xlsx"), "--grid", "mcv-e33", "--json"])).files[0]!;
    expect(forced.grid).toBe("mcv-e33");
    expect((forced.candidates as { name: string }[]).map((c) => c.name)).toEqual(["DUPONT Léa"]);
    const table = jsonOf(await grille(["check", dir.path("tableau.xlsx"), "--grid", "agora-e31", "--json"])).files[0]!;
    expect((table.candidates as { name: string }[]).map((c) => c.name)).toEqual(["MARTIN Alice"]);
  });

  it("forces a custom grid read from a JSON file", async () => {
    const out = await grille(["check", dir.path("e31.xlsx"), "--grid", dir.path("ma-grille.json"), "--json"]);
    expect(out.code).toBe(0);
    const [file] = jsonOf(out).files;
    expect(file).toMatchObject({ grid: "e31-mon-lycee", gridTitle: "Grille E31 du lycée", layout: "sheet-per-candidate" });
    expect((file!.candidates as { status: string; mark: { value: number } }[])[0]).toMatchObject({ status: "complete", mark: { value: 15 } });
  });

  it("prints a grid file's errors in French, with their paths, and exits with 2", async () => {
    const out = await grille(["check", dir.path("e31.xlsx"), "--grid", dir.path("cassee.json")]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain(`Fichier de grille invalide : ${dir.path("cassee.json")}`);
    expect(out.stderr).toMatch(/- grille\.items \(grid\.items\) : au moins 1 élément\(s\) attendu\(s\)/);
    expect(out.stderr).toMatch(/référentiel/);
  });

  it("says when a grid file is not JSON", async () => {
    const out = await grille(["check", dir.path("e31.xlsx"), "--grid", dir.path("pas-du-json.json")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("JSON invalide");
  });

  it("says when the grid file does not exist", async () => {
    const out = await grille(["check", dir.path("e31.xlsx"), "--grid", dir.path("absente.json")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("absente.json : lecture du fichier de grille impossible (fichier introuvable)");
  });

  it("lists the built-in ids for an unknown one", async () => {
    const out = await grille(["check", dir.path("e31.xlsx"), "--grid", "agora-e32"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("Grille inconnue : « agora-e32 ». Grilles disponibles : agora-e31, agora-pfmp, cqp-agc, mcv-e33");
  });
});
