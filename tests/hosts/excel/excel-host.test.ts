/// <reference types="office-js" />
import { OfficeMockObject } from "office-addin-mock";
import { ExcelHost, excelRun } from "../../../src/hosts/excel/excel-host";
import type { PlanChange } from "../../../src/recognition/plans/plan";
import { bindingMapOf } from "../../../src/recognition/workbook/binding-map";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";
import { FakeExcel } from "../../support/fake-excel";

const change = (sheet: string, address: string, value: number): PlanChange => ({ kind: "cell", sheet, address, value, previous: null, reason: { fr: "", en: "" } });

function classroom(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Feuil1").set("A1", "Nom");
  fake.addSheet("Élève 2").set("A1", "Nom");
  return fake;
}

describe("ExcelHost", () => {
  it("speaks the Office display language", () => {
    const fake = classroom();
    expect(new ExcelHost(fake.excelRun, fake.env()).locale).toBe("fr");
    fake.displayLanguage = "en-GB";
    const host = new ExcelHost(fake.excelRun, fake.env());
    expect([host.kind, host.locale]).toEqual(["excel", "en"]);
  });

  it("checks a plan against the snapshot it read (no read again), then against a fresh one", async () => {
    const fake = classroom();
    const host = new ExcelHost(fake.excelRun, fake.env());
    await host.readSnapshot();
    expect(fake.syncCount).toBe(2);
    expect(await host.applyPlan({ changes: [change("Feuil1", "B2", 15)] })).toEqual({ ok: true, written: 1 });
    expect(fake.syncCount).toBe(3);
    expect(await host.applyPlan({ changes: [change("Feuil1", "B2", 16)] })).toMatchObject({ ok: false, errors: [{ fr: expect.stringContaining("Feuil1, cellule B2 contient « 15 », que l'aperçu ne montrait pas") }] });
    expect(fake.syncCount).toBe(5);
  });

  it("selects a finding's cell: activates its sheet and selects the range, in one sync", async () => {
    const fake = classroom();
    const host = new ExcelHost(fake.excelRun, fake.env());
    await host.select("'Élève 2'!$B$12");
    expect(fake.selected).toEqual({ sheet: "Élève 2", address: "B12" });
    expect(fake.syncCount).toBe(1);
    expect(await host.selection()).toBe("'Élève 2'!B12");
  });

  it("a sheet gone since: select says so in French", async () => {
    const fake = classroom();
    const host = new ExcelHost(fake.excelRun, fake.env());
    await expect(host.select("Bruno!A1")).rejects.toThrow("La feuille « Bruno » a été supprimée ou renommée depuis la lecture");
  });

  it("gives the active cell as 'Sheet'!A1", async () => {
    const fake = classroom();
    fake.activeCell = "C7";
    expect(await new ExcelHost(fake.excelRun, fake.env()).selection()).toBe("Feuil1!C7");
  });

  it("saves the binding map; the next snapshot carries it", async () => {
    const fake = classroom();
    const host = new ExcelHost(fake.excelRun, fake.env());
    const map = bindingMapOf("agora-e31", recognizeWorkbook(await host.readSnapshot()).bindings);
    await host.saveBindingMap(map);
    expect((await host.readSnapshot()).bindingMap).toEqual(map);
  });

  it("runs Excel.run with delayForCellEdit: a batch waits for the teacher's edit to end", async () => {
    const fake = classroom();
    const host = new ExcelHost(excelRun(fake.excelGlobal), fake.env());
    await host.readSnapshot();
    fake.editMode = true;
    expect(await host.applyPlan({ changes: [change("Feuil1", "B2", 15)] })).toEqual({ ok: true, written: 1 });
    expect(fake.runs.every((options) => options.delayForCellEdit === true)).toBe(true);
  });

  it("where Excel cannot wait, the teacher is told to confirm the cell, and nothing is written", async () => {
    const fake = classroom();
    fake.delayForCellEditSupported = false;
    const host = new ExcelHost(excelRun(fake.excelGlobal), fake.env());
    await host.readSnapshot();
    fake.editMode = true;
    expect(await host.applyPlan({ changes: [change("Feuil1", "B2", 15)] })).toEqual({
      ok: false,
      errors: [{ fr: "Une cellule est en cours de modification : validez-la (Entrée) puis recommencez.", en: "A cell is being edited: confirm it (Enter) and try again." }],
    });
    expect(fake.sheet("Feuil1").valueAt("B2")).toBeNull();
  });
});

describe("ExcelHost against office-addin-mock (a shallow check)", () => {
  it("select: getItem(sheet), activate, getRange(address).select, one sync", async () => {
    const calls: string[] = [];
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          sheet: {
            activate: () => calls.push("activate"),
            range: { select: () => calls.push("select") },
            getRange: function (this: { range: unknown }, address: string) {
              calls.push(`getRange ${address}`);
              return this.range;
            },
          },
          getItem: function (this: { sheet: unknown }, name: string) {
            calls.push(`getItem ${name}`);
            return this.sheet;
          },
        },
      },
    });
    const sync = jest.spyOn(mock, "sync");
    const host = new ExcelHost((batch) => batch(mock as unknown as Excel.RequestContext), new FakeExcel().env());
    await host.select("'Candidat 1'!d12");
    expect(calls).toEqual(["getItem Candidat 1", "activate", "getRange D12", "select"]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("selection: loads the active cell's address before reading it", async () => {
    const mock = new OfficeMockObject({
      workbook: {
        cell: { address: "'Candidat 1'!$D$12" },
        getActiveCell: function (this: { cell: unknown }) {
          return this.cell;
        },
      },
    });
    const host = new ExcelHost((batch) => batch(mock as unknown as Excel.RequestContext), new FakeExcel().env());
    expect(await host.selection()).toBe("'Candidat 1'!D12");
  });
});
