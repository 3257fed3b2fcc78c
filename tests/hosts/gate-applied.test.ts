/// <reference types="office-js" />
import type { Workbook } from "exceljs";
import { DemoHost, DemoWordHost } from "../../src/hosts/demo";
import { applyDocumentPlan as applyToDocx, docxBuffer, readDocxBuffer } from "../../src/hosts/docx";
import { applyPlan as applyInExcel } from "../../src/hosts/excel/apply";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { WordHost } from "../../src/hosts/word";
import { applyDocumentPlan as applyInWord } from "../../src/hosts/word/apply";
import { applyPlan as applyToXlsx, workbookSnapshot } from "../../src/hosts/xlsx";
import { gateDocument } from "../../src/recognition/document/edits";
import { documentToSheet } from "../../src/recognition/document/to-sheet";
import { PREVIEWED } from "../../src/recognition/plans/consent";
import { gate, type ApplyResult } from "../../src/recognition/plans/gate";
import type { PlanChange, WritePlan } from "../../src/recognition/plans/plan";
import { aDocument } from "../support/docx-builder";
import { fakeExcelFromExcelJs } from "../support/fake-excel";
import { FakeWord } from "../support/fake-word";
import { aWorkbook } from "../support/workbook-builder";

/**
 * The same refused plan is refused the same way, word for word in both languages, by every host: the
 * gate stands before every write. Nothing is written, nothing is sent to Office.
 */

const cell = (sheet: string, address: string, value: number, previous: number | null = null): PlanChange => ({ kind: "cell", sheet, address, value, previous, reason: { fr: "", en: "" } });

describe("every workbook host refuses what the gate refuses, identically", () => {
  const workbook = (): Workbook =>
    aWorkbook()
      .sheet("Alice", (s) => s.cell("A1", "Nom").cell("B2", 15).formula("C3", "B2*2", 30))
      .sheet("Verrouillée", (s) => s.cell("A1", "protégée").protect())
      .build();

  /** A formula cell, a protected sheet, a non-empty cell the teacher was not shown. */
  const refused: WritePlan = { changes: [cell("Alice", "C3", 12), cell("Verrouillée", "B1", 12), cell("Alice", "B2", 16)] };

  it("Office.js Excel, .xlsx and the demo: the same three refusals, nothing written", async () => {
    const excelFake = fakeExcelFromExcelJs(workbook());
    const excel = await new ExcelHost(excelFake.excelRun, excelFake.env()).applyPlan(refused);
    expect(excelFake.sheet("Alice").valueAt("B2")).toBe(15);
    expect(excelFake.syncCount).toBe(2); // the snapshot's two reads, no write

    const file = workbook();
    const before = workbookSnapshot(file).snapshot;
    const xlsx = applyToXlsx(file, gate(refused, before, PREVIEWED));
    expect(workbookSnapshot(file).snapshot).toEqual(before);

    const demoHost = new DemoHost(before, { latencyMs: 0 });
    const demo = await demoHost.applyPlan(refused);
    expect(demoHost.getState().workbook).toEqual(before);

    const expected: ApplyResult = {
      ok: false,
      errors: [
        { fr: "Alice, cellule C3 contient une formule : Grille ne la remplace pas", en: "Alice, cell C3 holds a formula: Grille does not replace it" },
        {
          fr: "Verrouillée, cellule B1 : la feuille « Verrouillée » est protégée, Grille n'y écrit pas (Révision › Ôter la protection de la feuille, puis réessayez)",
          en: 'Verrouillée, cell B1: sheet "Verrouillée" is protected, Grille does not write to it (Review › Unprotect Sheet, then try again)',
        },
        {
          fr: "Alice, cellule B2 contient « 15 », que l'aperçu ne montrait pas : Grille ne le remplace pas sans votre accord (relancez la lecture)",
          en: 'Alice, cell B2 holds "15", which the preview did not show: Grille does not replace it without your consent (read the document again)',
        },
      ],
    };
    expect(excel).toEqual(expected);
    expect(xlsx).toEqual(expected);
    expect(demo).toEqual(expected);
  });

  it("and let through, identically, the same plan once the teacher saw the value it replaces", async () => {
    const allowed: WritePlan = { changes: [cell("Alice", "B2", 16, 15)] };
    const excelFake = fakeExcelFromExcelJs(workbook());
    const file = workbook();
    const results = [
      await new ExcelHost(excelFake.excelRun, excelFake.env()).applyPlan(allowed),
      applyToXlsx(file, gate(allowed, workbookSnapshot(file).snapshot, PREVIEWED)),
      await new DemoHost(workbookSnapshot(workbook()).snapshot, { latencyMs: 0 }).applyPlan(allowed),
    ];
    expect(results).toEqual([
      { ok: true, written: 1 },
      { ok: true, written: 1 },
      { ok: true, written: 1 },
    ]);
    expect(excelFake.sheet("Alice").valueAt("B2")).toBe(16);
    expect(file.getWorksheet("Alice")!.getCell("B2").value).toBe(16);
  });
});

describe("every document host refuses what the gate refuses, identically", () => {
  const NAME = "grille.docx";
  const buffer = () => aDocument().table([["Note", "15", "/ 20"]]).toBuffer();
  /** A cell holding a mark the teacher was not shown, and a sheet (which no document has). */
  const refused: WritePlan = {
    changes: [cell(NAME, "B1", 16), { kind: "sheet", sheet: { name: "Synthèse", cells: [], merges: [], columnWidths: [], validations: [], names: [] }, replaces: false }],
  };
  const expected: ApplyResult = {
    ok: false,
    errors: [
      {
        fr: "tableau 1, ligne 1, colonne 2 contient « 15 », que l'aperçu ne montrait pas : Grille ne le remplace pas sans votre accord (relancez la lecture)",
        en: 'table 1, row 1, column 2 holds "15", which the preview did not show: Grille does not replace it without your consent (read the document again)',
      },
      { fr: "Feuille « Synthèse » : un document Word n’a pas de feuilles", en: 'Sheet "Synthèse": a Word document has no sheets' },
    ],
  };

  it("Office.js Word, .docx and the demo's Word host: the same refusals, nothing written", async () => {
    const fake = await FakeWord.fromDocx(await buffer(), { name: NAME });
    const word = new WordHost(fake.env, fake.run);
    await word.readDocument();
    expect(await word.applyPlan(refused)).toEqual(expected);
    expect(fake.writes).toBe(0);

    const read = await readDocxBuffer(await buffer(), NAME);
    if (!read.ok) throw new Error(read.error.message);
    const layout = documentToSheet(read.snapshot);
    const bytes = await docxBuffer(read.document);
    expect(await applyToDocx(read.document, gateDocument(refused, layout, PREVIEWED), layout)).toEqual(expected);
    expect(await docxBuffer(read.document)).toEqual(bytes);

    const demo = new DemoWordHost(read.snapshot, { latencyMs: 0 });
    expect(await demo.applyPlan(refused)).toEqual(expected);
    expect(demo.getState().document).toEqual(read.snapshot);
  });
});

/** Compiled, never run: no host's apply takes a plan that has not been through the gate. */
export function rawPlansDoNotCompile(plan: WritePlan, context: Excel.RequestContext & Word.RequestContext, workbook: Workbook): void {
  const snapshot = workbookSnapshot(workbook).snapshot;
  const layout = documentToSheet({ name: "x", blocks: [], contentControls: [] });
  // @ts-expect-error a raw plan is not the gate's verdict
  void applyInExcel(context, plan, snapshot);
  // @ts-expect-error a raw plan is not the gate's verdict
  void applyToXlsx(workbook, plan);
  // @ts-expect-error a raw plan is not the gate's verdict
  void applyToDocx(null as never, plan, layout);
  // @ts-expect-error a raw plan is not the gate's verdict
  void applyInWord(context, plan, { layout, handles: { paragraphs: [], tables: [] }, controls: [] });
  // @ts-expect-error a look-alike is not the gate's verdict either
  void applyToXlsx(workbook, { ok: true, changes: plan.changes });
}
