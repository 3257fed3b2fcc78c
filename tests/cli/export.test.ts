import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";
import { grille, jsonOf, tempDir } from "./cli-support";

/** `grille export`: the commission's sheets (.docx, .xlsx, one per candidate) and the results CSV; PDF in export-libreoffice.test.ts. */

const EXAMPLE = path.resolve(__dirname, "../../examples/classe-e31.xlsx");
const dir = tempDir("export");

interface CandidateJson {
  name: string | null;
  status: string;
  findings: { code: string; severity: string }[];
  mark: { value: number | null } | null;
}

/** What `grille check` says of each candidate, in order: enough to compare two files' results. */
async function results(file: string): Promise<unknown[]> {
  const out = await grille(["check", file, "--json"]);
  const candidates = jsonOf(out).files[0]!.candidates as CandidateJson[];
  return candidates.map((c) => ({ name: c.name, status: c.status, mark: c.mark?.value ?? null, findings: c.findings.map((f) => `${f.severity}:${f.code}`) }));
}

let source: unknown[];
beforeAll(async () => {
  source = await results(EXAMPLE);
});

describe("grille export to Word and Excel", () => {
  it("writes one .docx for the class that `grille check` reads back with the class's results; exit 1 as some are incomplete", async () => {
    const out = await grille(["export", EXAMPLE, "-o", dir.path("classe.docx")]);
    expect(out.stderr).toBe("");
    expect(out.stdout).toContain("6 fiches pour la commission");
    expect(out.stdout).toContain("2 candidats incomplets, exportés avec leurs points à voir : PETIT Lucas, MOREAU Chloé");
    expect(out.code).toBe(1);
    expect(await results(dir.path("classe.docx"))).toEqual(source);
  });

  it("writes one .xlsx (a sheet per candidate) read back with the same results", async () => {
    const out = await grille(["export", EXAMPLE, "--format", "xlsx", "-o", dir.path("classe.xlsx")]);
    expect(out.code).toBe(1);
    expect(await results(dir.path("classe.xlsx"))).toEqual(source);
  });

  it("with --split, writes one file per candidate, named after them, each read back as that candidate", async () => {
    const folder = dir.path("fiches");
    const out = await grille(["export", EXAMPLE, "--split", "-o", folder]);
    expect(out.code).toBe(1);
    const files = readdirSync(folder).sort((a, b) => a.localeCompare(b, "fr"));
    expect(files).toEqual(["BERNARD Inès.docx", "DUPONT Léa.docx", "LEFEBVRE Nathan.docx", "MARTIN Hugo.docx", "MOREAU Chloé.docx", "PETIT Lucas.docx"]);
    const lefebvre = await results(path.join(folder, "LEFEBVRE Nathan.docx"));
    expect(lefebvre).toEqual([source[5]]);
  });

  it("gives candidates of the same name, or with characters a file system refuses, distinct safe files", async () => {
    const input = dir.path("homonymes.xlsx");
    await aWorkbook()
      .sheet("A", (s) => e31Sheet(s, { name: "Martin Léa" }))
      .sheet("B", (s) => e31Sheet(s, { name: "MARTIN Léa" }))
      .sheet("C", (s) => e31Sheet(s, { name: "Dupont/Ana: 2*" }))
      .toFile(input);
    const out = await grille(["export", input, "--split", "--format", "xlsx", "-o", dir.path("homonymes")]);
    expect(out.code).toBe(0);
    expect(readdirSync(dir.path("homonymes")).sort()).toEqual(["Dupont Ana 2.xlsx", "MARTIN Léa (2).xlsx", "Martin Léa.xlsx"]);
  });

  it("never writes over the input, and replaces an existing output only with --force", async () => {
    const input = dir.path("entree.xlsx");
    copyFileSync(EXAMPLE, input);
    const before = statSync(input).mtimeMs;
    const over = await grille(["export", input, "--format", "xlsx", "-o", input]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("Grille ne l’écrase jamais");
    expect(statSync(input).mtimeMs).toBe(before);

    writeFileSync(dir.path("deja.docx"), "mine");
    const exists = await grille(["export", input, "-o", dir.path("deja.docx")]);
    expect(exists.code).toBe(2);
    expect(readFileSync(dir.path("deja.docx"), "utf8")).toBe("mine");
    expect((await grille(["export", input, "-o", dir.path("deja.docx"), "--force"])).code).toBe(1);
  });

  it("refuses an output whose extension is not the format's, and --split onto a file", async () => {
    const wrong = await grille(["export", EXAMPLE, "--format", "pdf", "-o", dir.path("x.docx")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("doit finir par .pdf");
    writeFileSync(dir.path("un-fichier"), "");
    const split = await grille(["export", EXAMPLE, "--split", "-o", dir.path("un-fichier")]);
    expect(split.code).toBe(2);
    expect(split.stderr).toContain("-o nomme un dossier");
    const format = await grille(["export", EXAMPLE, "--format", "odt", "-o", dir.path("x.odt")]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("docx, pdf, xlsx, csv");
  });

  it("says so with exit 2 when the input cannot be read, with exit 1 when it holds no grid", async () => {
    const missing = await grille(["export", dir.path("absent.xlsx"), "-o", dir.path("a.docx")]);
    expect(missing.code).toBe(2);
    expect(existsSync(dir.path("a.docx"))).toBe(false);
    const empty = dir.path("sans-grille.xlsx");
    await aWorkbook()
      .sheet("Notes", (s) => s.cell("A1", "Liste de courses").cell("A2", "Pain"))
      .toFile(empty);
    const none = await grille(["export", empty, "-o", dir.path("b.docx")]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("Aucune grille reconnue");
  });
});

describe("grille export to PDF without LibreOffice", () => {
  it("says how to install it, exit 2, nothing written", async () => {
    const out = await grille(["export", EXAMPLE, "-o", dir.path("c.pdf")], { env: { LANG: "fr_FR.UTF-8", SOFFICE_PATH: dir.path("no-soffice") } });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("LibreOffice n’est pas installé");
    expect(out.stderr).toContain("apt-get install libreoffice-writer-nogui");
    expect(existsSync(dir.path("c.pdf"))).toBe(false);
  });

  it("in English under an English locale", async () => {
    const out = await grille(["export", EXAMPLE, "-o", dir.path("c.pdf")], { env: { LANG: "en_GB.UTF-8", SOFFICE_PATH: dir.path("no-soffice") } });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("LibreOffice is not installed");
  });
});

describe("grille export to CSV", () => {
  it("writes the class's results for French Excel", async () => {
    const out = await grille(["export", EXAMPLE, "-o", dir.path("resultats.csv")]);
    expect(out.code).toBe(1);
    const bytes = readFileSync(dir.path("resultats.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toMatch(/^Nom;Numéro d'inscription;Note proposée;Note saisie;Statut;/);
    expect(lines[5]).toMatch(/^MOREAU Chloé;02612345682;13,5;;incomplète;1;2;/);
    expect((await grille(["export", EXAMPLE, "--split", "--format", "csv", "-o", dir.path("x")])).code).toBe(2);
  });
});
