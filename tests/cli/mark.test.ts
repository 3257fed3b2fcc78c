import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Workbook } from "exceljs";
import { readXlsx } from "../../src/hosts/xlsx";
import { parseA1 } from "../../src/recognition/snapshot/cells";
import { cellAt, type WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";
import { grille, jsonOf, tempDir } from "./cli-support";

const dir = tempDir("mark");

/** Alice: complete, mark cell empty; Bob: level missing; Chloé: typed 12, proposed 15. */
const aClass = () =>
  aWorkbook()
    .sheet("Alice", (s) => e31Sheet(s, { name: "MARTIN Alice" }))
    .sheet("Bob", (s) => e31Sheet(s, { name: "DURAND Bob", levels: { "1.1": "M", "1.2": null, "1.3": "E" } }))
    .sheet("Chloé", (s) => e31Sheet(s, { name: "PETIT Chloé", mark: 12 }));

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  const read = await readXlsx(file);
  if (!read.ok) throw new Error(read.error.message);
  return read.snapshot;
}

const valueAt = (snapshot: WorkbookSnapshot, sheet: string, address: string) => {
  const found = snapshot.sheets.find((s) => s.name === sheet)!;
  const { row, col } = parseA1(address)!;
  return cellAt(found, row, col);
};

/** The mark cell of each candidate, as `check --json` reports it: « 'Chloé'!C38 » → ["Chloé", "C38"]. */
async function markCells(file: string): Promise<Record<string, [string, string]>> {
  const doc = jsonOf(await grille(["check", file, "--json"]));
  const candidates = doc.files[0]!.candidates as { sheet: string; markCell: string }[];
  return Object.fromEntries(candidates.map((c) => [c.sheet, [c.sheet, c.markCell.slice(c.markCell.lastIndexOf("!") + 1)]]));
}

describe("grille mark -o", () => {
  const input = () => dir.path("classe.xlsx");
  const output = () => dir.path("classe-notee.xlsx");
  let before: Buffer;

  beforeAll(async () => {
    await aClass().toFile(input());
    before = readFileSync(input());
  });

  it("writes the proposed marks into the empty mark cells only, and a Synthèse sheet, in a copy", async () => {
    const out = await grille(["mark", input(), "-o", output()]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    const cells = await markCells(input());
    const written = await snapshotOf(output());
    expect(valueAt(written, ...cells.Alice!)).toBe(15);
    expect(valueAt(written, ...cells.Bob!)).toBeNull();
    expect(valueAt(written, ...cells["Chloé"]!)).toBe(12);
    const synthesis = written.sheets.find((s) => s.name === "Synthèse");
    const texts = synthesis?.cells.flat().map(String) ?? [];
    for (const name of ["MARTIN Alice", "DURAND Bob", "PETIT Chloé", "complète", "incomplète"]) expect(texts).toContain(name);

    expect(out.stdout).toContain(`${output()} écrit :`);
    expect(out.stdout).toContain(`  Alice, cellule ${cells.Alice![1]} ← 15`);
    expect(out.stdout).toContain("  feuille « Synthèse » ajoutée");
    expect(out.stdout).toContain("Notes déjà saisies, différentes de la note proposée, laissées telles quelles :");
    expect(out.stdout).toContain(`  Chloé, cellule ${cells["Chloé"]![1]} (PETIT Chloé) : saisie « 12 », proposée 15`);
    expect(out.stdout).toMatch(/Sans note écrite :\n {2}DURAND Bob : Note non calculable/);
  });

  it("leaves the input byte-identical", () => {
    expect(readFileSync(input()).equals(before)).toBe(true);
    expect(existsSync(`${input()}.bak`)).toBe(false);
  });

  it("gives a marked copy that checks as before, with the Synthèse sheet ignored", async () => {
    const doc = jsonOf(await grille(["check", output(), "--json"]));
    const file = doc.files[0]!;
    expect((file.candidates as { status: string }[]).map((c) => c.status)).toEqual(["complete", "incomplete", "complete"]);
    expect((file.ignored as { sheet: string }[]).map((i) => i.sheet)).toEqual(["Synthèse"]);
  });

  it("replaces an existing output only with --force, and then replaces the Synthèse sheet too", async () => {
    const refused = await grille(["mark", input(), "-o", output()]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${output()} existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.`);
    const again = dir.path("deux-fois.xlsx");
    await grille(["mark", output(), "-o", again]);
    const twice = await grille(["mark", output(), "-o", again, "--force"]);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toContain("feuille « Synthèse » remplacée");
  });

  it("refuses -o naming the input, however it is spelt", async () => {
    const spelt = path.join(path.dirname(input()), ".", "sous", "..", path.basename(input()));
    for (const target of [input(), spelt]) {
      const out = await grille(["mark", input(), "-o", target]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain("est le classeur d’entrée : Grille ne l’écrase pas");
    }
    expect(readFileSync(input()).equals(before)).toBe(true);
  });

  it("asks where to write when neither -o nor --in-place is given", async () => {
    const out = await grille(["mark", input()]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("Précisez où écrire : -o <sortie.xlsx>");
  });
});

describe("grille mark --in-place", () => {
  it("backs the original up as .bak, then writes the marks into the workbook itself", async () => {
    const file = dir.path("sur-place.xlsx");
    await aClass().toFile(file);
    const original = readFileSync(file);
    const cells = await markCells(file);
    const out = await grille(["mark", file, "--in-place"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`${file} modifié (l’original est sauvegardé dans ${file}.bak) :`);
    expect(readFileSync(`${file}.bak`).equals(original)).toBe(true);
    const marked = await snapshotOf(file);
    expect(valueAt(marked, ...cells.Alice!)).toBe(15);
    expect(marked.sheets.map((s) => s.name)).toContain("Synthèse");
    expect(readdirSync(path.dirname(file)).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("refuses --in-place with another output file", async () => {
    const file = dir.path("sur-place.xlsx");
    const out = await grille(["mark", file, "--in-place", "-o", dir.path("autre.xlsx")]);
    expect(out.code).toBe(2);
    expect(existsSync(dir.path("autre.xlsx"))).toBe(false);
  });
});

describe("grille mark refuses what it must not do", () => {
  it("writes nothing when a mark cell is on a protected sheet (conflict, exit 1)", async () => {
    const file = dir.path("protegee.xlsx");
    await aWorkbook()
      .sheet("Alice", (s) => e31Sheet(s, { name: "MARTIN Alice" }))
      .sheet("Bob", (s) => {
        e31Sheet(s, { name: "DURAND Bob" });
        s.protect();
      })
      .toFile(file);
    const out = await grille(["mark", file, "-o", dir.path("protegee-notee.xlsx")]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("Rien n’a été écrit, à cause de ces conflits :");
    expect(out.stderr).toContain("la feuille « Bob » est protégée");
    expect(existsSync(dir.path("protegee-notee.xlsx"))).toBe(false);
  });

  it("exits with 2 when the input cannot be read, and 1 when it holds no grid", async () => {
    writeFileSync(dir.path("abime.xlsx"), "pas un classeur");
    const broken = await grille(["mark", dir.path("abime.xlsx"), "-o", dir.path("x.xlsx")]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("abime.xlsx : fichier endommagé");
    await aWorkbook().sheet("Courses", (s) => s.row(1, ["Pain", "Lait"])).toFile(dir.path("courses.xlsx"));
    const none = await grille(["mark", dir.path("courses.xlsx"), "-o", dir.path("y.xlsx")]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("Aucune grille reconnue");
    expect(existsSync(dir.path("x.xlsx")) || existsSync(dir.path("y.xlsx"))).toBe(false);
  });
});


describe("grille mark on a workbook written by grille new", () => {
  const fresh = () => dir.path("nouvelle.xlsx");
  const filled = () => dir.path("nouvelle-remplie.xlsx");

  /** Crosses « X » in the first level column (Novice) of every item, where level-missing findings point. */
  beforeAll(async () => {
    writeFileSync(dir.path("noms.csv"), "DURAND Alice\n");
    await grille(["new", "agora-e31", "--candidates", dir.path("noms.csv"), "-o", fresh()]);
    const doc = jsonOf(await grille(["check", fresh(), "--json"]));
    const cells = (doc.files[0]!.candidates as { findings: { code: string; cell: string }[] }[])[0]!.findings.filter((f) => f.code === "level-missing").map((f) => f.cell);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(fresh());
    for (const cell of cells) workbook.getWorksheet("DURAND Alice")!.getCell(cell.slice(cell.lastIndexOf("!") + 1)).value = "X";
    await workbook.xlsx.writeFile(filled());
  });

  it("proposes the mark of the crosses", async () => {
    const doc = jsonOf(await grille(["check", filled(), "--json"]));
    expect((doc.files[0]!.candidates as { mark: { value: number } }[])[0]!.mark.value).toBe(5);
  });

  // A sheet written by newGridPlan leaves the official mark cell to the commission and proposes the mark
  // beside the grid with a formula: mark writes the accepted mark in the official cell, not over the formula.
  it("writes the mark in the official cell and keeps Grille's proposal formula beside it", async () => {
    await grille(["mark", filled(), "-o", dir.path("nouvelle-notee.xlsx")]);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(dir.path("nouvelle-notee.xlsx"));
    const doc = jsonOf(await grille(["check", filled(), "--json"]));
    const markCell = (doc.files[0]!.candidates as { markCell: string }[])[0]!.markCell;
    const sheet = workbook.getWorksheet("DURAND Alice")!;
    expect(sheet.getCell(markCell.slice(markCell.lastIndexOf("!") + 1)).value).toBe(5);
    const proposal = workbook.definedNames.model.find((n) => n.name.endsWith("_proposition"))!.ranges[0]!;
    expect(sheet.getCell(proposal.slice(proposal.lastIndexOf("!") + 1).replace(/\$/g, "")).formula).toMatch(/^IF\(COUNT\(/);
  });
});
