/// <reference types="office-js" />
import { applyPlan, BATCH_BUDGET, batchCount, POINTS_PER_CHARACTER } from "../../../src/hosts/excel/apply";
import { excelFeatures } from "../../../src/hosts/excel/office-env";
import { PREVIEWED } from "../../../src/recognition/plans/consent";
import { gate } from "../../../src/recognition/plans/gate";
import { markPlan } from "../../../src/recognition/plans/marks";
import { newGridPlan } from "../../../src/recognition/plans/new-grid";
import type { NewSheet, PlanChange, WritePlan } from "../../../src/recognition/plans/plan";
import { synthesisPlan } from "../../../src/recognition/plans/synthesis";
import { parseA1, type CellValue } from "../../../src/recognition/snapshot/cells";
import { cellAt, type WorkbookSnapshot } from "../../../src/recognition/snapshot/workbook";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";
import { grid } from "../../support/evaluation-builder";
import { fakeExcelFromExcelJs, FakeExcel, PAYLOAD_LIMIT } from "../../support/fake-excel";
import { aWorkbook, e31Sheet } from "../../support/workbook-builder";
import { readFake } from "./support";

const text = (fr: string) => ({ fr, en: fr });

/** A class of E31 sheets without marks, read through the fake, with the plan writing every proposed mark. */
async function classWithMarks(count: number) {
  const builder = aWorkbook();
  for (let i = 1; i <= count; i++) builder.sheet(`Élève ${i}`, (s) => e31Sheet(s, { name: `ÉLÈVE ${i}` }));
  const fake = fakeExcelFromExcelJs(builder.build());
  const snapshot = await readFake(fake);
  const report = recognizeWorkbook(snapshot);
  const cell = (sheet: string, address: string): CellValue => {
    const at = parseA1(address)!;
    return cellAt(snapshot.sheets.find((s) => s.name === sheet)!, at.row, at.col);
  };
  const { plan } = markPlan(report, cell);
  fake.resetStats();
  return { fake, snapshot, report, plan };
}

const apply = (fake: FakeExcel, plan: WritePlan, snapshot: WorkbookSnapshot) => applyPlan(fake.context(), gate(plan, snapshot, PREVIEWED), snapshot, fake.env());

const cellChange = (sheet: string, address: string, value: PlanChange & { kind: "cell" } extends { value: infer V } ? V : never, previous: CellValue = null): PlanChange => ({
  kind: "cell",
  sheet,
  address,
  value,
  previous,
  reason: text("test"),
});

describe("applying a plan: the sync budget", () => {
  it("writes a class's proposed marks in 1 sync, calculation suspended, every mark read back", async () => {
    const { fake, snapshot, report, plan } = await classWithMarks(35);
    expect(plan.changes).toHaveLength(35);
    expect(await apply(fake, plan, snapshot)).toEqual({ ok: true, written: 35 });
    expect(fake.syncCount).toBe(1);
    expect(fake.syncs[0]!.statements[0]).toBe("application.suspendApiCalculationUntilNextSync()");
    for (const candidate of report.candidates) {
      const { sheet, address } = candidate.markCell!;
      expect(fake.sheet(sheet).valueAt(address)).toBe(15);
    }
  });

  it("writes the « Synthèse » sheet in 1 sync: values, styles, merges, widths, frozen header, landscape A4", async () => {
    const { fake, snapshot, report } = await classWithMarks(35);
    const plan = synthesisPlan(report, { existingSheets: snapshot.sheets.map((s) => s.name) });
    expect(await apply(fake, plan, snapshot)).toEqual({ ok: true, written: 1 });
    expect(fake.syncCount).toBe(1);
    const synthesis = fake.sheet("Synthèse");
    const planned = (plan.changes[0] as { sheet: NewSheet }).sheet;
    for (const { address, value } of planned.cells) {
      if (value === null || typeof value === "object") continue;
      expect([address, synthesis.valueAt(address)]).toEqual([address, value === "" ? null : value]);
    }
    expect(synthesis.merges).toHaveLength(planned.merges.length);
    expect(synthesis.frozenRows).toBe(planned.frozenRows);
    expect([synthesis.orientation, synthesis.paperSize]).toEqual(["Landscape", "A4"]);
    expect(synthesis.columnWidths.get(5)).toBeCloseTo(planned.columnWidths[5]! * POINTS_PER_CHARACTER);
    expect(synthesis.at("A3")?.format).toMatchObject({ "font.bold": true, "fill.color": expect.stringMatching(/^#/), "borders.EdgeTop.style": "Continuous" });
  });

  it("a new grid sheet in 1 sync reads back, through Excel, as the grid it is, with its names and drop-downs", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Feuil1");
    const snapshot = await readFake(fake);
    const compiled = grid("agora-e31");
    const plan = newGridPlan(compiled, { candidates: ["Alice Martin"], existingSheets: ["Feuil1"] });
    fake.resetStats();
    expect(await apply(fake, plan, snapshot)).toEqual({ ok: true, written: 1 });
    expect(fake.syncCount).toBe(1);
    const sheet = fake.sheet("Alice Martin");
    expect(sheet.validations.some((v) => JSON.stringify(v.rule).includes('"source":"X"'))).toBe(true);
    expect(fake.names.map((n) => n.name)).toEqual(expect.arrayContaining(["grille_s1_1_1", "grille_s1_note"]));
    expect(fake.names.find((n) => n.name === "grille_s1_note")!.formula).toMatch(/^='Alice Martin'!\$[A-Z]+\$\d+$/);
    const report = recognizeWorkbook(await readFake(fake));
    expect(report.grid?.grid.id).toBe("agora-e31");
    expect(report.candidates.map((c) => [c.sheet, c.name])).toEqual([["Alice Martin", "Alice Martin"]]);
  });

  it("a plan over 5 MB is cut into batches under the limit, one sync each, and every value arrives", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Feuil1");
    const snapshot = await readFake(fake);
    const long = "appréciation détaillée ".repeat(400);
    const sheet: NewSheet = {
      name: "Appréciations",
      cells: Array.from({ length: 700 }, (_, i) => ({ address: `A${i + 1}`, value: `${i} ${long}` })),
      merges: [],
      columnWidths: [80],
      validations: [],
      names: [],
    };
    const plan: WritePlan = { changes: [{ kind: "sheet", sheet, replaces: false }] };
    const batches = batchCount(plan, snapshot, excelFeatures(fake.env()));
    expect(batches).toBeGreaterThan(1);
    fake.resetStats();
    expect(await apply(fake, plan, snapshot)).toEqual({ ok: true, written: 1 });
    expect(fake.syncCount).toBe(batches);
    for (const sync of fake.syncs) {
      expect(sync.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(sync.statements[0]).toBe("application.suspendApiCalculationUntilNextSync()");
    }
    expect(fake.syncs.reduce((sum, s) => sum + s.requestBytes, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(fake.sheet("Appréciations").valueAt("A700")).toBe(`699 ${long}`);
    expect(BATCH_BUDGET).toBeLessThan(PAYLOAD_LIMIT);
  });
});

describe("applying a plan: what stands in the way is said, and nothing is written", () => {
  it("a cell whose value changed since the plan was made is not overwritten (0 syncs)", async () => {
    const { fake, snapshot, plan } = await classWithMarks(2);
    const first = plan.changes[0] as PlanChange & { kind: "cell" };
    const stale: WritePlan = { changes: [{ ...first, previous: 12 }] };
    const changed = structuredClone(snapshot);
    const at = parseA1(first.address)!;
    changed.sheets.find((s) => s.name === first.sheet)!.cells[at.row]![at.col] = 14;
    const result = await apply(fake, stale, changed);
    expect(result).toMatchObject({ ok: false, errors: [{ fr: expect.stringContaining("C38 contient « 14 », que l'aperçu ne montrait pas") }] });
    expect(fake.syncCount).toBe(0);
    expect(fake.sheet(first.sheet).valueAt(first.address)).toBeNull();
  });

  it("a non-empty cell the teacher agreed to replace (its previous value is the one read) is written", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Alice").set("C34", 12);
    const snapshot = await readFake(fake);
    expect(await apply(fake, { changes: [cellChange("Alice", "C34", 15, 12)] }, snapshot)).toEqual({ ok: true, written: 1 });
    expect(fake.sheet("Alice").valueAt("C34")).toBe(15);
  });

  it("a sheet protected since the read: « La feuille « X » est protégée » and its cells untouched", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Alice").set("A1", "Nom");
    const snapshot = await readFake(fake);
    fake.sheet("Alice").protected = true;
    const result = await apply(fake, { changes: [cellChange("Alice", "C34", 15)] }, snapshot);
    expect(result).toEqual({ ok: false, errors: [{ fr: "La feuille « Alice » est protégée : Grille n'y écrit pas.", en: 'Sheet "Alice" is protected: Grille does not write to it.' }] });
    expect(fake.sheet("Alice").valueAt("C34")).toBeNull();
  });

  it("a sheet protected when read is refused before any sync", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Alice").set("A1", "Nom").protected = true;
    const snapshot = await readFake(fake);
    fake.resetStats();
    const result = await apply(fake, { changes: [cellChange("Alice", "C34", 15)] }, snapshot);
    expect(result.ok).toBe(false);
    expect(fake.syncCount).toBe(0);
  });

  it("a sheet deleted since the read fails before the first write, even when other sheets come first", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Alice").set("A1", "Nom");
    fake.addSheet("Bruno").set("A1", "Nom");
    const snapshot = await readFake(fake);
    fake.sheets.splice(1, 1);
    const result = await apply(fake, { changes: [cellChange("Alice", "C34", 15), cellChange("Bruno", "C34", 12)] }, snapshot);
    expect(result).toEqual({
      ok: false,
      errors: [{ fr: "La feuille « Bruno » a été supprimée ou renommée depuis la lecture : relancez « Reconnaître la grille ».", en: expect.any(String) }],
    });
    expect(fake.sheet("Alice").valueAt("C34")).toBeNull();
  });

  it("a cell being edited: the French message, and nothing written", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Alice").set("A1", "Nom");
    const snapshot = await readFake(fake);
    fake.editMode = true;
    const result = await apply(fake, { changes: [cellChange("Alice", "C34", 15)] }, snapshot);
    expect(result).toEqual({ ok: false, errors: [{ fr: "Une cellule est en cours de modification : validez-la (Entrée) puis recommencez.", en: expect.any(String) }] });
    expect(fake.sheet("Alice").valueAt("C34")).toBeNull();
  });

  it("what Excel would refuse half-way (a bad colour, a drop-down over 255 characters) is refused before any sync", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Alice");
    const snapshot = await readFake(fake);
    fake.resetStats();
    const sheet: NewSheet = {
      name: "Nouvelle",
      cells: [{ address: "A1", value: "x", style: { fill: "rouge" } }],
      merges: [],
      columnWidths: [],
      validations: [{ range: "B1:B3", values: Array.from({ length: 60 }, (_, i) => `valeur ${i}`) }],
      names: [],
    };
    const result = await apply(fake, { changes: [{ kind: "sheet", sheet, replaces: false }] }, snapshot);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.fr)).toEqual([expect.stringContaining("couleur « rouge »"), expect.stringContaining("la liste déroulante fait 589 caractères, Excel en accepte 255 au plus")]);
    expect(fake.syncCount).toBe(0);
    expect(fake.findSheet("Nouvelle")).toBeUndefined();
  });

  it("a Word table is refused: it has no place in a workbook", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Alice");
    const snapshot = await readFake(fake);
    fake.resetStats();
    const table = { kind: "insert-table", sheet: "Document", table: {}, position: "end" } as unknown as PlanChange;
    const result = await apply(fake, { changes: [table] }, snapshot);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ fr: expect.stringContaining("Un tableau Word ne s'insère pas") })] });
    expect(fake.syncCount).toBe(0);
  });
});

describe("applying a plan: what is written is what was meant", () => {
  it("text Excel would read as a number, a date, a formula or a boolean stays text", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Alice").set("A1", "Nom");
    const snapshot = await readFake(fake);
    const values = ["02612345678", "=pas une formule", "TRUE", "12/05/2026", "-", "Alice"];
    const plan: WritePlan = { changes: values.map((value, i) => cellChange("Alice", `B${i + 1}`, value)) };
    expect(await apply(fake, plan, snapshot)).toEqual({ ok: true, written: values.length });
    expect(values.map((_, i) => fake.sheet("Alice").valueAt(`B${i + 1}`))).toEqual(values);
    expect(fake.sheet("Alice").at("B2")?.formula).toBeUndefined();
  });

  it("formulas are written as formulas, numbers as numbers; Excel reading back something else is said", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Alice").set("A1", 4);
    const snapshot = await readFake(fake);
    fake.typist = (text) => (text === "Mai Linh" ? 46143 : undefined);
    const plan: WritePlan = { changes: [cellChange("Alice", "B1", { formula: "A1*5", result: 20 }), cellChange("Alice", "B2", 15.5), cellChange("Alice", "B3", "Mai Linh")] };
    const result = await apply(fake, plan, snapshot);
    expect(fake.sheet("Alice").at("B1")?.formula).toBe("=A1*5");
    expect(fake.sheet("Alice").valueAt("B2")).toBe(15.5);
    expect(result).toEqual({ ok: false, errors: [{ fr: "Alice, cellule B3 : Excel y lit « 46143 » au lieu de « Mai Linh » écrit par Grille.", en: expect.any(String) }] });
  });

  it("a replaced sheet keeps its place among the tabs; names on it are defined again", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Alice").set("A1", "Nom");
    fake.addSheet("Synthèse").set("A1", "ancienne");
    fake.addSheet("Bruno").set("A1", "Nom");
    fake.names.push({ name: "grille_synthese", formula: "=Synthèse!$A$1", type: "Range" });
    const snapshot = await readFake(fake);
    const sheet: NewSheet = { name: "Synthèse", cells: [{ address: "A1", value: "nouvelle" }], merges: [], columnWidths: [], validations: [], names: [{ name: "grille_synthese", address: "A2" }] };
    expect(await apply(fake, { changes: [{ kind: "sheet", sheet, replaces: true }] }, snapshot)).toEqual({ ok: true, written: 1 });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Alice", "Synthèse", "Bruno"]);
    expect(fake.sheet("Synthèse").valueAt("A1")).toBe("nouvelle");
    expect(fake.names).toEqual([{ name: "grille_synthese", formula: "=Synthèse!$A$2", type: "Range" }]);
  });

  it("a name change replaces the name of that name", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Alice").set("C34", 12);
    fake.names.push({ name: "grille_note", formula: "=Alice!$C$30", type: "Range" });
    const snapshot = await readFake(fake);
    const plan: WritePlan = { changes: [{ kind: "name", name: "grille_note", sheet: "Alice", address: "C34", previous: "Alice!$C$30" }] };
    expect(await apply(fake, plan, snapshot)).toEqual({ ok: true, written: 1 });
    expect(fake.names).toEqual([{ name: "grille_note", formula: "=Alice!$C$34", type: "Range" }]);
  });

  it("an Excel without ExcelApi 1.8 and 1.9 gets the sheet without drop-downs and page layout, rather than nothing", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Feuil1");
    fake.apiVersion = "1.7";
    const snapshot = await readFake(fake);
    const plan = newGridPlan(grid("mcv-e33"), { existingSheets: ["Feuil1"] });
    expect(await apply(fake, plan, snapshot)).toEqual({ ok: true, written: 1 });
    const sheet = fake.sheets[1]!;
    expect(sheet.validations).toEqual([]);
    expect(sheet.orientation).toBe("Portrait");
    expect(sheet.frozenRows).toBeGreaterThanOrEqual(0);
  });
});
