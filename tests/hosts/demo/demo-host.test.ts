import { DemoHost, type DemoEvent } from "../../../src/hosts/demo/demo-host";
import { sameCellValue } from "../../../src/recognition/plans/consent";
import { cellKey, formatSelection, parseLocation } from "../../../src/hosts/demo/location";
import { demoSample } from "../../../src/hosts/demo/samples";
import type { CellInput, PlanChange, WritePlan } from "../../../src/recognition/plans/plan";
import { newGridPlan } from "../../../src/recognition/plans/new-grid";
import { markPlan } from "../../../src/recognition/plans/marks";
import { bindingMapOf } from "../../../src/recognition/workbook/binding-map";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";
import { parseA1, type CellValue } from "../../../src/recognition/snapshot/cells";
import { cellAt, type WorkbookSnapshot } from "../../../src/recognition/snapshot/workbook";
import { builtInGrid } from "../../../src/referentials";

const workbook = (): WorkbookSnapshot => ({
  sheets: [
    { name: "Léa Martin", cells: [["Nom", "Léa"], ["Note", null], ["Calcul", 12]], merges: [], hiddenRows: [], hiddenColumns: [], protected: false, formulaCells: ["B3"] },
    { name: "Verrouillée", cells: [["x"]], merges: [], hiddenRows: [], hiddenColumns: [], protected: true },
  ],
  names: [],
});

const cell = (sheet: string, address: string, value: CellInput, previous: CellValue = null): PlanChange => ({
  kind: "cell",
  sheet,
  address,
  value,
  previous,
  reason: { fr: "test", en: "test" },
});

const valueOf = (snapshot: WorkbookSnapshot, sheet: string, address: string) => {
  const at = parseA1(address)!;
  return cellAt(snapshot.sheets.find((s) => s.name === sheet)!, at.row, at.col);
};

function recording(host: DemoHost): DemoEvent[] {
  const events: DemoEvent[] = [];
  host.subscribe((e) => events.push(e));
  return events;
}

describe("locations", () => {
  it.each([
    ["'Léa Martin'!D12", "Léa Martin", { top: 11, left: 3, bottom: 11, right: 3 }],
    ["Feuil1!$B$2:C3", "Feuil1", { top: 1, left: 1, bottom: 2, right: 2 }],
    ["'L''atelier'!A1", "L'atelier", { top: 0, left: 0, bottom: 0, right: 0 }],
    ["Synthèse", "Synthèse", { top: 0, left: 0, bottom: 0, right: 0 }],
    ["'Jury 1 – Mme Caron'", "Jury 1 – Mme Caron", { top: 0, left: 0, bottom: 0, right: 0 }],
  ])("parses %s", (location, sheet, range) => {
    expect(parseLocation(location)).toEqual({ sheet, range });
  });

  it.each(["", "'Unclosed!A1", "Feuil1!ZZZZ1", "'Sheet'A1"])("refuses %j", (location) => {
    expect(parseLocation(location)).toBeNull();
  });

  it("writes a selection as Excel does, and keys cells without $", () => {
    expect(formatSelection({ sheet: "Léa Martin", range: { top: 1, left: 1, bottom: 2, right: 3 } })).toBe("'Léa Martin'!B2:D3");
    expect(formatSelection({ sheet: "Feuil1", range: { top: 0, left: 0, bottom: 0, right: 0 } })).toBe("Feuil1!A1");
    expect(cellKey("Feuil1", "$d$4")).toBe("Feuil1!D4");
  });

  it("calls an empty string and an empty cell the same value", () => {
    expect(sameCellValue("", null)).toBe(true);
    expect(sameCellValue(13, 13)).toBe(true);
    expect(sameCellValue(13, "13")).toBe(false);
    expect(sameCellValue({ error: "#N/A" }, { error: "#N/A" })).toBe(true);
  });
});

describe("DemoHost", () => {
  it("is a demo host in the language asked for, French by default without a browser", () => {
    expect(new DemoHost(workbook(), { locale: "en" }).locale).toBe("en");
    const host = new DemoHost(workbook());
    expect(host.kind).toBe("demo");
    expect(host.locale).toBe("fr");
  });

  it("reads a deep copy: changing it changes nothing in the host", async () => {
    const source = workbook();
    const host = new DemoHost(source);
    source.sheets[0]!.cells[0]![1] = "changé";
    const first = await host.readSnapshot();
    expect(valueOf(first, "Léa Martin", "B1")).toBe("Léa");
    first.sheets[0]!.cells[0]![1] = "modifié";
    first.names.push({ name: "x", ref: "A1" });
    const second = await host.readSnapshot();
    expect(valueOf(second, "Léa Martin", "B1")).toBe("Léa");
    expect(second.names).toEqual([]);
  });

  it("applies a plan into empty cells, reports what changed and notifies", async () => {
    const host = new DemoHost(workbook());
    const events = recording(host);
    const result = await host.applyPlan({ changes: [cell("Léa Martin", "B2", 15)] });
    expect(result).toEqual({ ok: true, written: 1 });
    expect(valueOf(await host.readSnapshot(), "Léa Martin", "B2")).toBe(15);
    expect([...host.changedCells]).toEqual(["Léa Martin!B2"]);
    expect(events).toEqual([{ kind: "applied", applied: { cells: ["Léa Martin!B2"], sheets: [] } }]);
    expect(host.getState().lastApplied).toEqual({ cells: ["Léa Martin!B2"], sheets: [], count: 1 });
  });

  it("overwrites a non-empty cell only when the plan says what it replaces (the teacher confirmed)", async () => {
    const host = new DemoHost(workbook());
    const blind = await host.applyPlan({ changes: [cell("Léa Martin", "B1", "Alice")] });
    expect(blind.ok).toBe(false);
    if (!blind.ok) expect(blind.errors[0]!.fr).toBe("Léa Martin, cellule B1 contient « Léa », que l'aperçu ne montrait pas : Grille ne le remplace pas sans votre accord (relancez la lecture)");
    const confirmed = await host.applyPlan({ changes: [cell("Léa Martin", "B1", "Alice", "Léa")] });
    expect(confirmed).toEqual({ ok: true, written: 1 });
    expect(valueOf(await host.readSnapshot(), "Léa Martin", "B1")).toBe("Alice");
    // The value confirmed is stale now: refused.
    const stale = await host.applyPlan({ changes: [cell("Léa Martin", "B1", "Chloé", "Léa")] });
    expect(stale.ok).toBe(false);
  });

  it("refuses a plan whole: nothing is written when one change stands in the way", async () => {
    const host = new DemoHost(workbook());
    const events = recording(host);
    const plan: WritePlan = {
      changes: [cell("Léa Martin", "B2", 15), cell("Léa Martin", "B3", 14, 12), cell("Verrouillée", "A2", 1), cell("Absente", "A1", 1)],
    };
    const result = await host.applyPlan(plan);
    if (result.ok) throw new Error("refusal expected");
    expect(result.errors.map((e) => e.fr)).toEqual([
      "Léa Martin, cellule B3 contient une formule : Grille ne la remplace pas",
      "Verrouillée, cellule A2 : la feuille « Verrouillée » est protégée, Grille n'y écrit pas (Révision › Ôter la protection de la feuille, puis réessayez)",
      "Absente, cellule A1 : la feuille « Absente » n'existe pas (a-t-elle été renommée ou supprimée ?)",
    ]);
    expect(result.errors[0]!.en).toBe("Léa Martin, cell B3 holds a formula: Grille does not replace it");
    expect(valueOf(await host.readSnapshot(), "Léa Martin", "B2")).toBeNull();
    expect(host.changedCells.size).toBe(0);
    expect(events).toEqual([]);
  });

  it("refuses whole a plan holding a change a workbook cannot take (a Word table)", async () => {
    const host = new DemoHost(workbook());
    const foreign = { kind: "insert-table", sheet: "Document" } as unknown as PlanChange;
    const result = await host.applyPlan({ changes: [cell("Léa Martin", "B2", 15), foreign] });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          fr: "Un tableau Word ne s'insère pas dans un classeur Excel : ouvrez le document dans Word.",
          en: "A Word table cannot be inserted into an Excel workbook: open the document in Word.",
        },
      ],
    });
    expect(host.changedCells.size).toBe(0);
  });

  it("refuses a new sheet whose name is taken, unless the plan replaces it", async () => {
    const compiled = builtInGrid("agora-e31")!;
    const host = new DemoHost(workbook());
    const plan = newGridPlan(compiled, { candidates: ["Inès"], existingSheets: [] });
    const sheet = (plan.changes[0] as Extract<PlanChange, { kind: "sheet" }>).sheet;
    const clash: WritePlan = { changes: [{ kind: "sheet", sheet: { ...sheet, name: "léa martin" }, replaces: false }] };
    const refused = await host.applyPlan(clash);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]!.fr).toBe("Une feuille « léa martin » existe déjà : Grille ne la remplace pas sans votre accord");
    expect(await host.applyPlan(plan)).toEqual({ ok: true, written: 1 });
    const after = await host.readSnapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(["Léa Martin", "Verrouillée", "Inès"]);
    expect(after.names.length).toBe(sheet.names.length);
    expect([...host.getState().addedSheets]).toEqual(["Inès"]);
    // Grille's proposal formula is a formula cell: a later mark plan does not write over it.
    const mark = sheet.names.find((n) => n.name.endsWith("_proposition"))!.address;
    expect(after.sheets[2]!.formulaCells).toContain(mark);
  });

  it("writes a cell of a sheet named in another case into the sheet as the workbook spells it", async () => {
    const host = new DemoHost(workbook());
    expect((await host.applyPlan({ changes: [cell("LÉA MARTIN", "B2", 9)] })).ok).toBe(true);
    expect(valueOf(await host.readSnapshot(), "Léa Martin", "B2")).toBe(9);
    expect([...host.changedCells]).toEqual(["Léa Martin!B2"]);
  });

  it("selects a cell, a range or a sheet, and says what is selected", async () => {
    const host = new DemoHost(workbook());
    const events = recording(host);
    expect(await host.selection()).toBeNull();
    await host.select("'Léa Martin'!B2");
    expect(await host.selection()).toBe("'Léa Martin'!B2");
    await host.select("'léa martin'!$A$1:B3");
    expect(await host.selection()).toBe("'Léa Martin'!A1:B3");
    await host.select("Verrouillée");
    expect(await host.selection()).toBe("'Verrouillée'!A1");
    expect(events.map((e) => (e.kind === "selected" ? formatSelection(e.selection) : e.kind))).toEqual(["'Léa Martin'!B2", "'Léa Martin'!A1:B3", "'Verrouillée'!A1"]);
    await expect(host.select("Absente!A1")).rejects.toThrow("emplacement inconnu « Absente!A1 »");
    await expect(host.select("pas une adresse!!")).rejects.toThrow();
    expect(await host.selection()).toBe("'Verrouillée'!A1");
  });

  it("stores the binding map in the workbook, as a copy", async () => {
    const { snapshot } = demoSample("e31");
    const host = new DemoHost(snapshot);
    const report = recognizeWorkbook(snapshot);
    const map = bindingMapOf(report.grid!.grid.id, report.bindings);
    await host.saveBindingMap(map);
    map.gridId = "autre";
    const stored = (await host.readSnapshot()).bindingMap as { gridId: string; sheets: object };
    expect(stored.gridId).toBe("agora-e31");
    expect(Object.keys(stored.sheets)).toHaveLength(6);
    expect(snapshot.bindingMap).toBeUndefined();
  });

  it("stops notifying after unsubscribing, and switches language with a notice", async () => {
    const host = new DemoHost(workbook(), { locale: "fr" });
    const events: DemoEvent[] = [];
    const stop = host.subscribe((e) => events.push(e));
    host.setLocale("en");
    host.setLocale("en");
    expect(host.locale).toBe("en");
    stop();
    await host.select("Verrouillée!A1");
    expect(events).toEqual([{ kind: "locale", locale: "en" }]);
  });

  it("gives React a new state object on each change and the same one otherwise", async () => {
    const host = new DemoHost(workbook());
    const before = host.getState();
    expect(host.getState()).toBe(before);
    await host.select("Verrouillée!A1");
    expect(host.getState()).not.toBe(before);
  });

  it("waits the latency asked for before answering", async () => {
    jest.useFakeTimers();
    try {
      const host = new DemoHost(workbook(), { latencyMs: 500 });
      let done = false;
      const pending = host.applyPlan({ changes: [cell("Léa Martin", "B2", 15)] }).then(() => (done = true));
      await jest.advanceTimersByTimeAsync(499);
      expect(done).toBe(false);
      expect(host.changedCells.size).toBe(0);
      await jest.advanceTimersByTimeAsync(1);
      await pending;
      expect(done).toBe(true);
      expect(host.changedCells.size).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it("runs the E31 sample's whole marking flow: four marks written, the typed 13 left alone", async () => {
    const host = new DemoHost(demoSample("e31").snapshot);
    const snapshot = await host.readSnapshot();
    const report = recognizeWorkbook(snapshot);
    const { plan, differences } = markPlan(report, (sheet, address) => valueOf(snapshot, sheet, address));
    expect(await host.applyPlan(plan)).toEqual({ ok: true, written: 4 });
    expect(host.changedCells.size).toBe(4);
    const after = recognizeWorkbook(await host.readSnapshot());
    expect(after.candidates.filter((c) => c.assessment.findings.some((f) => f.code === "mark-differs")).map((c) => c.name)).toEqual(["Chloé Dubois"]);
    // Overwriting the typed 13 once the teacher confirmed it: the plan carries 13 as what it replaces.
    const chloe = differences[0]!;
    const overwrite = cell(chloe.candidate.markCell!.sheet, chloe.candidate.markCell!.address, chloe.proposed, chloe.typed);
    expect(await host.applyPlan({ changes: [overwrite] })).toEqual({ ok: true, written: 1 });
    expect(recognizeWorkbook(await host.readSnapshot()).candidates.every((c) => !c.assessment.findings.some((f) => f.code === "mark-differs"))).toBe(true);
  });
});
