/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import { DemoWordHost, demoWordSample } from "../../src/hosts/demo";
import { evaluationExport } from "../../src/recognition/document/evaluation-export";
import type { DocumentSnapshot } from "../../src/recognition/document/snapshot";
import { recognizeDocument } from "../../src/recognition/document/recognize";
import type { CompiledGrid } from "../../src/core/model/compile";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import { forGrid } from "../../src/taskpane/i18n/nouns";
import { DOCUMENT_PATHS, WORKBOOK_PATHS, type PanePath } from "../../src/taskpane/paths";
import { FakeHost } from "./fake-host";
import { findDialog, pseudoTexts, renderPane, untranslated } from "./render-pane";
import { cqpPanel, e31Class, pfmpClass, unrelated } from "./workbooks";

/**
 * Every screen rendered in the pseudo-locale: a visible text that is not pseudo-localised was typed in a
 * component instead of the catalogue. Data (names, cells, titles, the core's texts) is marked exempt.
 */

let e31: WorkbookSnapshot;
let pfmp: WorkbookSnapshot;
let cqp: WorkbookSnapshot;
let budget: WorkbookSnapshot;

// The machine is shared: a jsdom pane test can take long when it is busy.
jest.setTimeout(90_000);

beforeAll(async () => {
  [e31, pfmp, cqp, budget] = await Promise.all([e31Class(), pfmpClass(), cqpPanel(), unrelated()]);
});

function expectAllPseudo(screenName: string) {
  expect({ screen: screenName, untranslated: untranslated() }).toEqual({ screen: screenName, untranslated: [] });
  expect(pseudoTexts()).toBeGreaterThan(5);
}

async function recognisedInPseudo(snapshot: WorkbookSnapshot) {
  const pane = await renderPane(new FakeHost(snapshot), "qps");
  await pane.user.click(pane.button("recognize.button"));
  await screen.findByText(pane.t("recognize.layout"));
  return pane;
}

/**
 * Opens every entry of every path (candidates expanded), checking each path's tab as it shows: only one
 * path is rendered at a time. The first path is done last, so the pane ends on it, its candidates open
 * (their open state is lost when the path's tab is left). Titles are the grid's form (PFMP: « élèves »).
 */
async function openEverything(pane: Awaited<ReturnType<typeof renderPane>>, screenName: string, paths: readonly PanePath[] = WORKBOOK_PATHS, grid: CompiledGrid | null = null) {
  expect(screen.getAllByRole("tab")).toHaveLength(paths.length);
  const tabs = paths.map((p) => screen.getByRole("tab", { name: pane.t(p.label) }));
  for (let i = paths.length - 1; i >= 0; i--) {
    await pane.user.click(tabs[i]!);
    for (const entry of [...paths[i]!.steps, ...paths[i]!.more]) await pane.expandAll(await pane.openStep(forGrid(entry.title, grid)));
    expect(tabs[i]!.getAttribute("aria-selected")).toBe("true");
    expectAllPseudo(`${screenName}, ${paths[i]!.id}`);
  }
}

describe("the pseudo-locale", () => {
  it("the first screen", async () => {
    const pane = await renderPane(new FakeHost(e31), "qps");
    expectAllPseudo("first screen");
    expect(pane.button("recognize.button").textContent).toMatch(/^\[Ŗéçöññåîţŕé ļå ğŕîļļé·+\]$/);
  });

  it("every step of a recognised class workbook, candidates expanded", async () => {
    const pane = await recognisedInPseudo(e31);
    await openEverything(pane, "E31, every step open");

    await pane.user.click(pane.button("recognize.otherGrid"));
    await screen.findByRole("combobox", { name: pane.t("recognize.builtIn") });
    expectAllPseudo("grid chooser");

    const write = await pane.openStep("step.write");
    await pane.user.click(within(write).getAllByRole("checkbox")[0]!);
    await pane.user.click(within(write).getByRole("button", { name: pane.t("write.button", { count: 2 }) }));
    const dialog = await findDialog();
    expectAllPseudo("write confirmation");
    await pane.user.click(within(dialog).getByRole("button", { name: pane.t("write.confirm"), hidden: true }));
    await within(write).findByText(pane.t("write.done", { count: 2 }));
    expectAllPseudo("marks written");

    await pane.user.click(pane.button("synthesis.prepare"));
    await screen.findByText(pane.t("synthesis.willCreate", { sheet: "Synthèse" }));
    expectAllPseudo("synthesis preview");

    const binding = await pane.openStep("step.binding");
    await pane.user.click(within(binding).getAllByRole("button", { pressed: false })[0]!);
    await pane.user.click(pane.button("binding.rebind"));
    // The correction goes to the four sheets built alike.
    await screen.findAllByText(pane.t("binding.edited", { count: 4 }));
    expectAllPseudo("binding edited");
    // Leaving its path with the corrections not saved asks first.
    await pane.user.click(screen.getByRole("tab", { name: pane.t("path.prepare") }));
    const leaving = await findDialog();
    expectAllPseudo("unsaved corrections");
    await pane.user.click(within(leaving).getByRole("button", { name: pane.t("binding.leaveDiscard"), hidden: true }));

    const newGrid = await pane.openStep("step.newGrid");
    await pane.user.click(within(newGrid).getByRole("combobox"));
    await pane.user.click(await screen.findByRole("option", { name: /E33$/ }));
    await pane.user.type(within(newGrid).getByRole("textbox"), "Zoé{Enter}Yann");
    await within(newGrid).findByText("Yann");
    expectAllPseudo("new grid preview");
  });

  it("nothing recognised, a refused grid file, an error", async () => {
    const host = new FakeHost(budget);
    const pane = await renderPane(host, "qps");
    await pane.user.click(pane.button("recognize.button"));
    await screen.findByRole("heading", { name: pane.t("recognize.nothing") });
    await screen.findByRole("combobox", { name: pane.t("recognize.builtIn") });
    await pane.user.upload(pane.container.querySelector<HTMLInputElement>('input[type="file"]')!, new File(["{"], "x.json"));
    await screen.findByRole("alert");
    await openEverything(pane, "nothing recognised, every step open");
    await screen.findByRole("combobox", { name: pane.t("recognize.builtIn") });
    expectAllPseudo("nothing recognised");

    host.readSnapshot = () => Promise.reject(new Error("Excel is busy"));
    await pane.user.click(pane.button("recognize.button"));
    await screen.findAllByText(/Excel is busy/);
    expectAllPseudo("unexpected error");
  });

  it("CQP domains with the chair's synthesis form, its validation and its preview", async () => {
    const pane = await recognisedInPseudo(cqp);
    await openEverything(pane, "CQP, every step open");
    const marks = await pane.openStep("step.marks");
    await pane.user.click(within(marks).getAllByRole("button", { name: pane.t("panelSynthesis.edit") })[0]!);
    const form = await within(marks).findByRole("form");
    await pane.user.clear(within(form).getAllByRole("textbox")[0]!);
    await pane.user.type(within(form).getAllByRole("textbox")[0]!, "150");
    await pane.user.click(within(form).getByRole("button", { name: pane.t("panelSynthesis.preview") }));
    expectAllPseudo("synthesis form with errors");
    await pane.user.clear(within(form).getAllByRole("textbox")[0]!);
    await pane.user.type(within(form).getAllByRole("textbox")[0]!, "65");
    await pane.user.click(within(form).getByRole("button", { name: pane.t("panelSynthesis.preview") }));
    await within(marks).findByRole("button", { name: pane.t("panelSynthesis.write") });
    expectAllPseudo("synthesis preview");
  });

  it("PFMP coverage table", async () => {
    const pane = await recognisedInPseudo(pfmp);
    await openEverything(pane, "PFMP, every step open", WORKBOOK_PATHS, recognizeWorkbook(pfmp).grid);
    expect(screen.getByRole("table")).toBeTruthy();
    expectAllPseudo("PFMP coverage");
  });

  it("the Word flow: every step of a recognised document, the write confirmation, the insert step and its refusals", async () => {
    const sample = demoWordSample("word-e33");
    // A mark typed in « Note : … / 20 » that differs from the proposed one: the replacement checkbox shows.
    const typed: DocumentSnapshot = {
      ...sample.document,
      blocks: sample.document.blocks.map((b, i, all) => (i === all.length - 1 && b.kind === "paragraph" ? { ...b, text: "Note : 12 / 20" } : b)),
    };
    const host = new DemoWordHost(typed, { locale: "fr" });
    const pane = await renderPane(host, "qps");
    expectAllPseudo("Word, first screen");
    await pane.user.click(pane.button("recognize.button"));
    await screen.findByText(pane.t("wordRecognize.source"));
    await openEverything(pane, "Word, every step open", DOCUMENT_PATHS);
    expect(screen.getAllByText("tableau 1, ligne 5, colonne 2").length).toBeGreaterThan(0);
    expectAllPseudo("Word, every step open");

    const write = await pane.openStep("step.writeMark");
    await pane.user.click(within(write).getByRole("checkbox"));
    await pane.user.click(within(write).getByRole("button", { name: pane.t("write.button", { count: 1 }) }));
    const dialog = await findDialog();
    expectAllPseudo("Word write confirmation");
    await pane.user.click(within(dialog).getByRole("button", { name: pane.t("write.confirm"), hidden: true }));
    await within(write).findByText(pane.t("wordWrite.done", { count: 1 }));
    expectAllPseudo("Word mark written");

    const insert = await pane.openStep("step.insertGrid");
    expectAllPseudo("insert step");
    await pane.user.click(within(insert).getByRole("radio", { name: pane.t("insert.filled") }));
    await pane.user.upload(within(insert).getByTestId("insert-record-file") as HTMLInputElement, new File(['{"format": "grille-evaluation", "version": 1, "gridId": ""}'], "fiche.json"));
    await within(insert).findByTestId("insert-record-errors");
    expectAllPseudo("insert step, record refused");

    const recognised = recognizeDocument(sample.document).report.candidates[0]!;
    await pane.user.click(within(insert).getByTestId("insert-record-text"));
    await pane.user.paste(JSON.stringify(evaluationExport("mcv-e33", recognised.name, recognised.evaluation)));
    await pane.user.click(pane.button("insert.read"));
    await within(insert).findByTestId("insert-record-loaded");
    await within(insert).findByTestId("insert-preview");
    expectAllPseudo("insert step, record loaded");

    host.show({ kind: "table", table: 2, row: 3, cell: 1 });
    await pane.user.click(pane.button("insert.button"));
    await within(insert).findByText(pane.t("insert.inTable"));
    expectAllPseudo("insert refused in a table");

    host.show({ kind: "paragraph", paragraph: 1 });
    await pane.user.click(pane.button("common.dismiss"));
    await pane.user.click(pane.button("insert.button"));
    await within(insert).findByText(pane.t("insert.done"));
    expectAllPseudo("grid inserted");
  });

  it("the Word flow on a report without a grid", async () => {
    const sample = demoWordSample("word-report");
    const pane = await renderPane(new DemoWordHost(sample.document, { locale: "fr", cursor: sample.cursor }), "qps");
    await pane.user.click(pane.button("recognize.button"));
    await screen.findByRole("heading", { name: pane.t("recognize.nothing") });
    await openEverything(pane, "Word, nothing recognised, every step open", DOCUMENT_PATHS);
    await screen.findByRole("combobox", { name: pane.t("recognize.builtIn") });
    expectAllPseudo("Word, nothing recognised");
  });
});
