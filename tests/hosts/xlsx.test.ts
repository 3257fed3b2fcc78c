import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { applyPlan as applyGated, BINDING_SHEET, readXlsx, readXlsxBuffer, storeBindingMap, workbookSnapshot, writeXlsx, writeXlsxInPlace } from "../../src/hosts/xlsx";
import type { CellInput, CellStyle, NewSheet, PlanChange, WritePlan } from "../../src/recognition/plans/plan";
import { gate } from "../../src/recognition/plans/gate";
import { PREVIEWED } from "../../src/recognition/plans/consent";
import { cellAt } from "../../src/recognition/snapshot/workbook";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import { parseA1 } from "../../src/recognition/snapshot/cells";
import { aWorkbook, cqpAssessorSheet, e31Sheet, e33Sheet, pfmpSheet, rowPerCandidateSheet, type Layout } from "../support/workbook-builder";

/** The .xlsx host as the command line drives it: the gate over the workbook as read, then the apply. */
const applyPlan = (workbook: Workbook, plan: WritePlan) => applyGated(workbook, gate(plan, workbookSnapshot(workbook).snapshot, PREVIEWED));

const at = (sheet: SheetSnapshot, address: string) => {
  const { row, col } = parseA1(address)!;
  return cellAt(sheet, row, col);
};

const sheetNamed = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot => {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

async function reread(workbook: Workbook): Promise<{ snapshot: WorkbookSnapshot; workbook: Workbook }> {
  const read = await readXlsxBuffer(Buffer.from(await workbook.xlsx.writeBuffer()), "relu.xlsx");
  if (!read.ok) throw new Error(read.error.message);
  return read;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "grille-xlsx-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reading a workbook into a snapshot", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await aWorkbook()
      .sheet("Valeurs", (s) =>
        s
          .cell("A1", "Nom")
          .cell("B1", "MARTIN Alice")
          .row(2, ["Oui", true, false, 12.5], "A")
          .formula("D5", "=SUM(D2:D4)", 12.5)
          .formula("D7", "=NOW()")
          .formula("E5", "=D5*2", 25)
          .sharedFormula("E6", "E5", 30)
          .formula("F5", "=D5*0", 0)
          .error("D6", "#N/A")
          .percent("E8", 0.7)
          .date("B9", new Date(Date.UTC(2026, 4, 12)))
          .richText("A10", [{ text: "Appréciation ", bold: true }, { text: "globale" }])
          .hyperlink("A11", "Référentiel", "https://eduscol.education.fr")
          .cell("A12", "Titre fusionné")
          .merge("A12:C13")
          .hideRow(4)
          .hideColumn("C")
          .name("grille_note", "D5"),
      )
      .sheet("Protégée", (s) => s.cell("A1", "Ne pas modifier").protect())
      .sheet("Modèle caché", (s) => s.cell("A1", "gabarit").hide())
      .sheet("Candidat 1", (s) => s.cell("B2", "x").name("grille_1_1", "B2"))
      .toSnapshot();
  });

  it("keeps text, numbers and booleans where they were typed, row-major from A1", () => {
    const sheet = sheetNamed(snapshot, "Valeurs");
    expect(sheet.cells[0]?.slice(0, 2)).toEqual(["Nom", "MARTIN Alice"]);
    expect(sheet.cells[1]?.slice(0, 4)).toEqual(["Oui", true, false, 12.5]);
    expect(at(sheet, "Z99")).toBeNull();
  });

  it("gives dense rows up to the last used column, null for empty cells", () => {
    const sheet = sheetNamed(snapshot, "Valeurs");
    const width = sheet.cells[0]!.length;
    expect(width).toBe(6);
    expect(sheet.cells.every((row) => row.length === width)).toBe(true);
    expect(sheet.cells[2]).toEqual([null, null, null, null, null, null]);
  });

  it("reads formulas as their cached result, shared formulas too, and null when never calculated", () => {
    const sheet = sheetNamed(snapshot, "Valeurs");
    expect(at(sheet, "D5")).toBe(12.5);
    expect(at(sheet, "E5")).toBe(25);
    expect(at(sheet, "E6")).toBe(30);
    expect(at(sheet, "D7")).toBeNull();
    // ExcelJS 4.4 drops a cached 0 from cell.value: the stored value is read instead.
    expect(at(sheet, "F5")).toBe(0);
    expect(sheet.formulaCells).toEqual(expect.arrayContaining(["D5", "E5", "E6", "D7", "F5"]));
    expect(sheet.formulaCells).not.toContain("D2");
  });

  it("reads error values as { error }", () => {
    expect(at(sheetNamed(snapshot, "Valeurs"), "D6")).toEqual({ error: "#N/A" });
  });

  it("reads rich text and hyperlinks as their text, dates as yyyy-mm-dd", () => {
    const sheet = sheetNamed(snapshot, "Valeurs");
    expect(at(sheet, "A10")).toBe("Appréciation globale");
    expect(at(sheet, "A11")).toBe("Référentiel");
    expect(at(sheet, "B9")).toBe("2026-05-12");
  });

  it("keeps the formats that matter: percentages and dates", () => {
    const sheet = sheetNamed(snapshot, "Valeurs");
    expect(at(sheet, "E8")).toBe(0.7);
    expect(sheet.formats).toEqual({ E8: "0%", B9: "dd/mm/yyyy" });
  });

  it("gives merged areas 0-based and inclusive, with the value in the top-left cell only", () => {
    const sheet = sheetNamed(snapshot, "Valeurs");
    expect(sheet.merges).toEqual([{ top: 11, left: 0, bottom: 12, right: 2 }]);
    expect(at(sheet, "A12")).toBe("Titre fusionné");
    expect(at(sheet, "B12")).toBeNull();
    expect(at(sheet, "C13")).toBeNull();
  });

  it("lists hidden rows and columns, 0-based", () => {
    const sheet = sheetNamed(snapshot, "Valeurs");
    expect(sheet.hiddenRows).toEqual([3]);
    expect(sheet.hiddenColumns).toEqual([2]);
  });

  it("flags protected and hidden sheets", () => {
    expect(sheetNamed(snapshot, "Protégée").protected).toBe(true);
    expect(sheetNamed(snapshot, "Valeurs").protected).toBe(false);
    expect(sheetNamed(snapshot, "Modèle caché").hidden).toBe(true);
    expect(sheetNamed(snapshot, "Valeurs").hidden).toBeUndefined();
  });

  it("lists workbook names with references as Excel writes them", () => {
    expect(snapshot.names).toEqual(
      expect.arrayContaining([
        { name: "grille_note", ref: "Valeurs!$D$5" },
        { name: "grille_1_1", ref: "'Candidat 1'!$B$2" },
      ]),
    );
  });

  it("keeps the sheets in tab order, without a binding map when none was stored", () => {
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Valeurs", "Protégée", "Modèle caché", "Candidat 1"]);
    expect(snapshot.bindingMap).toBeUndefined();
  });
});

describe("the official layouts survive a round trip", () => {
  it("E31: labels, crosses in the level columns, merged activity rows, identity values to the right", async () => {
    let layout: Layout | undefined;
    const snapshot = await aWorkbook()
      .sheet("Alice", (s) => (layout = e31Sheet(s, { levels: { "1.1": "M", "1.2": ["F", "M"], "1.3": null }, glyph: "x", mark: 13.5 })))
      .toSnapshot();
    const sheet = sheetNamed(snapshot, "Alice");
    expect(at(sheet, layout!.items["1.1"]!)).toMatch(/^1\.1 Préparation/);
    expect(at(sheet, layout!.levelCells["1.1"]!.M!)).toBe("x");
    expect(at(sheet, layout!.levelCells["1.1"]!.N!)).toBeNull();
    expect(at(sheet, layout!.levelCells["1.2"]!.F!)).toBe("x");
    expect(Object.values(layout!.levelCells["1.3"]!).map((a) => at(sheet, a))).toEqual([null, null, null, null]);
    expect(at(sheet, layout!.fields.candidate!.label)).toBe("Nom et prénom de la candidate ou du candidat :");
    expect(at(sheet, layout!.fields.candidate!.value)).toBe("MARTIN Alice");
    expect(at(sheet, layout!.fields.mark!.value)).toBe(13.5);
    const itemRow = parseA1(layout!.items["1.1"]!)!.row;
    expect(sheet.merges).toContainEqual({ top: itemRow, left: 0, bottom: itemRow, right: 1 });
    expect(String(at(sheet, `A${itemRow + 2}`))).toMatch(/^Compétences\n· Identifier/);
  });

  it("E33, PFMP, CQP and a tableau de suivi read back with their values", async () => {
    const layouts: Record<string, Layout> = {};
    const snapshot = await aWorkbook()
      .sheet("E33", (s) => (layouts.e33 = e33Sheet(s, { levels: { traiter: "4" }, noDigitalPresentation: true })))
      .sheet("PFMP", (s) => (layouts.pfmp = pfmpSheet(s, { ticks: { "1.1.1": ["P1", "P3"] } })))
      .sheet("CQP", (s) => (layouts.cqp = cqpAssessorSheet(s, { assessor: "Mme LEROY", candidate: "NOEL Jade", percents: { "obs-1": 70 }, asPercentFormat: true })))
      .sheet("Suivi", (s) => rowPerCandidateSheet(s, { gridId: "agora-e31", rows: [{ name: "MARTIN Alice", levels: { "1.1": "M", "1.2": "E", "1.3": null }, mark: 15 }] }))
      .toSnapshot();
    expect(at(sheetNamed(snapshot, "E33"), layouts.e33!.levelCells.traiter!["4"]!)).toBe("X");
    expect(at(sheetNamed(snapshot, "E33"), layouts.e33!.flags.noDigitalPresentation!)).toBe("X");
    expect(at(sheetNamed(snapshot, "PFMP"), layouts.pfmp!.levelCells["1.1.1"]!.P3!)).toBe("X");
    const cqp = sheetNamed(snapshot, "CQP");
    const percentCell = layouts.cqp!.levelCells["obs-1"]!.percent!;
    expect(at(cqp, percentCell)).toBe(0.7);
    expect(cqp.formats?.[percentCell]).toBe("0%");
    expect(sheetNamed(snapshot, "Suivi").cells.slice(0, 2)).toEqual([
      ["Nom", "Prénom", "1.1", "1.2", "1.3", "Note /20"],
      ["MARTIN", "Alice", "M", "E", null, 15],
    ]);
  });
});

describe("bad inputs are errors, never exceptions", () => {
  const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  /** An OLE2 header and a directory sector naming the given streams: enough for detection. */
  const ole2With = (...streams: string[]) =>
    Buffer.concat([OLE2, Buffer.alloc(504), ...streams.map((s) => Buffer.concat([Buffer.from(s, "utf16le"), Buffer.alloc(64 - 2 * s.length)])), Buffer.alloc(512)]);

  async function zipOf(files: Record<string, string>, mimetype?: string): Promise<Buffer> {
    const zip = new JSZip();
    if (mimetype) zip.file("mimetype", mimetype, { compression: "STORE" });
    for (const [name, content] of Object.entries(files)) zip.file(name, content);
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  async function expectError(buf: Buffer, name: string, code: string, mentions?: RegExp) {
    const read = await readXlsxBuffer(buf, name);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe(code);
    expect(read.error.message.startsWith(`${name} : `)).toBe(true);
    if (mentions) expect(read.error.message).toMatch(mentions);
  }

  it("random bytes are a corrupt file", async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    await expectError(bytes, "notes.xlsx", "corrupt", /endommagé/);
  });

  it("a truncated .xlsx is a corrupt file", async () => {
    const full = await aWorkbook()
      .sheet("Alice", (s) => e31Sheet(s))
      .toBuffer();
    await expectError(full.subarray(0, Math.floor(full.length / 2)), "classe.xlsx", "corrupt");
    await expectError(full.subarray(0, 100), "classe.xlsx", "corrupt");
  });

  it("a zip without a workbook, or a damaged workbook part, is a corrupt file", async () => {
    await expectError(await zipOf({ "readme.txt": "bonjour" }), "archive.xlsx", "corrupt");
    await expectError(await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<pas du xml" }), "abîmé.xlsx", "corrupt");
  });

  it("a zero-byte file is a corrupt file", async () => {
    await expectError(Buffer.alloc(0), "vide.xlsx", "corrupt", /0 octet/);
  });

  it("an encrypted package is a password-protected workbook, whatever its extension", async () => {
    await expectError(ole2With("EncryptionInfo", "EncryptedPackage"), "classe.xlsx", "password-protected", /mot de passe.*Retirez le mot de passe/);
  });

  it("other OLE2 files are old .xls workbooks", async () => {
    await expectError(ole2With("Workbook", "SummaryInformation"), "classe.xlsx", "xls-not-supported", /\.xls \(Excel 97-2003\).*enregistrez le classeur au format \.xlsx/);
  });

  it("an OpenDocument spreadsheet is .ods, not supported yet", async () => {
    const ods = await zipOf({ "content.xml": "<office:document-content/>", "META-INF/manifest.xml": "<manifest/>" }, "application/vnd.oasis.opendocument.spreadsheet");
    await expectError(ods, "classe.xlsx", "ods-not-supported", /\.ods/);
  });

  it("a Word document or a PDF is not a workbook", async () => {
    await expectError(await zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }), "bilan.xlsx", "not-a-workbook", /Word/);
    await expectError(Buffer.from("%PDF-1.7\n…"), "grille.pdf", "not-a-workbook", /PDF/);
  });

  it("a workbook with only empty sheets, or no sheet at all, is empty", async () => {
    await expectError(await aWorkbook().sheet("Feuil1").sheet("Feuil2").toBuffer(), "nouveau.xlsx", "empty", /aucune feuille remplie/);
    await expectError(Buffer.from(await new Workbook().xlsx.writeBuffer()), "rien.xlsx", "empty");
  });

  it("a missing file or a folder is reported by name", async () => {
    const missing = await readXlsx(path.join(dir, "absent.xlsx"));
    expect(missing).toEqual({ ok: false, error: { code: "not-found", message: expect.stringMatching(/\/absent\.xlsx : fichier introuvable/) } });
    const folder = await readXlsx(dir);
    expect(folder.ok || folder.error.code).toBe("not-a-workbook");
  });
});

describe("applying a write plan", () => {
  const cellChange = (sheet: string, address: string, value: CellInput, style?: CellStyle): PlanChange => ({
    kind: "cell",
    sheet,
    address,
    value,
    previous: null,
    ...(style && { style }),
    reason: { fr: "note proposée", en: "proposed mark" },
  });
  const plan = (...changes: PlanChange[]): WritePlan => ({ changes });

  const classWorkbook = () =>
    aWorkbook()
      .sheet("Alice", (s) => e31Sheet(s))
      .sheet("Synthèse", (s) => s.cell("A1", "ancienne synthèse"))
      .sheet("Bob", (s) => e31Sheet(s, { name: "DURAND Bob" }))
      .sheet("Verrouillée", (s) => s.cell("A1", "protégée").protect())
      .build();

  it("writes a value with its style, and a formula with its expected result", async () => {
    const workbook = classWorkbook();
    const result = applyPlan(
      workbook,
      plan(
        cellChange("Alice", "C38", 14.5, { bold: true, fill: "#FFF2CC", color: "#1F4E79", horizontal: "center", border: true, numberFormat: "0.0" }),
        cellChange("Alice", "H1", { formula: "=C38*2", result: 29 }),
      ),
    );
    expect(result).toEqual({ ok: true, written: 2 });
    const cell = workbook.getWorksheet("Alice")!.getCell("C38");
    expect(cell.font).toMatchObject({ bold: true, color: { argb: "FF1F4E79" } });
    expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(cell.alignment).toMatchObject({ horizontal: "center" });
    expect(cell.border?.top?.style).toBe("thin");
    const { snapshot, workbook: again } = await reread(workbook);
    expect(at(sheetNamed(snapshot, "Alice"), "C38")).toBe(14.5);
    expect(at(sheetNamed(snapshot, "Alice"), "H1")).toBe(29);
    expect(again.getWorksheet("Alice")!.getCell("H1").value).toMatchObject({ formula: "C38*2" });
    expect(again.getWorksheet("Alice")!.getCell("C38").numFmt).toBe("0.0");
  });

  it("defines a workbook name, replacing one of the same name", async () => {
    const workbook = classWorkbook();
    expect(applyPlan(workbook, plan({ kind: "name", name: "grille_note", sheet: "Alice", address: "C37", previous: null })).ok).toBe(true);
    expect(applyPlan(workbook, plan({ kind: "name", name: "grille_note", sheet: "Alice", address: "C38", previous: "Alice!$C$37" })).ok).toBe(true);
    const { snapshot } = await reread(workbook);
    expect(snapshot.names.filter((n) => n.name === "grille_note")).toEqual([{ name: "grille_note", ref: "Alice!$C$38" }]);
  });

  const synthesis = (overrides: Partial<NewSheet> = {}): NewSheet => ({
    name: "Synthèse",
    cells: [
      { address: "A1", value: "Candidat", style: { bold: true } },
      { address: "B1", value: "Niveau" },
      { address: "A2", value: "MARTIN Alice" },
      { address: "B2", value: "M" },
      { address: "A4", value: "Total" },
    ],
    merges: ["A4:B4"],
    columnWidths: [30, 12],
    validations: [{ range: "B2:B40", values: ["N", "F", "M", "E"], prompt: "Palier : N, F, M ou E" }],
    numberValidations: [{ range: "C2:C40", min: 0, max: 100, prompt: "Pourcentage de 0 à 100" }],
    rowHeights: [{ row: 4, height: 30 }],
    names: [{ name: "synthese_niveau", address: "B2" }],
    frozenRows: 1,
    landscape: true,
    ...overrides,
  });

  it("adds a new sheet with drop-downs, number checks, merges, sizes, names, frozen header and landscape page", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Alice").getCell("A1").value = "x";
    expect(applyPlan(workbook, plan({ kind: "sheet", sheet: synthesis(), replaces: false }))).toEqual({ ok: true, written: 1 });
    const { snapshot, workbook: again } = await reread(workbook);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Alice", "Synthèse"]);
    const sheet = sheetNamed(snapshot, "Synthèse");
    expect(sheet.cells.slice(0, 2)).toEqual([
      ["Candidat", "Niveau"],
      ["MARTIN Alice", "M"],
    ]);
    expect(sheet.merges).toEqual([{ top: 3, left: 0, bottom: 3, right: 1 }]);
    expect(snapshot.names).toContainEqual({ name: "synthese_niveau", ref: "'Synthèse'!$B$2" });
    const ws = again.getWorksheet("Synthèse")!;
    expect(ws.getCell("B40").dataValidation).toMatchObject({ type: "list", formulae: ['"N,F,M,E"'], prompt: "Palier : N, F, M ou E" });
    expect(ws.getCell("B41").dataValidation).toBeUndefined();
    expect(ws.getCell("C9").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100] });
    expect(ws.getRow(4).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1 });
    expect(ws.getColumn(1).width).toBe(30);
  });

  it("quotes and escapes drop-down values", async () => {
    const workbook = new Workbook();
    const sheet = synthesis({ validations: [{ range: "D2", values: ['Très "bien"', "Insuffisant"] }] });
    expect(applyPlan(workbook, plan({ kind: "sheet", sheet, replaces: false })).ok).toBe(true);
    const { workbook: again } = await reread(workbook);
    expect(again.getWorksheet("Synthèse")!.getCell("D2").dataValidation?.formulae).toEqual(['"Très ""bien"",Insuffisant"']);
  });

  it("replaces a sheet whole, at the same tab position", async () => {
    const workbook = classWorkbook();
    expect(applyPlan(workbook, plan({ kind: "sheet", sheet: synthesis(), replaces: true })).ok).toBe(true);
    const { snapshot } = await reread(workbook);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Alice", "Synthèse", "Bob", "Verrouillée"]);
    expect(at(sheetNamed(snapshot, "Synthèse"), "A1")).toBe("Candidat");
  });

  it("refuses the whole plan when a change targets a protected sheet, touching nothing", () => {
    const workbook = classWorkbook();
    const before = workbookSnapshot(workbook).snapshot;
    const result = applyPlan(workbook, plan(cellChange("Alice", "C38", 12), { kind: "sheet", sheet: synthesis({ name: "Nouvelle" }), replaces: false }, cellChange("Verrouillée", "B2", "X")));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ fr: expect.stringMatching(/^Verrouillée, cellule B2 : la feuille « Verrouillée » est protégée/) })]);
    expect(workbookSnapshot(workbook).snapshot).toEqual(before);
    expect(workbook.getWorksheet("Nouvelle")).toBeUndefined();
  });

  it("refuses a missing sheet, a sheet name already taken, and a drop-down list over Excel's 255 characters", () => {
    const workbook = classWorkbook();
    const before = workbookSnapshot(workbook).snapshot;
    const long = Array.from({ length: 40 }, (_, i) => `Niveau numéro ${i + 1}`);
    const result = applyPlan(
      workbook,
      plan(
        cellChange("Charlie", "C38", 12),
        { kind: "sheet", sheet: synthesis(), replaces: false },
        { kind: "sheet", sheet: synthesis({ name: "Listes", validations: [{ range: "A1:A9", values: long }] }), replaces: false },
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ fr: expect.stringMatching(/« Charlie » n'existe pas/) }),
      expect.objectContaining({ fr: expect.stringMatching(/« Synthèse » existe déjà/) }),
      expect.objectContaining({ fr: expect.stringMatching(/Excel en accepte 255 au plus/) }),
    ]);
    expect(workbookSnapshot(workbook).snapshot).toEqual(before);
  });

  it("refuses overlapping merges and two input rules on the same cells, which Excel would repair away", () => {
    const workbook = new Workbook();
    const sheet = synthesis({ name: "Nouvelle", merges: ["A4:B4", "B4:C5"], numberValidations: [{ range: "B10", min: 0, max: 20 }] });
    const result = applyPlan(workbook, plan({ kind: "sheet", sheet, replaces: false }));
    expect(result.ok || result.errors.map((e) => e.fr)).toEqual([expect.stringMatching(/« B4:C5 » chevauche/), expect.stringMatching(/« B10 » a déjà une règle de saisie/)]);
    expect(workbook.worksheets).toEqual([]);
  });

  it("writes into a sheet the same plan creates first", () => {
    const workbook = classWorkbook();
    const result = applyPlan(workbook, plan({ kind: "sheet", sheet: synthesis({ name: "Nouvelle" }), replaces: false }, cellChange("Nouvelle", "C9", "ok")));
    expect(result.ok).toBe(true);
    expect(workbook.getWorksheet("Nouvelle")!.getCell("C9").value).toBe("ok");
  });
});

describe("writing the file", () => {
  it("writes atomically: the file is complete and no temporary file is left", async () => {
    const target = path.join(dir, "classe.xlsx");
    const workbook = aWorkbook()
      .sheet("Alice", (s) => e31Sheet(s))
      .build();
    expect(await writeXlsx(workbook, target)).toEqual({ ok: true });
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
    const read = await readXlsx(target);
    expect(read.ok).toBe(true);
  });

  it("reports a destination it cannot write to, and leaves no temporary file", async () => {
    const workbook = aWorkbook()
      .sheet("A", (s) => s.cell("A1", 1))
      .build();
    const result = await writeXlsx(workbook, path.join(dir, "absent", "classe.xlsx"));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/\/absent\/classe\.xlsx : écriture impossible \(fichier ou dossier introuvable\)/) });
  });

  it("in place: the original is kept byte for byte in .bak, the file gets the change", async () => {
    const target = path.join(dir, "en-place.xlsx");
    await aWorkbook()
      .sheet("Alice", (s) => e31Sheet(s, { mark: null }))
      .toFile(target);
    const original = readFileSync(target);
    const read = await readXlsx(target);
    if (!read.ok) throw new Error(read.error.message);
    expect(applyPlan(read.workbook, { changes: [{ kind: "name", name: "grille_note", sheet: "Alice", address: "C38", previous: null }] }).ok).toBe(true);
    expect(await writeXlsxInPlace(read.workbook, target)).toEqual({ ok: true, backup: `${target}.bak` });
    expect(readFileSync(`${target}.bak`).equals(original)).toBe(true);
    const after = await readXlsx(target);
    expect(after.ok && after.snapshot.names).toEqual([{ name: "grille_note", ref: "Alice!$C$38" }]);
  });

  it("in place refuses a file that is not there instead of creating it", async () => {
    const target = path.join(dir, "disparu.xlsx");
    const result = await writeXlsxInPlace(new Workbook(), target);
    expect(result.ok).toBe(false);
    expect(existsSync(target)).toBe(false);
  });
});

describe("the binding map", () => {
  const map = { version: 1, sheets: { Alice: { gridId: "agora-e31", items: { "1.1": { label: "A20", levels: { N: "C20" } } } } } };

  it("is stored in a very hidden « _grille » sheet and read back, that sheet never shown as a teacher's sheet", async () => {
    const workbook = aWorkbook()
      .sheet("Alice", (s) => e31Sheet(s))
      .build();
    storeBindingMap(workbook, map);
    const { snapshot, workbook: again } = await reread(workbook);
    expect(snapshot.bindingMap).toEqual(map);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Alice"]);
    expect(again.getWorksheet(BINDING_SHEET)!.state).toBe("veryHidden");
  });

  it("is updated in place, and a map longer than an Excel cell is split over several cells", async () => {
    const workbook = aWorkbook()
      .sheet("Alice", (s) => s.cell("A1", "x"))
      .build();
    storeBindingMap(workbook, { big: "é".repeat(70_000) });
    storeBindingMap(workbook, map);
    expect((await reread(workbook)).snapshot.bindingMap).toEqual(map);
    const big = { candidates: Array.from({ length: 2000 }, (_, i) => ({ sheet: `Candidat ${i}`, cell: `D${i}` })) };
    storeBindingMap(workbook, big);
    expect(workbook.getWorksheet(BINDING_SHEET)!.getCell("A2").value).toEqual(expect.any(String));
    expect((await reread(workbook)).snapshot.bindingMap).toEqual(big);
  });

  it("is left out when its text is not JSON", async () => {
    const snapshot = await aWorkbook()
      .sheet("Alice", (s) => s.cell("A1", "x"))
      .sheet(BINDING_SHEET, (s) => s.cell("A1", "{pas du json").hide("veryHidden"))
      .toSnapshot();
    expect(snapshot.bindingMap).toBeUndefined();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Alice"]);
  });
});

describe("large workbooks", () => {
  it("reads a class workbook of 200 candidate sheets", async () => {
    const builder = aWorkbook();
    for (let i = 1; i <= 200; i++) builder.sheet(`Candidat ${i}`, (s) => e31Sheet(s, { name: `CANDIDAT ${i}` }));
    const file = path.join(dir, "grande-classe.xlsx");
    await builder.toFile(file);
    const read = await readXlsx(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.snapshot.sheets).toHaveLength(200);
    expect(at(read.snapshot.sheets[199]!, "B9")).toBe("CANDIDAT 200");
  }, 60_000);

  const corpus = path.resolve(__dirname, "../../../shared/corpus");
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith(".xlsx")) : [];
  (files.length > 0 ? it : it.skip)("reads every real teacher file of the corpus", async () => {
    for (const file of files) {
      const read = await readXlsx(path.join(corpus, file));
      expect({ file, ok: read.ok }).toEqual({ file, ok: true });
    }
    const stress = await readXlsx(path.join(corpus, "VincentChtln__NotaComp__Modele_Competences_Cycle_4_-_5e.xlsx"));
    if (stress.ok) expect(stress.snapshot.sheets.reduce((n, s) => n + s.merges.length, 0)).toBeGreaterThanOrEqual(615);
  });
});

describe("a file written by the builders", () => {
  it("can be read from disk like a teacher's file", async () => {
    const file = path.join(dir, "builder.xlsx");
    writeFileSync(file, await aWorkbook().sheet("Feuil1", (s) => s.cell("A1", "Bonjour")).toBuffer());
    const read = await readXlsx(file);
    expect(read.ok && at(read.snapshot.sheets[0]!, "A1")).toBe("Bonjour");
  });
});
