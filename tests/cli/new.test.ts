import { existsSync, writeFileSync } from "node:fs";
import { parseNames } from "../../src/cli/csv";
import { grille, jsonOf, tempDir } from "./cli-support";

const dir = tempDir("new");

describe("class lists (CSV)", () => {
  it("reads one name per line", () => {
    expect(parseNames("DURAND Alice\nPETIT Bob\n\n  MARTIN Chloé  \n")).toEqual(["DURAND Alice", "PETIT Bob", "MARTIN Chloé"]);
  });

  it("reads « Nom;Prénom » and « Nom,Prénom » columns, with or without a header row", () => {
    expect(parseNames("Nom;Prénom\nDURAND;Alice\nPETIT;Bob\n")).toEqual(["DURAND Alice", "PETIT Bob"]);
    expect(parseNames("DURAND;Alice\r\nPETIT;Bob\r\n")).toEqual(["DURAND Alice", "PETIT Bob"]);
    expect(parseNames("NOM,PRENOM\nDURAND,Alice\n")).toEqual(["DURAND Alice"]);
    expect(parseNames("DURAND,Alice\nPETIT,Bob")).toEqual(["DURAND Alice", "PETIT Bob"]);
  });

  it("puts the last name first whatever the column order the header gives", () => {
    expect(parseNames("Prénom;Nom;Classe\nAlice;DURAND;TAGORA\n")).toEqual(["DURAND Alice"]);
    expect(parseNames("Élève;Classe\nDURAND Alice;TAGORA\n")).toEqual(["DURAND Alice"]);
  });

  it("strips a UTF-8 byte order mark and honours quoted fields", () => {
    expect(parseNames("\uFEFFNom;Prénom\nDURAND;Alice\n")).toEqual(["DURAND Alice"]);
    expect(parseNames('"DE LA FONTAINE";"Jean-Marie"\n"D\'ARC";"Jeanne ""la Pucelle"""\n')).toEqual(["DE LA FONTAINE Jean-Marie", 'D\'ARC Jeanne "la Pucelle"']);
  });

  it("gives nothing for an empty file", () => {
    expect(parseNames("\uFEFF\n\n")).toEqual([]);
    expect(parseNames("Nom;Prénom\n")).toEqual([]);
  });
});

describe("grille new", () => {
  it("creates a class workbook, one grid sheet per candidate of the CSV, that check then finds", async () => {
    writeFileSync(dir.path("classe.csv"), "\uFEFFNom;Prénom\r\nDURAND;Alice\r\nPETIT;Bob\r\nMARTIN;Chloé\r\n");
    const out = await grille(["new", "agora-e31", "--candidates", dir.path("classe.csv"), "-o", dir.path("e31.xlsx")]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`${dir.path("e31.xlsx")} écrit : grille agora-e31, 3 feuilles (DURAND Alice, PETIT Bob, MARTIN Chloé).`);

    const checked = await grille(["check", dir.path("e31.xlsx"), "--json"]);
    expect(checked.code).toBe(1);
    const file = jsonOf(checked).files[0]!;
    expect(file.grid).toBe("agora-e31");
    const candidates = file.candidates as { name: string; sheet: string; status: string; findings: { code: string; item: string | null }[] }[];
    expect(candidates.map((c) => [c.sheet, c.name, c.status])).toEqual([
      ["DURAND Alice", "DURAND Alice", "incomplete"],
      ["PETIT Bob", "PETIT Bob", "incomplete"],
      ["MARTIN Chloé", "MARTIN Chloé", "incomplete"],
    ]);
    for (const candidate of candidates) {
      expect(candidate.findings.filter((f) => f.code === "level-missing").map((f) => f.item)).toEqual(["1.1", "1.2", "1.3"]);
    }
  });

  it("binds a fresh grid's mark cell to the (empty) mark formula cell, the only warning being « note non saisie »", async () => {
    const checked = jsonOf(await grille(["check", dir.path("e31.xlsx"), "--json"]));
    const candidates = checked.files[0]!.candidates as { findings: { code: string; severity: string }[]; markCell: string | null }[];
    expect(candidates[0]!.markCell).toMatch(/^'DURAND Alice'!C\d+$/);
    expect(candidates[0]!.findings.filter((f) => f.severity === "warning").map((f) => f.code)).toEqual(["mark-missing"]);
  });

  it("writes a single blank grid without a class list, which check sees as a template", async () => {
    const out = await grille(["new", "mcv-e33", "-o", dir.path("e33.xlsx")]);
    expect(out.code).toBe(0);
    const file = jsonOf(await grille(["check", dir.path("e33.xlsx"), "--json"])).files[0]!;
    expect(file.grid).toBe("mcv-e33");
    expect(file.candidates).toEqual([]);
    expect(file.templates).toEqual(["Grille E33"]);
  });

  it("refuses an unknown grid id, listing the ids (exit 2)", async () => {
    const out = await grille(["new", "agora-e99", "-o", dir.path("x.xlsx")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("Grille inconnue : « agora-e99 ». Grilles disponibles : agora-e31, agora-pfmp, cqp-agc, mcv-e33");
    expect(existsSync(dir.path("x.xlsx"))).toBe(false);
  });

  it("refuses a missing or empty class list, and an existing output without --force", async () => {
    const missing = await grille(["new", "agora-e31", "--candidates", dir.path("absent.csv"), "-o", dir.path("y.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("absent.csv : lecture de la liste des candidats impossible (ENOENT).");
    writeFileSync(dir.path("vide.csv"), "Nom;Prénom\n");
    const empty = await grille(["new", "agora-e31", "--candidates", dir.path("vide.csv"), "-o", dir.path("y.xlsx")]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("vide.csv : aucun nom de candidat dans ce fichier.");
    const existing = await grille(["new", "agora-e31", "-o", dir.path("e33.xlsx")]);
    expect(existing.code).toBe(2);
    expect(existing.stderr).toContain("existe déjà");
  });

  it("requires -o, in French", async () => {
    const out = await grille(["new", "agora-e31"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("erreur : option obligatoire manquante « -o, --output <sortie.xlsx> »");
  });
});
