import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { readDocx } from "../../src/hosts/docx";
import { tableCells } from "../../src/hosts/ooxml/body";
import { buildXml, child, childrenOf, element, findAllDeep, is, parseXml, textNode, type XmlNode } from "../../src/hosts/ooxml/xml";
import { aDocument, e31Document, e33Document } from "../support/docx-builder";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";
import { grille, jsonOf, tempDir } from "./cli-support";

/** `grille check | mark | new` on Word documents: the same JSON and exit codes as for workbooks. */

const dir = tempDir("docx");

interface FindingJson {
  code: string;
  cell: string | null;
  at?: string | null;
  location?: unknown;
}
interface CandidateJson {
  name: string | null;
  sheet: string;
  status: string;
  findings: FindingJson[];
  mark: { value: number } | null;
  markCell: string | null;
}

const candidatesOf = (file: Record<string, unknown>) => file.candidates as CandidateJson[];

async function textOf(file: string): Promise<(string | string[][])[]> {
  const read = await readDocx(file);
  if (!read.ok) throw new Error(read.error.message);
  return read.snapshot.blocks.map((b) => (b.kind === "paragraph" ? b.text : b.rows.map((r) => r.cells.map((c) => c.text))));
}

/**
 * What a teacher does in Word to a grid Grille inserted: types in its cells (X in level cells, names,
 * appraisals, inside their content controls) and names the panel's members in the rows under its label.
 */
async function teacherFills(file: string, typed: Record<string, string>, panel: [string, string][]): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = parseXml(await zip.file("word/document.xml")!.async("string"));
  const type = (paragraph: XmlNode, text: string) => {
    const content = childrenOf(paragraph);
    content.splice(0, content.length, ...content.filter((n) => is(n, "w:pPr")), element("w:r", {}, [element("w:t", { "xml:space": "preserve" }, [textNode(text)])]));
  };
  for (const sdt of findAllDeep(xml, "w:sdt")) {
    const tag = (child(child(sdt, "w:sdtPr") ?? {}, "w:tag")?.[":@"] as Record<string, string> | undefined)?.["@_w:val"];
    const text = tag === undefined ? undefined : typed[tag];
    const paragraph = childrenOf(child(sdt, "w:sdtContent") ?? {}).find((n) => is(n, "w:p"));
    if (text !== undefined && paragraph) type(paragraph, text);
  }
  for (const table of findAllDeep(xml, "w:tbl")) {
    const rows = tableCells(table);
    const header = rows.findIndex((cells) => JSON.stringify(cells[0] ?? {}).includes("Membres de la commission"));
    if (header < 0) continue;
    panel.forEach(([name, role], i) => {
      const cells = rows[header + 1 + i]!;
      type(childrenOf(cells[0]!).find((n) => is(n, "w:p"))!, name);
      type(childrenOf(cells[1]!).find((n) => is(n, "w:p"))!, role);
    });
  }
  zip.file("word/document.xml", buildXml(xml), { createFolders: false });
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("grille check on a .docx", () => {
  beforeAll(async () => {
    await e31Document(aDocument()).toFile(dir.path("alice.docx"));
    await e31Document(aDocument(), { name: "DURAND Bob", levels: { "1.1": "M", "1.2": null, "1.3": "E" } }).toFile(dir.path("bob.docx"));
  });

  it("gives the report workbooks give, findings placed as « tableau 1, ligne 4, colonne 3 »", async () => {
    const out = await grille(["check", dir.path("alice.docx"), dir.path("bob.docx"), "--json"]);
    expect(out.code).toBe(1);
    const [alice, bob] = jsonOf(out).files;
    expect(alice).toMatchObject({ grid: "agora-e31", layout: "sheet-per-candidate", templates: [], errors: [], notes: [] });
    expect(candidatesOf(alice!).map((c) => [c.name, c.status, c.mark?.value])).toEqual([["MARTIN Alice", "complete", 15]]);
    expect(candidatesOf(alice!)[0]!.markCell).toMatch(/^paragraphe \d+$/);
    const missing = candidatesOf(bob!)[0]!.findings[0]!;
    expect(missing).toMatchObject({ code: "level-missing", cell: "tableau 1, ligne 4, colonne 3", location: { kind: "table", table: 1, row: 4, cell: 2, column: 3 } });
    expect(missing.at).toMatch(/^bob\.docx!C\d+$/);
  });

  it("prints the places in the teacher's language", async () => {
    const fr = await grille(["check", dir.path("bob.docx")]);
    expect(fr.stdout).toContain("✖ tableau 1, ligne 4, colonne 3  Niveau manquant : 1.2");
    const en = await grille(["check", dir.path("bob.docx"), "--json", "--lang", "en"]);
    expect(candidatesOf(jsonOf(en).files[0]!)[0]!.findings[0]!.cell).toBe("table 1, row 4, column 3");
  });

  it("exits 0 when every candidate is complete", async () => {
    expect((await grille(["check", dir.path("alice.docx")])).code).toBe(0);
  });

  it("reads folders mixing workbooks and Word documents, and skips Word's lock files and backups", async () => {
    mkdirSync(dir.path("ccf"));
    await aWorkbook()
      .sheet("Chloé", (s) => e31Sheet(s, { name: "PETIT Chloé" }))
      .toFile(dir.path("ccf", "classe.xlsx"));
    await e33Document(aDocument()).toFile(dir.path("ccf", "lea.docx"));
    writeFileSync(dir.path("ccf", "~$lea.docx"), "verrou");
    writeFileSync(dir.path("ccf", "lea.docx.bak"), "sauvegarde");
    const out = await grille(["check", dir.path("ccf"), "--json"]);
    const files = jsonOf(out).files;
    expect(files.map((f) => [f.path, f.grid])).toEqual([
      [dir.path("ccf", "classe.xlsx"), "agora-e31"],
      [dir.path("ccf", "lea.docx"), "mcv-e33"],
    ]);
    expect(out.code).toBe(0);
  });

  it("says why a file cannot be read, exit 2: a .doc, a damaged file", async () => {
    writeFileSync(dir.path("ancien.doc"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), Buffer.from("WordDocument", "utf16le")]));
    writeFileSync(dir.path("abime.docx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9]));
    const out = await grille(["check", dir.path("ancien.doc"), dir.path("abime.docx"), "--json"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("ancien.doc : format .doc (Word 97-2003) non pris en charge : enregistrez le document au format .docx");
    expect(jsonOf(out).files.map((f) => (f.errors as { code: string }[])[0]!.code)).toEqual(["doc-not-supported", "corrupt"]);
    const en = await grille(["check", dir.path("ancien.doc"), "--lang", "en"]);
    expect(en.stderr).toContain("ancien.doc: .doc (Word 97-2003) is not supported yet: save it as .docx and try again.".replace(" yet", ""));
  });

  it("a document without a grid: exit 1, said plainly", async () => {
    await aDocument().paragraph("Compte rendu de réunion").toFile(dir.path("prose.docx"));
    const out = await grille(["check", dir.path("prose.docx")]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("Aucune grille reconnue dans ce document.");
  });
});

describe("grille mark on a .docx", () => {
  const input = () => dir.path("notes.docx");

  beforeAll(async () => {
    await e33Document(aDocument()).toFile(input());
  });

  it("writes the mark into « Note : ……… / 20 » in a copy, leaving the input as it was", async () => {
    const before = readFileSync(input());
    const out = await grille(["mark", input(), "-o", dir.path("notes-notees.docx")]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/écrit :\n {2}paragraphe \d+ ← 15/);
    expect(readFileSync(input()).equals(before)).toBe(true);
    expect((await textOf(dir.path("notes-notees.docx"))).at(-1)).toBe("Note : 15 / 20");
    const check = jsonOf(await grille(["check", dir.path("notes-notees.docx"), "--json"]));
    expect(candidatesOf(check.files[0]!)[0]).toMatchObject({ status: "complete", findings: [] });
  });

  it("never replaces a different typed mark: lists it", async () => {
    await e33Document(aDocument(), { mark: "12" }).toFile(dir.path("saisie.docx"));
    const out = await grille(["mark", dir.path("saisie.docx"), "-o", dir.path("saisie-notee.docx")]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/paragraphe \d+ \(DUPONT Léa\) : saisie « 12 », proposée 15/);
    expect((await textOf(dir.path("saisie-notee.docx"))).at(-1)).toBe("Note : 12 / 20");
  });

  it("--in-place: the document itself, after a .bak copy", async () => {
    const file = dir.path("en-place.docx");
    await e33Document(aDocument()).toFile(file);
    const before = readFileSync(file);
    const out = await grille(["mark", file, "--in-place"]);
    expect(out.code).toBe(0);
    expect(readFileSync(`${file}.bak`).equals(before)).toBe(true);
    expect((await textOf(file)).at(-1)).toBe("Note : 15 / 20");
  });

  it("writes nothing for a file it cannot read: exit 2", async () => {
    writeFileSync(dir.path("vide.docx"), "");
    const out = await grille(["mark", dir.path("vide.docx"), "-o", dir.path("vide-notee.docx")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("vide.docx : le fichier est vide (0 octet)");
    expect(existsSync(dir.path("vide-notee.docx"))).toBe(false);
  });

  it("refuses an output that is not a .docx, writing nothing", async () => {
    const out = await grille(["mark", input(), "-o", dir.path("notes.xlsx")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("doit finir par .docx");
    expect(existsSync(dir.path("notes.xlsx"))).toBe(false);
  });
});

describe("grille new --format docx", () => {
  it("writes one blank grid: a template, not a candidate", async () => {
    const out = await grille(["new", "agora-e31", "--format", "docx", "-o", dir.path("vierge.docx")]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("vierge.docx écrit : grille agora-e31, un tableau vierge.");
    const check = jsonOf(await grille(["check", dir.path("vierge.docx"), "--json"]));
    expect(check.files[0]).toMatchObject({ grid: "agora-e31", candidates: [], templates: ["vierge.docx"] });
  });

  it("with --candidates, one table per candidate after a Heading 1 with the name, each on its own page", async () => {
    writeFileSync(dir.path("eleves.csv"), "MARTIN Alice\nPETIT Bruno\n");
    const out = await grille(["new", "mcv-e33", "--candidates", dir.path("eleves.csv"), "-o", dir.path("classe.docx")]);
    expect(out.code).toBe(0);
    const read = await readDocx(dir.path("classe.docx"));
    if (!read.ok) throw new Error(read.error.message);
    const headings = read.snapshot.blocks.filter((b) => b.kind === "paragraph" && b.heading === 1).map((b) => b.kind === "paragraph" && [b.text, b.pageBreakBefore ?? false]);
    expect(headings).toEqual([
      ["MARTIN Alice", false],
      ["PETIT Bruno", true],
    ]);
    // Per candidate, the form rows' table, the grid's table starting with the level header (repeated on
    // each page), the degrees of mastery under their own header, the appraisal's box, the mark's row, the panel's.
    const tables = read.snapshot.blocks.filter((b) => b.kind === "table");
    const sheet = ["Session :", "PROFIL", "1. Novice", "", "Note :", "Composition de la commission d'interrogation"];
    expect(tables.map((t) => t.kind === "table" && t.rows[0]!.cells[0]!.text)).toEqual([...sheet, ...sheet]);
    const check = jsonOf(await grille(["check", dir.path("classe.docx"), "--json"]));
    expect(candidatesOf(check.files[0]!).map((c) => [c.sheet, c.name, c.status])).toEqual([
      ["MARTIN Alice", "MARTIN Alice", "incomplete"],
      ["PETIT Bruno", "PETIT Bruno", "incomplete"],
    ]);
  });

  it("round trip: new, filled in Word as a teacher would, checked complete with 15/20, then marked", async () => {
    const file = dir.path("e31.docx");
    expect((await grille(["new", "agora-e31", "-o", file])).code).toBe(0);
    const typed = {
      "grille:agora-e31:1.1:M": "X",
      "grille:agora-e31:1.2:F": "x",
      "grille:agora-e31:1.3:E": "X",
      "grille:agora-e31:session": "2026",
      "grille:agora-e31:date": "12/05/2026",
      "grille:agora-e31:establishment": "Lycée Jean Moulin",
      "grille:agora-e31:candidate": "MARTIN Alice",
      "grille:agora-e31:registration": "02612345678",
      "grille:agora-e31:appraisal-activities": "Accueil soigné.",
      "grille:agora-e31:appraisal-pfmp": "Stagiaire sérieuse.",
    };
    await teacherFills(file, typed, [
      ["Mme DURAND Claire", "Professeure"],
      ["M. PETIT Marc", "Tuteur"],
    ]);
    const check = await grille(["check", file, "--json"]);
    expect(check.code).toBe(0);
    const alice = candidatesOf(jsonOf(check).files[0]!)[0]!;
    // Complete; the commission has not typed its mark yet: « note non saisie », a warning.
    expect(alice).toMatchObject({ name: "MARTIN Alice", status: "complete", findings: [{ code: "mark-missing", severity: "warning" }], mark: { value: 15 } });
    // The mark's cell is in the grid's table, the second (the first holds the form rows above the level header).
    expect(alice.markCell).toMatch(/^tableau 2, ligne \d+, colonne 3$/);

    const marked = dir.path("e31-notee.docx");
    const out = await grille(["mark", file, "-o", marked]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`${alice.markCell} ← 15`);
    const read = await readDocx(marked);
    expect(read.ok && read.snapshot.contentControls.find((c) => c.tag === "grille:agora-e31:mark")?.text).toBe("15");
    const again = jsonOf(await grille(["check", marked, "--json"]));
    expect(candidatesOf(again.files[0]!)[0]).toMatchObject({ status: "complete", findings: [] });
  });

  it("takes the format from the output's extension, and refuses a contradiction", async () => {
    expect((await grille(["new", "agora-pfmp", "-o", dir.path("suivi.docx")])).code).toBe(0);
    expect((await readDocx(dir.path("suivi.docx"))).ok).toBe(true);
    const wrong = await grille(["new", "agora-e31", "--format", "docx", "-o", dir.path("x.xlsx")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("doit finir par .docx");
    const bad = await grille(["new", "agora-e31", "--format", "pdf", "-o", dir.path("x.pdf")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("valeurs possibles : xlsx, docx");
  });
});
