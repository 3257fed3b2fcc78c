import { DemoWordHost, blockKey, demoWordSample, demoWordSamples, WORD_E33_CANDIDATE, type DemoWordEvent } from "../../../src/hosts/demo";
import { documentMarkPlan, recognizeDocument } from "../../../src/recognition/document/recognize";
import type { DocumentSnapshot, ParagraphBlock } from "../../../src/recognition/document/snapshot";
import { gridWordTable, wordTableParts } from "../../../src/recognition/document/word-table";
import type { WritePlan } from "../../../src/recognition/plans/plan";
import { bindingMapOf } from "../../../src/recognition/workbook/binding-map";
import { builtInGrid } from "../../../src/referentials";

/** The demo's Word host: the Host port over a DocumentSnapshot, as the pane's Word flow uses it. */

const e33 = () => demoWordSample("word-e33");
const report = () => demoWordSample("word-report");
const hostOf = (id: "word-e33" | "word-report") => new DemoWordHost(demoWordSample(id).document, { locale: "fr", cursor: demoWordSample(id).cursor });
const texts = (doc: DocumentSnapshot) => doc.blocks.map((b) => (b.kind === "paragraph" ? b.text : `[tableau ${b.index}]`));
/** What inserting a grid adds to a document: its tables, and its paragraphs (title lines, spaces) with the heading and the empty paragraph after it. */
const insertedBlocks = (id: string) => {
  const parts = wordTableParts(gridWordTable(builtInGrid(id)!));
  const tables = parts.filter((p) => p.kind === "table").length;
  return { tables, paragraphs: parts.length - tables + 2 };
};

const insertPlan = (id = "mcv-e33", position: "selection" | "end" = "selection"): WritePlan => ({
  changes: [{ kind: "insert-table", sheet: "Dossier CCF - bilan.docx", table: gridWordTable(builtInGrid(id)!), heading: "Grille E33", position }],
});

describe("the Word samples", () => {
  it("are two, labelled in both languages", () => {
    expect(demoWordSamples().map((s) => s.id)).toEqual(["word-e33", "word-report"]);
    for (const sample of demoWordSamples()) {
      expect(sample.label.fr).toMatch(/^Word : /);
      expect(sample.label.en).toMatch(/^Word: /);
      expect(sample.description.en).not.toBe("");
    }
  });

  it("E33: the official grid recognised by its layout, one candidate, the number missing in table 1, the mark 15 to write in the placeholder", () => {
    const { document } = e33();
    const recognition = recognizeDocument(document);
    expect(recognition.source).toBe("detection");
    expect(recognition.report.grid?.grid.id).toBe("mcv-e33");
    const [candidate, ...others] = recognition.report.candidates;
    expect(others).toEqual([]);
    expect(candidate!.name).toBe(WORD_E33_CANDIDATE.name);
    expect(candidate!.assessment.result).toMatchObject({ kind: "mark", value: WORD_E33_CANDIDATE.mark });
    expect(candidate!.assessment.findings.map((f) => [f.code, recognition.layout.describe(f.at!).fr])).toEqual([
      ["field-empty", "tableau 1, ligne 5, colonne 2"],
      ["mark-missing", "paragraphe 7"],
    ]);
    const plan = documentMarkPlan(recognition).plan;
    expect(plan.changes).toHaveLength(1);
    expect(recognition.layout.describe(`'${document.name}'!${plan.changes[0]!.kind === "cell" ? plan.changes[0]!.address : ""}`).fr).toBe("paragraphe 7");
    // The grid's merged header: « Critères et indicateurs » over two rows and two columns, « PROFIL » over four.
    const grid = document.blocks.find((b) => b.kind === "table" && b.index === 2);
    expect(grid?.kind === "table" && grid.rows.slice(0, 2).map((r) => r.cells.map((c) => [c.gridSpan, c.vMerge]))).toEqual([
      [[2, "restart"], [4, null]],
      [[2, "continue"], [1, null], [1, null], [1, null], [1, null]],
    ]);
  });

  it("report: prose with no grid, the cursor in its second paragraph", () => {
    const { document, cursor } = report();
    expect(document.blocks.every((b) => b.kind === "paragraph")).toBe(true);
    expect((document.blocks[0] as ParagraphBlock).text).toBe("Dossier CCF — bilan");
    expect(cursor).toEqual({ kind: "paragraph", paragraph: 2 });
    expect(recognizeDocument(document).report.grid).toBeNull();
  });
});

describe("DemoWordHost", () => {
  it("is a Word host: reads its document as pseudo-sheets, copies it, describes places in the host's language", async () => {
    const host = hostOf("word-e33");
    expect(host.kind).toBe("word");
    const read = await host.readDocument();
    expect(read.document).toEqual(e33().document);
    read.document.blocks.pop();
    expect(host.getState().document.blocks).toHaveLength(e33().document.blocks.length);
    expect((await host.readSnapshot()).sheets.map((s) => s.name)).toEqual(["E33 - DUPONT Léa.docx"]);
    expect(host.describe("'E33 - DUPONT Léa.docx'!B9")).toBe("tableau 1, ligne 5, colonne 2");
    host.setLocale("en");
    expect(host.describe("'E33 - DUPONT Léa.docx'!B9")).toBe("table 1, row 5, column 2");
  });

  it("selects a finding's cell or paragraph, highlighting it and putting the cursor there", async () => {
    const host = hostOf("word-e33");
    const events: DemoWordEvent[] = [];
    host.subscribe((e) => events.push(e));
    await host.select("'E33 - DUPONT Léa.docx'!B9");
    expect(host.getState().selection).toEqual({ kind: "table", table: 1, row: 5, cell: 2 });
    expect(host.getState().cursor).toEqual({ kind: "table", table: 1, row: 5, cell: 2 });
    expect(await host.cursorInTable()).toBe(true);
    expect(await host.selection()).toBe("'E33 - DUPONT Léa.docx'!B9");
    await host.select("'E33 - DUPONT Léa.docx'!B25");
    expect(host.getState().selection).toEqual({ kind: "paragraph", paragraph: 7 });
    expect(await host.cursorInTable()).toBe(false);
    expect(events.map((e) => e.kind)).toEqual(["selected", "selected"]);
    await expect(host.select("'Autre.docx'!A1")).rejects.toThrow(/emplacement inconnu/);
    expect(() => host.show({ kind: "table", table: 9, row: 1, cell: 1 })).toThrow(/emplacement inconnu/);
  });

  it("writes the proposed mark into « Note : ……… / 20 », marks the paragraph changed, announces it", async () => {
    const host = hostOf("word-e33");
    const events: DemoWordEvent[] = [];
    host.subscribe((e) => events.push(e));
    const plan = documentMarkPlan(recognizeDocument((await host.readDocument()).document)).plan;
    expect(await host.applyPlan(plan)).toEqual({ ok: true, written: 1 });
    expect(texts(host.getState().document).at(-1)).toBe("Note : 15 / 20");
    expect(host.getState().changed).toEqual(new Set(["p7"]));
    expect(host.getState().lastApplied).toEqual({ cells: 0, paragraphs: 1, tables: 0, count: 1 });
    expect(events).toEqual([{ kind: "applied", applied: { cells: 0, paragraphs: 1, tables: 0 } }]);
    // Nothing left to write: the mark is read back from the document.
    const again = recognizeDocument((await host.readDocument()).document);
    expect(documentMarkPlan(again).plan.changes).toEqual([]);
    expect(again.report.candidates[0]!.evaluation.fields["mark"]?.value).toBe(15);
  });

  it("writes into a table cell, keeping its content control, and marks the cell changed", async () => {
    const host = hostOf("word-report");
    await host.applyPlan(insertPlan());
    const recognition = recognizeDocument((await host.readDocument()).document);
    const sheet = recognition.layout.sheets[0]!.name;
    const candidate = recognition.report.bindings[0]!.fields["candidate"]!.value;
    const result = await host.applyPlan({ changes: [{ kind: "cell", sheet, address: candidate, value: "MOREL Hugo", previous: null, reason: { fr: "", en: "" } }] });
    expect(result).toEqual({ ok: true, written: 1 });
    const location = recognition.layout.locate(`'${sheet}'!${candidate}`);
    expect(location?.kind).toBe("table");
    if (location?.kind !== "table") return;
    const key = blockKey({ kind: "table", table: location.table, row: location.row, cell: location.cell });
    expect(host.getState().changed).toEqual(new Set([key]));
    const control = host.getState().document.contentControls.find((c) => c.tag === "grille:mcv-e33:candidate");
    expect(control?.text).toBe("MOREL Hugo");
    expect(recognizeDocument(host.getState().document).report.candidates.map((c) => c.name)).toEqual(["MOREL Hugo"]);
  });

  it("inserts a grid after the cursor's paragraph; the markers, cursor and selection follow their blocks", async () => {
    const host = new DemoWordHost(e33().document, { locale: "fr", cursor: { kind: "paragraph", paragraph: 2 } });
    await host.applyPlan(documentMarkPlan(recognizeDocument((await host.readDocument()).document)).plan);
    host.show({ kind: "table", table: 1, row: 5, cell: 2 });
    host.show({ kind: "paragraph", paragraph: 2 });
    expect(await host.applyPlan(insertPlan("agora-e31"))).toEqual({ ok: true, written: 1 });
    const state = host.getState();
    // The grid: its title lines as paragraphs, the form rows' table, the official instructions as paragraphs, the grid's table (level header first), a space, the panel's table, an empty paragraph.
    expect(texts(state.document).slice(0, 20)).toEqual([
      e33().document.blocks[0]!.kind === "paragraph" ? (e33().document.blocks[0] as ParagraphBlock).text : "",
      expect.stringMatching(/^Sous-épreuve E33/),
      "Grille E33",
      expect.stringMatching(/^Baccalauréat professionnel Assistance/),
      expect.stringMatching(/^Sous-épreuve E31/),
      expect.stringMatching(/^Grille d’aide à l’évaluation/),
      expect.stringMatching(/^À l’usage de la commission/),
      "[tableau 1]",
      "Consignes aux évaluateurs",
      expect.stringMatching(/^L’évaluation par profil/),
      "Paliers de compétences :",
      expect.stringMatching(/^Novice : /),
      expect.stringMatching(/^Fonctionnel : /),
      expect.stringMatching(/^Maîtrise : /),
      expect.stringMatching(/^Expertise : /),
      "[tableau 2]",
      "",
      "[tableau 3]",
      "",
      expect.stringMatching(/^GRILLE D'ÉVALUATION/),
    ]);
    // The form rows', the grid's and the panel's tables.
    expect(state.inserted).toEqual(new Set(["t1", "t2", "t3"]));
    // « Note : 15 / 20 » was paragraph 7: the heading, 4 title lines, the 7 paragraphs of instructions, the space before the panel and the empty paragraph after the grid make it 21.
    expect(state.changed).toEqual(new Set(["p21"]));
    expect(texts(state.document).at(-1)).toBe("Note : 15 / 20");
    expect(state.cursor).toEqual({ kind: "paragraph", paragraph: 2 });
    expect(state.selection).toEqual({ kind: "paragraph", paragraph: 2 });
    expect(state.lastApplied).toMatchObject({ tables: 1, count: 2 });
    // The tags name the inserted grid (E31): recognition reads it first.
    expect(state.document.contentControls.every((c) => c.location?.kind === "table" && c.location.table <= 2)).toBe(true);
    const e31Columns = gridWordTable(builtInGrid("agora-e31")!).columns;
    expect(state.widths).toEqual(new Map([["t1", e31Columns], ["t2", e31Columns], ["t3", e31Columns]]));

    // Another grid before it (E33: the form rows', the grid's, the degrees of mastery's, the appraisal's,
    // the mark's and the panel's tables): the first one's become tables 7 to 9, with their markers and widths.
    host.show({ kind: "paragraph", paragraph: 1 });
    const e33Blocks = insertedBlocks("mcv-e33");
    expect(e33Blocks).toEqual({ tables: 6, paragraphs: 23 });
    await host.applyPlan(insertPlan("mcv-e33"));
    const after = host.getState();
    expect(after.inserted).toEqual(new Set(["t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9"]));
    expect(after.widths.get("t8")).toEqual(e31Columns);
    expect(after.widths.get("t2")).toEqual(gridWordTable(builtInGrid("mcv-e33")!).columns);
    // The E33 grid's paragraphs (its heading, title lines, official texts, spaces, the empty paragraph after it) come before: p21 becomes p44.
    expect(after.changed).toEqual(new Set([`p${21 + e33Blocks.paragraphs}`]));
    expect(after.document.contentControls.filter((c) => c.tag.startsWith("grille:agora-e31:")).every((c) => c.location?.kind === "table" && (c.location.table === 7 || c.location.table === 8))).toBe(true);
  });

  it("inserts at the end when there is no cursor, or when the plan says so", async () => {
    const host = new DemoWordHost(report().document, { locale: "fr" });
    await host.applyPlan(insertPlan());
    // The E33 grid ends with its appraisal's, mark's and panel's tables, then the empty paragraph after it.
    const inserted = ["[tableau 4]", "", "[tableau 5]", "", "[tableau 6]", ""];
    const { tables, paragraphs } = insertedBlocks("mcv-e33");
    expect(texts(host.getState().document).slice(-6)).toEqual(inserted);
    expect(texts(host.getState().document).at(-(tables + paragraphs))).toBe("Grille E33");
    const other = hostOf("word-report");
    await other.applyPlan(insertPlan("mcv-e33", "end"));
    expect(texts(other.getState().document).slice(-6)).toEqual(inserted);
    expect(texts(other.getState().document).at(-(tables + paragraphs))).toBe("Grille E33");
  });

  it("refuses, whole and in French: a grid while the cursor is in a table, a value typed since the read, a workbook change", async () => {
    const host = hostOf("word-e33");
    const before = host.getState().document;
    host.show({ kind: "table", table: 2, row: 3, cell: 1 });
    const inTable = await host.applyPlan(insertPlan());
    expect(inTable.ok).toBe(false);
    expect(!inTable.ok && inTable.errors[0]!.fr).toMatch(/^Le curseur est dans un tableau \(tableau 2, ligne 3, colonne 1\)/);

    const plan = documentMarkPlan(recognizeDocument(before)).plan;
    const typed: DocumentSnapshot = { ...before, blocks: before.blocks.map((b, i) => (i === before.blocks.length - 1 && b.kind === "paragraph" ? { ...b, text: "Note : 11 / 20" } : b)) };
    const stale = new DemoWordHost(typed, { locale: "fr" });
    const refused = await stale.applyPlan(plan);
    expect(!refused.ok && refused.errors.map((e) => e.fr)).toEqual([expect.stringMatching(/^paragraphe 7 contient « 11 », que l'aperçu ne montrait pas/)]);
    expect(texts(stale.getState().document).at(-1)).toBe("Note : 11 / 20");

    const sheet = await host.applyPlan({ changes: [{ kind: "name", name: "grille_note", sheet: before.name, address: "B1", previous: null }] });
    expect(!sheet.ok && sheet.errors[0]!.fr).toMatch(/un document Word n’a pas de noms/);
    expect(host.getState().document).toBe(before);
    expect(host.getState().lastApplied).toBeNull();
  });

  it("replaces a typed mark when the plan says what it replaces (the teacher confirmed)", async () => {
    const doc = e33().document;
    const typed: DocumentSnapshot = { ...doc, blocks: doc.blocks.map((b, i) => (i === doc.blocks.length - 1 && b.kind === "paragraph" ? { ...b, text: "Note : 12 / 20" } : b)) };
    const host = new DemoWordHost(typed, { locale: "fr" });
    const marks = documentMarkPlan(recognizeDocument(typed));
    expect(marks.differences.map((d) => [d.typed, d.proposed])).toEqual([["12", 15]]);
    const { candidate } = marks.differences[0]!;
    const plan: WritePlan = { changes: [{ kind: "cell", sheet: candidate.markCell!.sheet, address: candidate.markCell!.address, value: 15, previous: "12", reason: { fr: "", en: "" } }] };
    expect(await host.applyPlan(plan)).toEqual({ ok: true, written: 1 });
    expect(texts(host.getState().document).at(-1)).toBe("Note : 15 / 20");
  });

  it("stores a binding map with the document's structure, which recognition then uses", async () => {
    const host = hostOf("word-e33");
    const recognition = recognizeDocument((await host.readDocument()).document);
    await host.saveBindingMap(bindingMapOf("mcv-e33", recognition.report.bindings));
    expect(recognizeDocument((await host.readDocument()).document).source).toBe("stored");
  });

  it("waits as an Office round trip would, when asked to", async () => {
    const host = new DemoWordHost(report().document, { latencyMs: 30 });
    const started = Date.now();
    await host.readDocument();
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
