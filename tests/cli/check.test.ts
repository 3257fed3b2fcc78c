import { mkdirSync, writeFileSync } from "node:fs";
import { aWorkbook, e31Sheet, type E31Options } from "../support/workbook-builder";
import { Collector, grille, jsonOf, tempDir } from "./cli-support";

const BLANK: E31Options = {
  name: null,
  levels: {},
  panel: [],
  fields: { session: null, date: null, establishment: null, registration: null, "appraisal-activities": null, "appraisal-pfmp": null },
};

const dir = tempDir("check");
const ESC = "\u001b[";

beforeAll(async () => {
  await aWorkbook()
    .sheet("Alice", (s) => e31Sheet(s, { name: "MARTIN Alice" }))
    .sheet("Bob", (s) => e31Sheet(s, { name: "DURAND Bob", levels: { "1.1": "M", "1.2": null, "1.3": "E" } }))
    .sheet("Chloé", (s) => e31Sheet(s, { name: "PETIT Chloé", mark: 12 }))
    .sheet("Modèle", (s) => e31Sheet(s, BLANK))
    .toFile(dir.path("classe.xlsx"));
  await aWorkbook()
    .sheet("Alice", (s) => e31Sheet(s, { name: "MARTIN Alice", mark: 15 }))
    .toFile(dir.path("complete.xlsx"));
  await aWorkbook()
    .sheet("Courses", (s) => s.row(1, ["Pain", "Lait", "Œufs"]).row(2, [2, 1, 12]))
    .toFile(dir.path("courses.xlsx"));
  writeFileSync(dir.path("abime.xlsx"), "ceci n'est pas un classeur");
});

describe("grille check, table output", () => {
  it("lists each candidate with status, proposed mark, findings with their cell, and the trace", async () => {
    const out = await grille(["check", dir.path("classe.xlsx")]);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe("");
    const lines = out.stdout.split("\n");
    const row = (name: string) => lines.find((l) => l.trimStart().startsWith(name) && /\s{2}/.test(l.trim()))!;
    // Complete, with the warning that the commission has not typed its mark yet.
    expect(row("MARTIN Alice")).toMatch(/MARTIN Alice\s+Alice\s+complète\s+15 \/20\s+1 avertissement/);
    expect(row("DURAND Bob")).toMatch(/DURAND Bob\s+Bob\s+incomplète\s+—\s+1 bloquant/);
    expect(row("PETIT Chloé")).toMatch(/PETIT Chloé\s+Chloé\s+complète\s+15 \/20\s+1 avertissement/);
    expect(out.stdout).toContain("Grille : Bac Pro AGOrA — E31 (agora-e31) · une feuille par candidat · 3 candidats");
    expect(out.stdout).toMatch(/✖ cellule C\d+ {2}Niveau manquant : 1\.2 Traitement/);
    expect(out.stdout).toMatch(/⚠ cellule C\d+ {2}La note saisie \(12\) diffère de la note proposée \(15\) : la commission décide/);
    expect(out.stdout).toContain("1.1 Maîtrise 0,75 + 1.2 Fonctionnel 0,5 + 1.3 Expertise 1 = 2,25 ; 2,25 / 3 × 20 = 15,00 ; arrondi au ½ point supérieur → 15");
    expect(out.stdout).toContain("Modèle vierge : Modèle");
    expect(out.stdout).toContain("Bilan : 1 fichier, 3 candidats, 2 complets, 1 incomplet.");
  });

  it("aligns the columns of the candidate table", async () => {
    const out = await grille(["check", dir.path("classe.xlsx")]);
    const lines = out.stdout.split("\n");
    const start = lines.findIndex((l) => l.startsWith("  Candidat "));
    const table = lines.slice(start, start + 4);
    expect(table[3]).toMatch(/^ {2}PETIT Chloé /);
    const statusColumn = table.map((l) => l.search(/Statut|complète|incomplète/));
    expect(new Set(statusColumn).size).toBe(1);
  });

  it("puts blocking findings before warnings", async () => {
    await aWorkbook()
      .sheet("Zoé", (s) => e31Sheet(s, { name: "ROUX Zoé", levels: { "1.1": "M", "1.2": "M", "1.3": null }, mark: 3 }))
      .toFile(dir.path("ordre.xlsx"));
    const out = await grille(["check", dir.path("ordre.xlsx"), "--json"]);
    const [file] = jsonOf(out).files as { candidates: { findings: { severity: string }[] }[] }[];
    const severities = file!.candidates[0]!.findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === "blocking" ? -1 : 1)));
  });

  it("speaks English with --lang en, or when LANG is not French", async () => {
    const byOption = await grille(["check", dir.path("classe.xlsx"), "--lang", "en"]);
    const byEnv = await grille(["check", dir.path("classe.xlsx")], { env: { LANG: "en_GB.UTF-8" } });
    for (const out of [byOption, byEnv]) {
      expect(out.stdout).toContain("Missing level: 1.2");
      expect(out.stdout).toMatch(/MARTIN Alice\s+Alice\s+complete\s+15 \/20/);
      expect(out.stdout).toContain("rounded up to the next ½ point → 15");
      expect(out.stdout).toContain("Summary: 1 file, 3 candidates, 2 complete, 1 incomplete.");
    }
    const french = await grille(["check", dir.path("classe.xlsx")], { env: {} });
    expect(french.stdout).toContain("Niveau manquant");
  });

  it("paints in colour on a terminal only, and never with NO_COLOR", async () => {
    const tty = await grille(["check", dir.path("classe.xlsx")], { stdout: new Collector(true, 200) });
    expect(tty.stdout).toContain(ESC);
    const noColour = await grille(["check", dir.path("classe.xlsx")], { stdout: new Collector(true, 200), env: { LANG: "fr_FR.UTF-8", NO_COLOR: "1" } });
    expect(noColour.stdout).not.toContain(ESC);
    const piped = await grille(["check", dir.path("classe.xlsx")]);
    expect(piped.stdout).not.toContain(ESC);
  });
});

describe("grille check --json", () => {
  it("prints one document with the files, candidates, findings and marks", async () => {
    const out = await grille(["check", dir.path("classe.xlsx"), "--json"]);
    expect(out.code).toBe(1);
    const doc = jsonOf(out);
    expect(doc.files).toHaveLength(1);
    const file = doc.files[0] as Record<string, unknown>;
    expect(file.path).toBe(dir.path("classe.xlsx"));
    expect(file.grid).toBe("agora-e31");
    expect(file.layout).toBe("sheet-per-candidate");
    expect(file.templates).toEqual(["Modèle"]);
    expect(file.errors).toEqual([]);
    const candidates = file.candidates as Record<string, unknown>[];
    expect(candidates.map((c) => [c.sheet, c.row, c.name, c.status])).toEqual([
      ["Alice", null, "MARTIN Alice", "complete"],
      ["Bob", null, "DURAND Bob", "incomplete"],
      ["Chloé", null, "PETIT Chloé", "complete"],
    ]);

    const [alice, bob, chloe] = candidates;
    expect((alice!.findings as Record<string, unknown>[]).map((f) => [f.code, f.severity, f.message])).toEqual([["mark-missing", "warning", "Note non saisie"]]);
    expect(alice!.mark).toEqual({
      value: 15,
      max: 20,
      absent: false,
      trace: [
        "1.1 Maîtrise 0,75 + 1.2 Fonctionnel 0,5 + 1.3 Expertise 1 = 2,25",
        "2,25 / 3 × 20 = 15,00",
        "arrondi au ½ point supérieur → 15",
        "proposition de Grille : points par niveau, poids égaux ; règle officielle : arrondi au ½ point supérieur (« Note sur 20 (arrondie au ½ point supérieur) »)",
      ],
    });
    expect(alice!.markCell).toMatch(/^Alice!C\d+$/);

    expect(bob!.mark).toBeNull();
    const [missing] = bob!.findings as Record<string, unknown>[];
    expect(missing).toEqual({
      code: "level-missing",
      severity: "blocking",
      item: "1.2",
      field: null,
      cell: expect.stringMatching(/^Bob!C\d+$/),
      message: "Niveau manquant : 1.2 Traitement des opérations administratives et de gestion liées aux relations avec le client, l’usager ou l’adhérent",
    });

    expect((chloe!.mark as { value: number }).value).toBe(15);
    expect(chloe!.findings).toEqual([
      {
        code: "mark-differs",
        severity: "warning",
        item: null,
        field: "mark",
        cell: expect.stringMatching(/^'Chloé'!C\d+$/),
        message: "La note saisie (12) diffère de la note proposée (15) : la commission décide",
      },
    ]);
  });

  it("gives messages and traces in English with --lang en", async () => {
    const doc = jsonOf(await grille(["check", dir.path("classe.xlsx"), "--json", "--lang", "en"]));
    const candidates = (doc.files[0] as { candidates: { findings: { message: string }[]; mark: { trace: string[] } | null }[] }).candidates;
    expect(candidates[1]!.findings[0]!.message).toMatch(/^Missing level: 1\.2/);
    expect(candidates[0]!.mark!.trace.at(-2)).toBe("rounded up to the next ½ point → 15");
  });

  it("reports a file that cannot be read with its error and no candidates, exit code 2", async () => {
    const out = await grille(["check", dir.path("classe.xlsx"), dir.path("abime.xlsx"), "--json"]);
    expect(out.code).toBe(2);
    const [, broken] = jsonOf(out).files;
    expect(broken).toMatchObject({ path: dir.path("abime.xlsx"), grid: null, layout: "none", candidates: [], templates: [] });
    const errors = broken!.errors as { code: string; message: string }[];
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe("corrupt");
    expect(errors[0]!.message).toMatch(/\/abime\.xlsx : fichier endommagé/);
    expect(out.stderr).toContain("abime.xlsx : fichier endommagé");
  });

  it("keeps stdout a single JSON document even when a file cannot be read", async () => {
    const out = await grille(["check", dir.path("absent.xlsx"), "--json"]);
    expect(out.code).toBe(2);
    expect(jsonOf(out).files[0]!.errors).toEqual([{ code: "not-found", message: `${dir.path("absent.xlsx")} : fichier introuvable. Vérifiez le nom et le dossier du fichier.` }]);
    expect(out.stderr).toContain("absent.xlsx : fichier introuvable");
  });
});

describe("grille check, exit codes", () => {
  it("is 0 when every candidate is complete", async () => {
    const out = await grille(["check", dir.path("complete.xlsx")]);
    expect(out.stdout).toContain("Bilan : 1 fichier, 1 candidat, 1 complet, 0 incomplet.");
    expect(out.code).toBe(0);
  });

  it("is 1 when a file holds no grid", async () => {
    const out = await grille(["check", dir.path("courses.xlsx")]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("Aucune grille reconnue dans ce classeur");
    const doc = jsonOf(await grille(["check", dir.path("courses.xlsx"), "--json"]));
    expect(doc.files[0]).toMatchObject({ grid: null, layout: "none", candidates: [], errors: [] });
  });

  it("is 2 when an input cannot be read, whatever the other files say", async () => {
    const out = await grille(["check", dir.path("complete.xlsx"), dir.path("abime.xlsx")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/abime\.xlsx : fichier endommagé ou incomplet/);
    expect(out.stdout).toContain("abime.xlsx : illisible");
    expect(out.stdout).toContain("1 fichier illisible");
  });

  it("is 2 for a wrong command line, with a French message", async () => {
    const out = await grille(["check", "--nimporte", dir.path("complete.xlsx")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("erreur : option inconnue « --nimporte »");
  });
});

describe("grille check on folders", () => {
  beforeAll(async () => {
    mkdirSync(dir.path("ccf", "terminale", ".cache"), { recursive: true });
    await aWorkbook().sheet("Alice", (s) => e31Sheet(s, { name: "MARTIN Alice", mark: 15 })).toFile(dir.path("ccf", "a.xlsx"));
    await aWorkbook().sheet("Bob", (s) => e31Sheet(s, { name: "DURAND Bob", levels: { "1.1": "M", "1.2": null, "1.3": "E" } })).toFile(dir.path("ccf", "terminale", "b.xlsx"));
    writeFileSync(dir.path("ccf", "~$a.xlsx"), "verrou d'Excel");
    writeFileSync(dir.path("ccf", "a.xlsx.bak"), "sauvegarde");
    writeFileSync(dir.path("ccf", "a.bak.xlsx"), "sauvegarde");
    writeFileSync(dir.path("ccf", "terminale", ".cache", "c.xlsx"), "caché");
    writeFileSync(dir.path("ccf", "notes.txt"), "rien");
    mkdirSync(dir.path("vide"));
  });

  it("checks every workbook inside, recursively, skipping Excel's lock files and backups", async () => {
    const out = await grille(["check", dir.path("ccf"), "--json"]);
    expect(jsonOf(out).files.map((f) => f.path)).toEqual([dir.path("ccf", "a.xlsx"), dir.path("ccf", "terminale", "b.xlsx")]);
    expect(out.code).toBe(1);
  });

  it("says so when a folder holds no workbook (exit code 2)", async () => {
    const out = await grille(["check", dir.path("vide")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("aucun classeur .xlsx dans ce dossier");
  });
});

describe("progress bar", () => {
  beforeAll(async () => {
    const big = aWorkbook();
    for (let i = 1; i <= 21; i++) big.sheet(`Feuille ${i}`, (s) => s.cell("A1", `note ${i}`));
    await big.toFile(dir.path("grand.xlsx"));
  });

  it("shows on stderr for several files when stderr is a terminal", async () => {
    const stderr = new Collector(true, 100);
    await grille(["check", dir.path("complete.xlsx"), dir.path("classe.xlsx")], { stderr });
    expect(stderr.text).toContain("1/2");
    expect(stderr.text.endsWith(`\r${ESC}2K`)).toBe(true);
  });

  it("shows for a single workbook of more than 20 sheets", async () => {
    const stderr = new Collector(true, 100);
    await grille(["check", dir.path("grand.xlsx")], { stderr });
    expect(stderr.text).toContain("grand.xlsx (21 feuilles)");
  });

  it("stays silent when stderr is not a terminal, in --json mode, and for one small file", async () => {
    const piped = await grille(["check", dir.path("complete.xlsx"), dir.path("classe.xlsx")]);
    expect(piped.stderr).toBe("");
    const json = new Collector(true, 100);
    await grille(["check", dir.path("complete.xlsx"), dir.path("classe.xlsx"), "--json"], { stderr: json });
    expect(json.text).toBe("");
    const single = new Collector(true, 100);
    await grille(["check", dir.path("classe.xlsx")], { stderr: single });
    expect(single.text).toBe("");
  });
});
