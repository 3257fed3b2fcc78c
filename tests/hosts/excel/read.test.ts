/// <reference types="office-js" />
import { readWorkbookSnapshot } from "../../../src/hosts/excel/read";
import { bindingMapXml, SETTING_KEY } from "../../../src/hosts/excel/binding-xml";
import { storeBindingMap } from "../../../src/hosts/xlsx";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";
import { bindingMapOf } from "../../../src/recognition/workbook/binding-map";
import { fakeExcelFromExcelJs, fakeExcelFromSnapshot, FakeExcel, PAYLOAD_LIMIT } from "../../support/fake-excel";
import { aWorkbook, e31Sheet, pfmpSheet, type WorkbookBuilder } from "../../support/workbook-builder";
import { bothWays, readFake } from "./support";

/** A class of `count` candidates, one E31 sheet each, as a teacher's workbook holds it. */
function classOf(count: number): WorkbookBuilder {
  const builder = aWorkbook();
  for (let i = 1; i <= count; i++) builder.sheet(`Élève ${i}`, (s) => e31Sheet(s, { name: `ÉLÈVE ${i}` }));
  return builder;
}

describe("reading the open workbook: the sync budget", () => {
  it.each([1, 35, 200])("takes 2 syncs for %i sheets, each under 5 MB", async (count) => {
    const fake = fakeExcelFromExcelJs(classOf(count).build());
    const snapshot = await readFake(fake);
    expect(fake.syncCount).toBe(2);
    expect(snapshot.sheets).toHaveLength(count);
    for (const sync of fake.syncs) expect(Math.max(sync.requestBytes, sync.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("loads the sheets, names and parts first, then every sheet at once: nothing read before it is loaded and synced", async () => {
    const fake = fakeExcelFromExcelJs(classOf(3).build());
    await readFake(fake);
    // Reading an unloaded or unsynced property throws in the fake: the read went through, so none was.
    const [first, second] = fake.syncs;
    expect(first!.statements).toEqual([
      "workbook.worksheets.load(items/name,items/visibility,items/position,items/protection/protected)",
      "workbook.names.load(items/name,items/type,items/formula)",
      "customXmlParts.getByNamespace('https://grille.app/binding-map/1').load(items/id)",
    ]);
    expect(second!.statements.filter((s) => s.includes("getUsedRangeOrNullObject(true).load(rowIndex,columnIndex,values,formulas,numberFormat,valueTypes)"))).toHaveLength(3);
    expect(second!.statements.filter((s) => s.includes("getMergedAreasOrNullObject().load(address)"))).toHaveLength(3);
    expect(second!.statements.filter((s) => s.includes("getSpecialCellsOrNullObject(Visible).load(address)"))).toHaveLength(3);
    expect(fake.loads.every((load) => load.properties.length > 0)).toBe(true);
  });

  it("a workbook whose sheets weigh over 5 MB is read in halves, each under the limit, and nothing is lost", async () => {
    const builder = aWorkbook();
    for (let i = 1; i <= 200; i++) builder.sheet(`PFMP ${i}`, (s) => pfmpSheet(s, { name: `ÉLÈVE ${i}`, ticks: { "1.1.1": ["P1"] } }));
    const fake = fakeExcelFromExcelJs(builder.build());
    const snapshot = await readFake(fake);
    expect(fake.syncs.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    const succeeded = fake.syncs.filter((s) => !s.error);
    for (const sync of succeeded) expect(sync.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(fake.syncCount).toBeLessThanOrEqual(6);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(Array.from({ length: 200 }, (_, i) => `PFMP ${i + 1}`));
    expect(snapshot.sheets.every((s) => s.cells.length > 50)).toBe(true);
  });
});

describe("the snapshot is the one the .xlsx adapter gives for the same workbook", () => {
  it("values, formulas, errors, rich text, dates and percentages, merges, hidden lines, protection, names", async () => {
    const { xlsx, fake } = await bothWays(
      aWorkbook()
        .sheet("Valeurs", (s) =>
          s
            .cell("A1", "Nom")
            .cell("B1", "MARTIN Alice")
            .row(2, ["Oui", true, false, 12.5], "A")
            .formula("D5", "=SUM(D2:D4)", 12.5)
            .formula("D7", "=NOW()")
            .formula("E5", "=D5*2", 25)
            .sharedFormula("E6", "E5", 30)
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
        .sheet("Vide"),
    );
    const excel = await readFake(fake);
    expect(excel).toEqual(xlsx);
    expect(excel.sheets[0]!.formats).toEqual({ E8: "0%", B9: "dd/mm/yyyy" });
    expect(excel.sheets[0]!.hiddenRows).toEqual([3]);
    expect(excel.sheets[0]!.hiddenColumns).toEqual([2]);
  });

  it("the official layouts, a class of them, and the recognition report on top", async () => {
    const builder = aWorkbook()
      .sheet("Alice", (s) => e31Sheet(s, { name: "MARTIN Alice", levels: { "1.1": "M", "1.2": ["F", "M"], "1.3": null }, mark: 13.5 }))
      .sheet("Bruno", (s) => e31Sheet(s, { name: "PETIT Bruno" }))
      .sheet("PFMP", (s) => pfmpSheet(s, { ticks: { "1.1.1": ["P1", "P3"] } }));
    const { xlsx, fake } = await bothWays(builder);
    const excel = await readFake(fake);
    expect(excel).toEqual(xlsx);
    expect(recognizeWorkbook(excel).candidates.map((c) => c.assessment.result)).toEqual(recognizeWorkbook(xlsx).candidates.map((c) => c.assessment.result));
  });

  it("a map stored by the .xlsx adapter in its hidden sheet is read, and the sheet is not a teacher's", async () => {
    const builder = aWorkbook().sheet("A", (s) => e31Sheet(s, { mark: 12 }));
    const map = bindingMapOf("agora-e31", recognizeWorkbook(await builder.toSnapshot()).bindings);
    storeBindingMap(builder.workbook, map);
    const { xlsx, fake } = await bothWays(builder);
    const excel = await readFake(fake);
    expect(excel.sheets.map((s) => s.name)).toEqual(["A"]);
    expect(excel.bindingMap).toEqual(map);
    expect(excel).toEqual(xlsx);
  });
});

describe("reading what Excel gives", () => {
  it("a used range that does not start at A1 is placed from A1", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Décalée").set("C5", "Nom").set("D7", 15);
    const [sheet] = (await readFake(fake)).sheets;
    expect(sheet!.cells).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, "Nom", null],
      [null, null, null, null],
      [null, null, null, 15],
    ]);
  });

  it("dates in any date format become yyyy-mm-dd; the same serial without a date format stays a number", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Dates").set("A1", 46154, "dd/mm/yyyy").set("A2", 46154, "[$-fr-FR]d mmmm yyyy").set("A3", 46154, "0.00").set("A4", 46154, '"jour" 0');
    const [sheet] = (await readFake(fake)).sheets;
    expect(sheet!.cells.map((row) => row[0])).toEqual(["2026-05-12", "2026-05-12", 46154, 46154]);
    expect(sheet!.formats).toEqual({ A1: "dd/mm/yyyy", A2: "[$-fr-FR]d mmmm yyyy" });
  });

  it("error values are { error }, never a level, whatever the error", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Erreurs");
    for (const [address, error] of [["A1", "#N/A"], ["A2", "#DIV/0!"], ["A3", "#REF!"]] as const) {
      const cell = sheet.touch(Number(address.slice(1)) - 1, 0);
      cell.value = error;
      cell.error = true;
    }
    sheet.set("A4", "#N/A");
    expect((await readFake(fake)).sheets[0]!.cells.map((row) => row[0])).toEqual([{ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" }, "#N/A"]);
  });

  it("an Excel without ExcelApi 1.9 and 1.13 gives no merges and no hidden lines, and still reads in 2 syncs", async () => {
    const fake = fakeExcelFromSnapshot({
      sheets: [{ name: "A", cells: [["Titre", null], [null, "x"]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], hiddenRows: [1], hiddenColumns: [], protected: false }],
      names: [],
    });
    fake.apiVersion = "1.7";
    const [sheet] = (await readFake(fake)).sheets;
    expect(sheet).toMatchObject({ merges: [], hiddenRows: [], cells: [["Titre", null], [null, "x"]] });
    expect(fake.syncCount).toBe(2);
  });

  it("prefers the part the settings name, else the last one Grille wrote; an unreadable part is no map", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A").set("A1", "x");
    const first = fake.addPart(bindingMapXml({ version: 1, gridId: "first", sheets: {} }));
    fake.addPart(bindingMapXml({ version: 1, gridId: "second", sheets: {} }));
    expect((await readFake(fake)).bindingMap).toMatchObject({ gridId: "second" });
    fake.settings.set(SETTING_KEY, first.id);
    expect((await readFake(fake)).bindingMap).toMatchObject({ gridId: "first" });
    fake.parts.length = 0;
    fake.addPart('<grille xmlns="https://grille.app/binding-map/1">pas du JSON</grille>');
    expect((await readFake(fake)).bindingMap).toBeUndefined();
  });

  it("names holding constants or broken references are left out, as in files", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Candidat 1").set("B2", "x");
    fake.names.push(
      { name: "grille_1_1", formula: "='Candidat 1'!$B$2", type: "Range" },
      { name: "taux", formula: "=0.2", type: "Double" },
      { name: "perdu", formula: "=#REF!$B$2", type: "Error" },
      { name: "_xlnm.Print_Area", formula: "='Candidat 1'!$A$1:$C$3", type: "Range" },
    );
    expect((await readWorkbookSnapshot(fake.context(), fake.env())).names).toEqual([{ name: "grille_1_1", ref: "'Candidat 1'!$B$2" }]);
  });
});
