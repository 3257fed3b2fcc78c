/** @jest-environment jsdom */
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { DemoHost, DemoWordHost, DocumentView, demoSample, demoWordSample, WORD_E33_CANDIDATE } from "../../src/hosts/demo";
import { recognizeDocument } from "../../src/recognition/document/recognize";
import type { DocumentSnapshot, ParagraphBlock, TableBlock } from "../../src/recognition/document/snapshot";
import { evaluationExport, parseEvaluationExport } from "../../src/recognition/document/evaluation-export";
import { fillWordTable, gridWordTable, wordTableParts } from "../../src/recognition/document/word-table";
import { builtInGrid } from "../../src/referentials";
import type { Host } from "../../src/hosts/host";
import { WordHost } from "../../src/hosts/word/word-host";
import { readText } from "../../src/taskpane/state/usePaneState";
import { aDocument, e33Document } from "../support/docx-builder";
import { FakeWord } from "../support/fake-word";
import { findDialog, renderPane } from "./render-pane";

// The machine is shared: a jsdom pane test can take long when it is busy.
jest.setTimeout(90_000);

const e33Sample = () => demoWordSample("word-e33");
const reportSample = () => demoWordSample("word-report");

const wordHost = (id: "word-e33" | "word-report", change?: (doc: DocumentSnapshot) => DocumentSnapshot) => {
  const sample = demoWordSample(id);
  return new DemoWordHost(change ? change(sample.document) : sample.document, { locale: "fr", cursor: sample.cursor });
};

const paragraphs = (host: DemoWordHost) => host.getState().document.blocks.filter((b): b is ParagraphBlock => b.kind === "paragraph");
const tables = (host: DemoWordHost) => host.getState().document.blocks.filter((b): b is TableBlock => b.kind === "table");
const lastParagraph = (host: DemoWordHost) => paragraphs(host).at(-1)!.text;

/** The E33 sample with a mark already typed in « Note : … / 20 ». */
const withTypedMark = (mark: string) => (doc: DocumentSnapshot): DocumentSnapshot => ({
  ...doc,
  blocks: doc.blocks.map((b, i) => (i === doc.blocks.length - 1 && b.kind === "paragraph" ? { ...b, text: `Note : ${mark} / 20` } : b)),
});

async function recognisedWord(host: Host) {
  const pane = await renderPane(host);
  await pane.user.click(pane.button("recognize.button"));
  await screen.findByText(pane.t("recognize.candidateCount", { count: 1 }));
  return pane;
}

/** A bad record, an E31 record that is fine: what a teacher may paste or import. */
function e31Record(): string {
  const e31 = builtInGrid("agora-e31")!;
  const at = (id: string) => ({ at: `'Alice'!${id}` });
  return JSON.stringify(
    evaluationExport("agora-e31", "MARTIN Alice", {
      gridId: "agora-e31",
      ratings: { "1.1": { values: [{ kind: "level", code: "M" }] }, "1.2": { values: [{ kind: "level", code: "F" }] }, "1.3": { values: [{ kind: "level", code: "E" }] } },
      fields: Object.fromEntries(
        e31.grid.fields.map((f) => [f.id, { value: f.kind === "mark" ? null : f.id === "candidate" ? "MARTIN Alice" : f.id === "date" ? "12/05/2026" : `${f.label} rempli`, ...at("B2") }]),
      ),
      panel: { members: [{ name: "Mme DURAND Claire", role: "Professeure" }], roles: true },
      flags: {},
    }),
  );
}

/**
 * Ticks the one incomplete grid's mark in the write step, writes it and confirms: the dialog asks about
 * incomplete grids and names DUPONT Léa.
 */
async function writeIncomplete(pane: Awaited<ReturnType<typeof renderPane>>, write: HTMLElement): Promise<void> {
  const incomplete = within(write).getByRole("list", { name: pane.t("write.incomplete") });
  await pane.user.click(within(incomplete).getByRole("checkbox", { name: /DUPONT Léa/ }));
  await pane.user.click(pane.button("write.button", { count: 1 }));
  const dialog = await findDialog();
  expect(dialog.textContent).toContain(pane.t("write.confirmIncompleteTitle"));
  expect(dialog.textContent).toContain("DUPONT Léa");
  await pane.user.click(within(dialog).getByRole("button", { name: pane.t("write.confirm"), hidden: true }));
}

describe("the Word flow on the demo's Word host", () => {
  it("shows the Word steps, not the workbook ones", async () => {
    const pane = await renderPane(wordHost("word-e33"));
    for (const key of ["step.recognize", "step.check", "step.marks", "step.writeMark"] as const) expect(pane.button(key)).toBeTruthy();
    expect(screen.getByRole("tab", { name: pane.t("path.wordPrepare") })).toBeTruthy();
    for (const key of ["step.binding", "step.synthesis", "step.newGrid", "step.write"] as const) expect(screen.queryByRole("button", { name: pane.t(key) })).toBeNull();
    // Its evaluation path: recognise, check, the mark, write it, then « Fiches pour la commission ».
    expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(5);
    expect(pane.button("step.commission")).toBeTruthy();
  });

  it("recognises the E33 document: grid, how it was read, one candidate", async () => {
    const host = wordHost("word-e33");
    const pane = await recognisedWord(host);
    expect(screen.getByText("Bac Pro MCV — E33")).toBeTruthy();
    expect(screen.getByText(pane.t("wordRecognize.source.detection"))).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain("Grille reconnue");
  });

  it("lists the findings with their place in the document; clicking one selects the table cell", async () => {
    const host = wordHost("word-e33");
    const pane = await recognisedWord(host);
    const check = await pane.openStep("step.check");
    expect(within(check).getByText(pane.t("check.inDocument", { place: "E33 - DUPONT Léa.docx" }))).toBeTruthy();
    await pane.user.click(within(check).getByRole("button", { name: /DUPONT Léa/ }));
    const list = within(check).getByRole("list", { name: pane.t("check.findingsOf", { name: "DUPONT Léa" }) });
    const finding = within(list).getByRole("button", { name: /Numéro du \(de la\) candidat\(e\)/ });
    expect(finding.textContent).toContain("tableau 1, ligne 5, colonne 2");
    await pane.user.click(finding);
    expect(host.getState().selection).toEqual({ kind: "table", table: 1, row: 5, cell: 2 });
    expect(host.getState().cursor).toEqual({ kind: "table", table: 1, row: 5, cell: 2 });
  });

  it("previews the mark into « Note : ……… / 20 », writes it in one plan, and reads it back", async () => {
    const host = wordHost("word-e33");
    const pane = await recognisedWord(host);
    const write = await pane.openStep("step.writeMark");
    // The sample's grid is incomplete: its mark is not among the marks to write, but listed apart, unticked.
    expect(within(write).queryByRole("list", { name: pane.t("wordWrite.preview", { count: 1 }) })).toBeNull();
    expect(within(write).getByText(pane.t("wordWrite.nothingToWrite"))).toBeTruthy();
    const incomplete = within(write).getByRole("list", { name: pane.t("write.incomplete") });
    const box = within(incomplete).getByRole("checkbox", { name: /DUPONT Léa/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(within(incomplete).getByRole("button", { name: "paragraphe 7" })).toBeTruthy();
    expect(pane.button("write.button", { count: 0 }).getAttribute("aria-disabled")).toBe("true");
    expect(lastParagraph(host)).toBe("Note : ……………… / 20");

    // Ticked, it is written after a confirmation that names whose mark is written from an incomplete grid.
    await writeIncomplete(pane, write);
    await within(write).findByText(pane.t("wordWrite.done", { count: 1 }));
    expect(lastParagraph(host)).toBe("Note : 15 / 20");
    expect(host.getState().changed).toEqual(new Set(["p7"]));
    // The pane read the document again: nothing left to write; the mark is read from the document.
    await waitFor(() => expect(within(write).getByText(pane.t("wordWrite.nothingToWrite"))).toBeTruthy());
    const again = recognizeDocument((await host.readDocument()).document);
    expect(again.report.candidates[0]!.evaluation.fields["mark"]?.value).toBe(15);
    expect(again.report.candidates[0]!.assessment.findings.map((f) => f.code)).toEqual(["field-empty"]);
  });

  it("never replaces a different typed mark unless its box is ticked and the replacement confirmed", async () => {
    const host = wordHost("word-e33", withTypedMark("12"));
    const pane = await recognisedWord(host);
    const write = await pane.openStep("step.writeMark");
    expect(within(write).getByText(pane.t("wordWrite.nothingToWrite"))).toBeTruthy();
    const box = within(write).getByRole("checkbox", { name: /Remplacer 12 par 15/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(pane.button("write.button", { count: 0 }).getAttribute("aria-disabled")).toBe("true");

    await pane.user.click(box);
    await pane.user.click(pane.button("write.button", { count: 1 }));
    const dialog = await findDialog();
    expect(dialog.textContent).toContain(pane.t("wordWrite.confirmBody", { count: 1 }));
    await pane.user.click(within(dialog).getByRole("button", { name: pane.t("common.cancel"), hidden: true }));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(lastParagraph(host)).toBe("Note : 12 / 20");

    await pane.user.click(pane.button("write.button", { count: 1 }));
    await pane.user.click(within(await findDialog()).getByRole("button", { name: pane.t("write.confirm"), hidden: true }));
    await within(write).findByText(pane.t("wordWrite.done", { count: 1 }));
    expect(lastParagraph(host)).toBe("Note : 15 / 20");
  });

  it("refuses to write over a mark typed after the document was read, and says so in French", async () => {
    const host = wordHost("word-e33");
    const pane = await recognisedWord(host);
    const write = await pane.openStep("step.writeMark");
    // The teacher types 11 in Word meanwhile.
    (host as unknown as { state: { document: DocumentSnapshot } }).state.document = withTypedMark("11")(host.getState().document);
    await writeIncomplete(pane, write);
    expect((await screen.findAllByText(pane.t("error.documentRefused"))).length).toBeGreaterThan(0);
    expect(screen.getByText(/paragraphe 7 contient « 11 », que l'aperçu ne montrait pas/)).toBeTruthy();
    expect(lastParagraph(host)).toBe("Note : 11 / 20");
  });
});

describe("inserting a grid into a report", () => {
  it("inserts a blank E33 grid after the cursor's paragraph; the view shows it; recognition reads it by its tags", async () => {
    const host = wordHost("word-report");
    render(<DocumentView host={host} locale="fr" />);
    const pane = await renderPane(host);
    await pane.user.click(pane.button("recognize.button"));
    await screen.findByRole("heading", { name: pane.t("recognize.nothing") });

    const insert = await pane.openStep("step.insertGrid");
    expect(within(insert).getByText(pane.t("insert.chooseFirst"))).toBeTruthy();
    expect(pane.button("insert.button").getAttribute("aria-disabled")).toBe("true");
    await pane.user.click(within(insert).getByRole("combobox", { name: pane.t("insert.grid") }));
    await pane.user.click(await screen.findByRole("option", { name: /E33$/ }));
    const preview = within(insert).getByTestId("insert-preview");
    expect(preview.textContent).toMatch(/^Sera inséré après le paragraphe du curseur : le titre « Bac Pro MCV — E33 », puis la grille \(\d+ lignes de tableau, dont \d+ cases que Grille saura relire\)\.$/);

    await pane.user.click(pane.button("insert.button"));
    await within(insert).findByText(pane.t("insert.done"));
    const blocks = host.getState().document.blocks;
    // After the heading: the title's 9 lines as paragraphs (with « Coefficient 3 », « Épreuve orale ponctuelle »,
    // « Durée : 40 minutes »), the form rows' table, the grid's table, the degrees of mastery under their
    // heading, « Commentaires objectifs » and the appraisal, the mark's and the panel's tables; then the
    // empty paragraph after the grid and the report's 4 paragraphs that followed the cursor.
    const grid = wordTableParts(gridWordTable(builtInGrid("mcv-e33")!)).map((p) => (p.kind === "table" ? "table" : "p"));
    expect(grid.slice(0, 10)).toEqual([...Array<string>(9).fill("p"), "table"]);
    expect(blocks.map((b) => (b.kind === "table" ? "table" : b.heading ? `h${b.heading}` : "p"))).toEqual(["h1", "p", "h1", ...grid, "p", "p", "p", "p", "p"]);
    expect(host.getState().inserted).toEqual(new Set(["t1", "t2", "t3", "t4", "t5", "t6"]));
    expect(host.getState().cursor).toEqual({ kind: "paragraph", paragraph: 2 });

    // The document view shows the inserted grid's table, its tagged cells outlined.
    const table = screen.getByTestId("doc-table-2");
    expect(table.getAttribute("data-inserted")).toBe("true");
    expect(table.querySelectorAll("[data-tag^='grille:mcv-e33:']").length).toBeGreaterThan(10);
    expect(screen.getByTestId("doc-paragraph-3").textContent).toBe("Bac Pro MCV — E33");
    // Laid out as Word lays it: the grid's column widths.
    expect(table.querySelectorAll("col").length).toBeGreaterThan(3);

    // Recognised again after the insert: by Grille's content controls; a blank grid is a template.
    await pane.openStep("step.recognize");
    await screen.findByText(pane.t("wordRecognize.source.tags"));
    expect(screen.getByText(pane.t("recognize.templates"))).toBeTruthy();
    const recognition = recognizeDocument((await host.readDocument()).document);
    expect(recognition.source).toBe("tags");
    expect(recognition.report.grid?.grid.id).toBe("mcv-e33");
    expect(recognition.report.templates).toEqual(["Dossier CCF - bilan.docx"]);
  });

  it("refuses to insert when the cursor is inside a table, with a clear message in the step", async () => {
    const host = wordHost("word-e33");
    const pane = await renderPane(host);
    host.show({ kind: "table", table: 2, row: 3, cell: 1 });
    const insert = await pane.openStep("step.insertGrid");
    await pane.user.click(within(insert).getByRole("combobox", { name: pane.t("insert.grid") }));
    await pane.user.click(await screen.findByRole("option", { name: /E31$/ }));
    const before = tables(host).length;
    await pane.user.click(pane.button("insert.button"));
    expect(await within(insert).findByText(pane.t("insert.inTable"))).toBeTruthy();
    expect(tables(host)).toHaveLength(before);
  });

  it("shows in French why a record cannot be read, then inserts the grid filled with a good one", async () => {
    const host = wordHost("word-report");
    const pane = await renderPane(host);
    const insert = await pane.openStep("step.insertGrid");
    await pane.user.click(within(insert).getByRole("radio", { name: pane.t("insert.filled") }));
    expect(within(insert).getByText(pane.t("insert.needRecord"))).toBeTruthy();
    const input = within(insert).getByTestId("insert-record-file") as HTMLInputElement;

    await pane.user.upload(input, new File(["{ pas du json"], "fiche.json", { type: "application/json" }));
    let alert = await within(insert).findByTestId("insert-record-errors");
    expect(alert.textContent).toContain(pane.t("insert.rejected", { name: "fiche.json", count: 1 }));
    expect(alert.textContent).toContain("le texte n’est pas du JSON");

    const wrong = JSON.stringify({ format: "grille-evaluation", version: 1, gridId: "agora-e31", candidate: 3, evaluation: { gridId: "agora-e31", ratings: { "1.1": { values: [{ kind: "niveau" }] } } } });
    await pane.user.upload(input, new File([wrong], "autre.json", { type: "application/json" }));
    alert = await within(insert).findByTestId("insert-record-errors");
    await waitFor(() => expect(alert.textContent).toContain("autre.json"));
    expect(within(alert).getAllByRole("listitem").map((li) => li.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/^candidat : type attendu/)]));
    expect(pane.button("insert.button").getAttribute("aria-disabled")).toBe("true");

    await pane.user.upload(input, new File([JSON.stringify({ format: "grille-evaluation", version: 2 })], "v2.json"));
    await waitFor(() => expect(within(insert).getByTestId("insert-record-errors").textContent).toContain("Version de fiche non prise en charge"));

    await pane.user.click(within(insert).getByTestId("insert-record-text"));
    await pane.user.paste(e31Record());
    await pane.user.click(pane.button("insert.read"));
    await within(insert).findByText(/^Fiche de MARTIN Alice \(Bac Pro AGOrA — E31\)/);
    expect(within(insert).getByRole("combobox", { name: pane.t("insert.grid") }).textContent).toMatch(/E31$/);
    await pane.user.click(pane.button("insert.button"));
    await within(insert).findByText(pane.t("insert.done"));

    const recognition = recognizeDocument((await host.readDocument()).document);
    expect(recognition.source).toBe("tags");
    const candidate = recognition.report.candidates[0]!;
    expect(candidate.name).toBe("MARTIN Alice");
    expect(candidate.evaluation.ratings["1.1"]!.values).toEqual([expect.objectContaining({ kind: "level", code: "M" })]);
    expect(candidate.assessment.result).toMatchObject({ kind: "mark", value: 15 });
  });
});

describe("« Copier la fiche » in the workbook pane", () => {
  const original = { clipboard: Object.getOwnPropertyDescriptor(navigator, "clipboard"), createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  afterEach(() => {
    if (original.clipboard) Object.defineProperty(navigator, "clipboard", original.clipboard);
    else delete (navigator as { clipboard?: unknown }).clipboard;
    URL.createObjectURL = original.createObjectURL;
    // jsdom has none; the pane revokes the link's URL a second after the download starts.
    URL.revokeObjectURL = original.revokeObjectURL ?? (() => undefined);
    jest.restoreAllMocks();
  });

  /** The E33 class pane, the candidate's result open; `clipboard` replaces the one user-event sets up. */
  async function marksOf(name: RegExp, clipboard: unknown) {
    const host = new DemoHost(demoSample("e33").snapshot, { locale: "fr" });
    const pane = await renderPane(host);
    Object.defineProperty(navigator, "clipboard", { value: clipboard, configurable: true });
    await pane.user.click(pane.button("recognize.button"));
    await screen.findByText(pane.t("layout.sheet-per-candidate"));
    const marks = await pane.openStep("step.marks");
    await pane.user.click(within(marks).getByRole("button", { name }));
    return { pane, marks };
  }

  it("puts on the clipboard a record that the Word pane accepts and that fills a Word table", async () => {
    const writeText = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
    const { pane, marks } = await marksOf(/^Emma Laurent/, { writeText });
    const copies = within(marks).getAllByRole("button", { name: pane.t("record.copy") });
    await pane.user.click(copies[0]!);
    await within(marks).findByText(pane.t("record.copied", { name: "Emma Laurent" }));
    expect(writeText).toHaveBeenCalledTimes(1);

    const parsed = parseEvaluationExport(writeText.mock.calls[0]![0]);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(parsed.value).toMatchObject({ format: "grille-evaluation", version: 1, gridId: "mcv-e33", candidate: "Emma Laurent" });
    const e33 = builtInGrid("mcv-e33")!;
    const filled = fillWordTable(gridWordTable(e33), parsed.value.evaluation);
    const crosses = filled.rows.flat().filter((c) => c.tag && c.text === "X").map((c) => c.tag);
    expect(crosses).toHaveLength(4);
    for (const [item, rating] of Object.entries(parsed.value.evaluation.ratings)) {
      const level = rating.values[0];
      if (level?.kind === "level") expect(crosses).toContain(`grille:mcv-e33:${item}:${level.code}`);
    }

    // In Word: pasted into « Insérer une grille », inserted into the report, read back with the same mark.
    cleanup();
    const host = wordHost("word-report");
    const word = await renderPane(host);
    const insert = await word.openStep("step.insertGrid");
    await word.user.click(within(insert).getByRole("radio", { name: word.t("insert.filled") }));
    await word.user.click(within(insert).getByTestId("insert-record-text"));
    await word.user.paste(writeText.mock.calls[0]![0]);
    await word.user.click(word.button("insert.read"));
    await within(insert).findByText(/^Fiche de Emma Laurent \(Bac Pro MCV — E33\)/);
    expect(within(insert).getByTestId("insert-preview").textContent).toContain("« Bac Pro MCV — E33 — Emma Laurent »");
    await word.user.click(word.button("insert.button"));
    await within(insert).findByText(word.t("insert.done"));
    const recognition = recognizeDocument((await host.readDocument()).document);
    expect(recognition.source).toBe("tags");
    expect(recognition.report.candidates.map((c) => [c.name, c.assessment.complete, c.assessment.result?.kind === "mark" && c.assessment.result.value])).toEqual([["Emma Laurent", true, 16.5]]);
    // The date read from the workbook (ISO) is written as a teacher writes it.
    expect(recognition.report.candidates[0]!.evaluation.fields["date"]?.value).toBe("27/05/2025");
  });

  it("offers « Enregistrer le fichier » where the clipboard is not available, and saves the same JSON", async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:fiche";
    });
    URL.revokeObjectURL = jest.fn();
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { pane, marks } = await marksOf(/^Emma Laurent/, undefined);
    const save = within(marks).getAllByRole("button", { name: pane.t("record.save") })[0]!;
    await pane.user.click(save);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe("fiche-mcv-e33-emma-laurent.json");
    expect(clicked[0]!.getAttribute("href")).toBe("blob:fiche");
    await within(marks).findByText(pane.t("record.saved", { file: "fiche-mcv-e33-emma-laurent.json" }));
    const parsed = parseEvaluationExport(await readText(blobs[0]!));
    expect(parsed.ok).toBe(true);
  });

  it("falls back on the file when Office refuses the clipboard", async () => {
    const { pane, marks } = await marksOf(/^Emma Laurent/, { writeText: () => Promise.reject(new Error("NotAllowedError")) });
    expect(within(marks).queryByRole("button", { name: pane.t("record.save") })).toBeNull();
    await pane.user.click(within(marks).getAllByRole("button", { name: pane.t("record.copy") })[0]!);
    await within(marks).findByText(pane.t("record.unavailable"));
    expect(within(marks).getAllByRole("button", { name: pane.t("record.save") }).length).toBeGreaterThan(0);
  });

  it("is not offered in Word (the record comes from a workbook)", async () => {
    const pane = await recognisedWord(wordHost("word-e33"));
    const marks = await pane.openStep("step.marks");
    await pane.expandAll(marks);
    expect(within(marks).queryByRole("button", { name: pane.t("record.copy") })).toBeNull();
    expect(within(marks).getByText(pane.t("marks.value", { value: WORD_E33_CANDIDATE.mark, max: 20 }))).toBeTruthy();
  });
});

describe("the Word flow on the Office.js Word host (a fake Word context)", () => {
  it("recognises, describes and selects a finding, writes the mark in one round trip, inserts a grid at the cursor", async () => {
    const fake = await FakeWord.fromDocx(await e33Document(aDocument(), { fields: { registration: null } }).toBuffer(), { selection: { kind: "paragraph", index: 3 } });
    const host = new WordHost(fake.env, fake.run);
    const pane = await recognisedWord(host);
    const check = await pane.openStep("step.check");
    await pane.user.click(within(check).getByRole("button", { name: /DUPONT Léa/ }));
    const finding = within(check).getByRole("button", { name: /Numéro du \(de la\) candidat\(e\)/ });
    expect(finding.textContent).toContain("tableau 1, ligne 5, colonne 2");
    await pane.user.click(finding);
    expect(fake.selected).toEqual({ kind: "cell", table: 1, row: 5, cell: 2 });

    const write = await pane.openStep("step.writeMark");
    const syncs = fake.syncs;
    await writeIncomplete(pane, write);
    await within(write).findByText(pane.t("wordWrite.done", { count: 1 }));
    expect(fake.outline().at(-1)).toBe("Note : 15 / 20");
    // One round trip for the plan, then the document read again (at most two).
    expect(fake.syncs - syncs).toBeLessThanOrEqual(3);

    const insert = await pane.openStep("step.insertGrid");
    await pane.user.click(within(insert).getByRole("combobox", { name: pane.t("insert.grid") }));
    await pane.user.click(await screen.findByRole("option", { name: /E31$/ }));
    await pane.user.click(pane.button("insert.button"));
    await within(insert).findByText(pane.t("insert.done"));
    expect(fake.inserted).toHaveLength(1);
  });
});

it("the Word samples are what the flow above expects", () => {
  expect(e33Sample().document.name).toBe("E33 - DUPONT Léa.docx");
  expect(reportSample().cursor).toEqual({ kind: "paragraph", paragraph: 2 });
});
