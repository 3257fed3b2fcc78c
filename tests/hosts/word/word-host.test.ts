import { readDocxBuffer } from "../../../src/hosts/docx";
import { replaceInParagraph } from "../../../src/hosts/docx/edit";
import { paragraphText } from "../../../src/hosts/ooxml/body";
import { WordHost } from "../../../src/hosts/word";
import { documentMarkPlan, recognizeDocument } from "../../../src/recognition/document/recognize";
import { fillWordTable, gridWordTable } from "../../../src/recognition/document/word-table";
import type { WritePlan } from "../../../src/recognition/plans/plan";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";
import { aDocument, e31Document, e33Document } from "../../support/docx-builder";
import { anEvaluation, grid } from "../../support/evaluation-builder";
import { FakeWord, PropertyNotLoaded, type FakeWordOptions } from "../../support/fake-word";

async function wordWith(buffer: Promise<Buffer>, options: FakeWordOptions = {}) {
  const fake = await FakeWord.fromDocx(await buffer, options);
  return { fake, host: new WordHost(fake.env, fake.run) };
}

describe("the Word host reads the open document", () => {
  it("in two round trips when tables have merged cells, as exactly as the .docx reader", async () => {
    const buffer = e33Document(aDocument()).toBuffer();
    const { fake, host } = await wordWith(buffer);
    const state = await host.readDocument();
    expect(fake.syncs).toBe(2);
    const file = await readDocxBuffer(await buffer, "rapport.docx");
    // Uniform tables come from their cell texts (no merge to tell), the others from their OOXML: the same blocks.
    const withoutMerges = (blocks: object[]) => blocks.map((b) => ({ ...b, merges: undefined }));
    expect(withoutMerges(state.document.blocks)).toEqual(withoutMerges(file.ok ? file.snapshot.blocks : []));
    expect(state.document.blocks.filter((b) => b.kind === "table").map((b) => b.kind === "table" && b.merges)).toEqual(["none", "exact", "none"]);
    const report = recognizeWorkbook(state.snapshot);
    expect(report.candidates.map((c) => [c.name, c.assessment.complete, c.assessment.result?.kind === "mark" && c.assessment.result.value])).toEqual([["DUPONT Léa", true, 15]]);
  });

  it("in one round trip when every table is uniform", async () => {
    const { fake, host } = await wordWith(aDocument().paragraph("Nom : Alice").table([["1.1", "X"], ["1.2", ""]]).toBuffer());
    const state = await host.readDocument();
    expect(fake.syncs).toBe(1);
    expect(state.document.blocks[1]).toMatchObject({ kind: "table", merges: "none", rows: [{ cells: [{ text: "1.1" }, { text: "X" }] }, { cells: [{ text: "1.2" }, { text: "" }] }] });
  });

  it("falls back on cell texts when a table's OOXML cannot be read, and says so", async () => {
    const { host } = await wordWith(e31Document(aDocument()).toBuffer(), { brokenOoxml: true });
    const state = await host.readDocument();
    expect(state.layout.notes.map((n) => n.fr)).toContain("Tableau 1 : Word ne dit pas quelles cellules sont fusionnées ; les cellules d’une ligne courte sont lues de gauche à droite.");
    // Still the grid, with its crosses under N F M E (the rows of merged cells sit one column off).
    const report = recognizeWorkbook(state.snapshot);
    expect(report.grid?.grid.id).toBe("agora-e31");
    expect(report.candidates[0]!.evaluation.ratings["1.1"]!.values[0]).toMatchObject({ kind: "level", code: "M" });
  });

  it("reads Word's line breaks (\\v) and cell paragraphs (\\r) as lines", async () => {
    const { host } = await wordWith(aDocument().paragraph("un\ndeux").table([["a\nb", "c"]], { merges: [] }).toBuffer());
    const state = await host.readDocument();
    expect(state.document.blocks.map((b) => (b.kind === "paragraph" ? b.text : b.rows[0]!.cells[0]!.text))).toEqual(["un\ndeux", "a\nb"]);
  });

  it("is a fake that throws on reading before load and sync", async () => {
    const fake = await FakeWord.fromDocx(await aDocument().paragraph("x").toBuffer());
    await fake.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      expect(() => paragraphs.items).toThrow(PropertyNotLoaded);
      await context.sync();
      expect(paragraphs.items[0]!.text).toBe("x");
      expect(() => paragraphs.items[0]!.style).toThrow(PropertyNotLoaded);
    });
  });
});

describe("the Word host writes in one round trip", () => {
  it("the proposed mark into « Note : ……… / 20 »", async () => {
    const { fake, host } = await wordWith(e33Document(aDocument()).toBuffer());
    const state = await host.readDocument();
    const marks = documentMarkPlan(recognizeDocument(state.document));
    expect(marks.plan.changes).toHaveLength(1);
    const before = fake.syncs;
    expect(await host.applyPlan(marks.plan)).toEqual({ ok: true, written: 1 });
    expect(fake.syncs - before).toBe(1);
    expect(fake.outline().at(-1)).toBe("Note : 15 / 20");
  });

  it("into a tagged cell, keeping its content control; then reads it back by its tags", async () => {
    const e31 = grid("agora-e31");
    const evaluation = anEvaluation(e31).withLevels({ "1.1": "M", "1.2": "F", "1.3": "E" }).withAllFields().withField("candidate", "MARTIN Alice").withPanel([["Mme DURAND", "Professeure"]]).build();
    const { fake, host } = await wordWith(aDocument().paragraph("Rapport").toBuffer());
    const insert: WritePlan = { changes: [{ kind: "insert-table", sheet: "rapport.docx", table: fillWordTable(gridWordTable(e31), evaluation), heading: "MARTIN Alice", position: "selection" }] };
    expect(await host.applyPlan(insert)).toEqual({ ok: true, written: 1 });
    expect(fake.syncs).toBe(1);
    expect(fake.inserted).toHaveLength(1);

    const state = await host.readDocument();
    const recognition = recognizeDocument(state.document);
    expect(recognition.source).toBe("tags");
    const marks = documentMarkPlan(recognition);
    const before = fake.syncs;
    expect(await host.applyPlan(marks.plan)).toEqual({ ok: true, written: 1 });
    expect(fake.syncs - before).toBe(1);
    const again = recognizeDocument((await host.readDocument()).document);
    expect(again.report.candidates[0]!.evaluation.fields["mark"]?.value).toBe(15);
    expect(again.report.candidates[0]!.assessment.findings).toEqual([]);
    expect(again.source).toBe("tags");
  });

  it("refuses a plan the document cannot take, sending nothing", async () => {
    const { fake, host } = await wordWith(e33Document(aDocument()).toBuffer());
    await host.readDocument();
    const before = fake.syncs;
    const result = await host.applyPlan({ changes: [{ kind: "name", name: "grille_note", sheet: "rapport.docx", address: "B1", previous: null }] });
    expect(result.ok).toBe(false);
    expect(fake.syncs).toBe(before);
  });

  it("writes nothing when the document changed since it was read", async () => {
    const { fake, host } = await wordWith(e33Document(aDocument()).toBuffer());
    const state = await host.readDocument();
    const plan = documentMarkPlan(recognizeDocument(state.document)).plan;
    // The teacher types a mark in Word after Grille read the document.
    const note = fake.topParagraphs().at(-1)!;
    const typed = paragraphText(note);
    replaceInParagraph(note, typed.indexOf("…"), typed.lastIndexOf("…") + 1, "12");
    expect(fake.outline().at(-1)).toBe("Note : 12 / 20");
    const result = await host.applyPlan(plan);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ fr: expect.stringContaining("Le document a changé depuis la lecture") })] });
    expect(fake.writes).toBe(0);
    expect(fake.outline().at(-1)).toBe("Note : 12 / 20");
  });
});

describe("the Word host points at places", () => {
  it("selects a finding's cell, in one round trip", async () => {
    const { fake, host } = await wordWith(e31Document(aDocument(), { levels: { "1.1": "M", "1.2": null, "1.3": "E" } }).toBuffer());
    const state = await host.readDocument();
    const finding = recognizeWorkbook(state.snapshot).candidates[0]!.assessment.findings.find((f) => f.code === "level-missing")!;
    expect(host.describe(finding.at!)).toBe("tableau 1, ligne 4, colonne 3");
    const before = fake.syncs;
    await host.select(finding.at!);
    expect(fake.syncs - before).toBe(1);
    expect(fake.selected).toEqual({ kind: "cell", table: 1, row: 4, cell: 2 });
  });

  it("names the selected table cell as a pseudo-sheet cell", async () => {
    const { host } = await wordWith(e31Document(aDocument()).toBuffer(), { selection: { kind: "cell", table: 1, row: 2, cell: 4 } });
    const state = await host.readDocument();
    const at = await host.selection();
    expect(at).not.toBeNull();
    expect(state.layout.locate(at!)).toEqual({ kind: "table", table: 1, row: 2, cell: 4, column: 5 });
  });

  it("tells whether the cursor is inside a table (no grid is inserted there), in one round trip", async () => {
    const inCell = await wordWith(e31Document(aDocument()).toBuffer(), { selection: { kind: "cell", table: 1, row: 2, cell: 4 } });
    expect(await inCell.host.cursorInTable()).toBe(true);
    expect(inCell.fake.syncs).toBe(1);
    const inParagraph = await wordWith(e31Document(aDocument()).toBuffer(), { selection: { kind: "paragraph", index: 2 } });
    expect(await inParagraph.host.cursorInTable()).toBe(false);
    expect(inParagraph.fake.syncs).toBe(1);
  });

  it("keeps a corrected binding map in a custom XML part, used while the document keeps its structure", async () => {
    const { fake, host } = await wordWith(e31Document(aDocument()).toBuffer());
    const state = await host.readDocument();
    const report = recognizeWorkbook(state.snapshot);
    const map = { version: 1 as const, gridId: "agora-e31", sheets: Object.fromEntries(report.bindings.map((b) => [b.sheet, { ...b, notes: [{ fr: "corrigée", en: "corrected" }] }])) };
    await host.saveBindingMap(map);
    expect([...fake.parts.values()].map((p) => p.namespace)).toEqual(["https://grille.app/binding-map/1"]);
    const again = await host.readDocument();
    expect(recognizeDocument(again.document).source).toBe("stored");
    // Saved twice: one part, replaced.
    await host.saveBindingMap(map);
    expect(fake.parts.size).toBe(1);
  });

  it("without custom XML parts (WordApi 1.3), keeps the map for the session", async () => {
    const { fake, host } = await wordWith(e31Document(aDocument()).toBuffer(), { api: ["1.1", "1.2", "1.3"] });
    const state = await host.readDocument();
    await host.saveBindingMap({ version: 1, gridId: "agora-e31", sheets: Object.fromEntries(recognizeWorkbook(state.snapshot).bindings.map((b) => [b.sheet, b])) });
    expect(fake.parts.size).toBe(0);
    expect(recognizeDocument((await host.readDocument()).document).source).toBe("stored");
  });
});
