/** @jest-environment jsdom */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { loadEngine } from "../../src/taskpane/engine/load";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import type { WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import { qualified } from "../../src/recognition/snapshot/cells";
import { BUILT_IN_FILES } from "../../src/referentials";
import { WORKBOOK_PATHS } from "../../src/taskpane/paths";
import { FakeHost } from "./fake-host";
import { findDialog, renderPane } from "./render-pane";
import { cqpPanel, e31Class, pfmpClass, unrelated } from "./workbooks";

let e31: WorkbookSnapshot;
let pfmp: WorkbookSnapshot;
let cqp: WorkbookSnapshot;
let budget: WorkbookSnapshot;

// The machine is shared: a jsdom pane test can take long when it is busy.
jest.setTimeout(90_000);

beforeAll(async () => {
  [e31, pfmp, cqp, budget] = await Promise.all([e31Class(), pfmpClass(), cqpPanel(), unrelated()]);
});

/** Where the report puts each E31 candidate's mark, and Bruno's finding. */
function expected() {
  const report = recognizeWorkbook(e31);
  const by = (sheet: string) => report.candidates.find((c) => c.sheet === sheet)!;
  const mark = (sheet: string) => qualified(sheet, by(sheet).markCell!.address);
  return { report, mark, bruno: by("Bruno") };
}

async function recognised(host: FakeHost, locale?: "en") {
  const pane = await renderPane(host, locale);
  await pane.user.click(pane.button("recognize.button"));
  await screen.findByText(pane.t("layout.sheet-per-candidate"));
  return pane;
}

describe("the task pane on a class workbook (E31, a sheet per candidate)", () => {
  it("recognises the grid: title, layout, confidence, candidates; and announces it", async () => {
    const host = new FakeHost(e31);
    const { t } = await recognised(host);
    expect(screen.getByText("Bac Pro AGOrA — E31")).toBeTruthy();
    expect(screen.getByText(t("recognize.candidateCount", { count: 4 }))).toBeTruthy();
    expect(screen.getAllByText(t("confidence.sure")).length).toBeGreaterThan(0);
    expect(screen.getByRole("status").textContent).toContain("Grille reconnue");
    expect(host.reads).toBe(1);
  });

  it("lists each candidate's findings; clicking a finding selects its cell", async () => {
    const host = new FakeHost(e31);
    const { user, t, openStep } = await recognised(host);
    const check = await openStep("step.check");
    expect(within(check).getByText(t("check.summary", { count: 3, total: 4 }))).toBeTruthy();
    await user.click(within(check).getByRole("button", { name: /DURAND Bruno/ }));
    const list = within(check).getByRole("list", { name: t("check.findingsOf", { name: "DURAND Bruno" }) });
    const finding = expected().bruno.assessment.findings[0]!;
    const item = within(list).getByRole("button", { name: new RegExp(finding.message.fr.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
    await user.click(item);
    expect(host.selected).toEqual([finding.at]);
  });

  it("filters the incomplete candidates", async () => {
    const host = new FakeHost(e31);
    const { user, t, openStep } = await recognised(host);
    const check = await openStep("step.check");
    expect(within(check).getAllByText(t("check.complete"))).toHaveLength(3);
    await user.click(within(check).getByRole("switch", { name: t("check.onlyIncomplete") }));
    expect(within(check).queryAllByText(t("check.complete"))).toHaveLength(0);
    expect(within(check).getByRole("button", { name: /DURAND Bruno/ })).toBeTruthy();
  });

  it("shows the proposed mark with its trace", async () => {
    const host = new FakeHost(e31);
    const { user, t, openStep } = await recognised(host);
    const marks = await openStep("step.marks");
    const header = within(marks).getByRole("button", { name: /MARTIN Alice/ });
    expect(header.textContent).toContain(t("marks.value", { value: 15, max: 20 }));
    await user.click(header);
    const trace = within(marks).getByRole("list", { name: t("marks.trace") });
    expect(within(trace).getAllByRole("listitem").length).toBeGreaterThan(1);
    expect(trace.textContent).toMatch(/arrondi/);
  });

  it("writes the proposed marks into the empty cells only, in one plan, then checks again", async () => {
    const host = new FakeHost(e31);
    const { user, t, openStep, button } = await recognised(host);
    const { report } = expected();
    const write = await openStep("step.write");
    const preview = within(write).getByRole("list", { name: t("write.preview") });
    expect(within(preview).getAllByRole("listitem")).toHaveLength(1);
    // The change names the candidate once, then where it goes in words: the sheet « Alice » is in the name.
    const item = within(preview).getByRole("listitem");
    expect(item.textContent).toContain(t("write.change", { cell: t("place.bare", { cell: report.candidates.find((c) => c.sheet === "Alice")!.markCell!.address }), previous: t("common.empty"), value: 15 }));
    expect(within(preview).getByText("MARTIN Alice")).toBeTruthy();
    expect(item.textContent!.match(/Alice/g)).toHaveLength(1);
    const difference = within(write).getByRole("checkbox", { name: /Remplacer 13 par 15/ });
    expect((difference as HTMLInputElement).checked).toBe(false);
    const skipped = within(write).getByRole("list", { name: t("write.skipped") });
    expect(skipped.textContent).toContain("DURAND Bruno");

    await user.click(button("write.button", { count: 1 }));
    await within(write).findByText(t("write.done", { count: 1 }));
    expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull();
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0]!.changes).toEqual([expect.objectContaining({ kind: "cell", sheet: "Alice", value: 15, previous: null })]);
    await waitFor(() => expect(within(write).getByText(t("write.nothingToWrite"))).toBeTruthy());
    expect(host.reads).toBe(2);
  });

  it("replaces a typed mark only when its box is ticked, after a confirmation", async () => {
    const host = new FakeHost(e31);
    const { user, t, openStep, button } = await recognised(host);
    const { mark } = expected();
    const write = await openStep("step.write");
    await user.click(within(write).getByRole("checkbox", { name: /Remplacer 13 par 15/ }));
    await user.click(button("write.button", { count: 2 }));
    const dialog = await findDialog();
    expect(dialog.textContent).toContain(t("write.confirmBody", { count: 1 }));
    await user.click(within(dialog).getByRole("button", { name: t("common.cancel"), hidden: true }));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(host.applied).toHaveLength(0);

    await user.click(button("write.button", { count: 2 }));
    await user.click(within(await findDialog()).getByRole("button", { name: t("write.confirm"), hidden: true }));
    await within(write).findByText(t("write.done", { count: 2 }));
    expect(host.applied).toHaveLength(1);
    const changes = host.applied[0]!.changes.map((c) => (c.kind === "cell" ? [qualified(c.sheet, c.address), c.previous, c.value] : c.kind));
    expect(changes).toEqual([
      [mark("Alice"), null, 15],
      [mark("Chloé"), 13, 15],
    ]);
  });

  it("shows the host's refusal in French, nothing written", async () => {
    const host = new FakeHost(e31);
    host.refuse = [{ fr: "La feuille « Alice » est protégée", en: "Sheet Alice is protected" }];
    const { user, t, openStep, button } = await recognised(host);
    await openStep("step.write");
    await user.click(button("write.button", { count: 1 }));
    expect((await screen.findAllByText(t("error.applyRefused"))).length).toBeGreaterThan(0);
    expect(screen.getByText("La feuille « Alice » est protégée")).toBeTruthy();
    await user.click(button("common.dismiss"));
    expect(screen.queryByText("La feuille « Alice » est protégée")).toBeNull();
  });

  it("prepares the class synthesis, then creates the sheet", async () => {
    const host = new FakeHost(e31);
    const { user, t, openStep, button } = await recognised(host);
    const step = await openStep("step.synthesis");
    await user.click(button("synthesis.prepare"));
    await screen.findByText(t("synthesis.willCreate", { sheet: "Synthèse" }));
    await user.click(button("synthesis.apply"));
    await within(step).findByText(t("synthesis.done", { sheet: "Synthèse" }));
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0]!.changes).toEqual([expect.objectContaining({ kind: "sheet", replaces: false, sheet: expect.objectContaining({ name: "Synthèse" }) })]);
    expect(host.snapshot.sheets.map((s) => s.name)).toContain("Synthèse");

    await user.click(button("synthesis.prepare"));
    await screen.findByText(t("synthesis.willReplace", { sheet: "Synthèse" }));
    await user.click(button("synthesis.applyReplace"));
    const dialog = await findDialog();
    await user.click(within(dialog).getByRole("button", { name: t("synthesis.applyReplace"), hidden: true }));
    await waitFor(() => expect(host.applied).toHaveLength(2));
  });

  it("adds a new grid, one sheet per candidate named in the text box; refuses a name a sheet has; clears the form after", async () => {
    const host = new FakeHost(e31);
    const { user, t, openStep, button } = await recognised(host);
    const step = await openStep("step.newGrid");
    await user.click(within(step).getByRole("combobox"));
    await user.click(await screen.findByRole("option", { name: /E33/ }));
    const names = within(step).getByRole("textbox", { name: t("newGrid.names") });
    await user.type(names, "Zoé LAMBERT{Enter}Alice");
    await within(step).findByText(t("newGrid.taken", { names: "Alice", count: 1 }));
    expect(button("newGrid.add").getAttribute("aria-disabled")).toBe("true");
    await user.type(names, "{Backspace>5}Yann");
    const preview = await within(step).findByRole("list", { name: t("newGrid.preview", { count: 2 }) });
    await waitFor(() => expect(within(preview).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Zoé LAMBERT", "Yann"]));
    expect(within(step).getByText(t("newGrid.willAdd", { count: 2, grid: "Bac Pro MCV — E33" }))).toBeTruthy();
    await user.click(button("newGrid.add"));
    await within(step).findByText(t("newGrid.done", { count: 2 }));
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0]!.changes.map((c) => (c.kind === "sheet" ? c.sheet.name : c.kind))).toEqual(["Zoé LAMBERT", "Yann"]);
    await waitFor(() => expect((names as HTMLTextAreaElement).value).toBe(""));
  });

  it("rebinds a field to the selected cell and saves the binding, which then wins over detection", async () => {
    const host = new FakeHost(e31);
    const { user, t, openStep, button } = await recognised(host);
    const step = await openStep("step.binding");
    const report = expected().report;
    const alice = report.bindings.find((b) => b.sheet === "Alice")!;
    const nameLabel = report.grid!.grid.fields.find((f) => f.id === "candidate")!.label;
    await user.click(within(step).getByRole("button", { name: new RegExp(`^${nameLabel}`) }));
    expect(host.selected).toEqual([qualified("Alice", alice.fields["candidate"]!.value)]);

    host.selectedCell = "Bruno!B5";
    await user.click(button("binding.rebind"));
    expect((await screen.findAllByText(t("binding.otherSheet", { selected: "Bruno", cell: "B5", sheet: "Alice" }))).length).toBeGreaterThan(0);

    const registration = alice.fields["registration"]!.value;
    host.selectedCell = qualified("Alice", registration);
    // This sheet only: the others built like it keep their binding.
    await user.click(within(step).getByRole("checkbox", { name: t("binding.alike", { count: 3 }) }));
    await user.click(button("binding.rebind"));
    await within(step).findByText(t("binding.edited", { count: 1 }));
    await user.click(button("binding.save"));
    await within(step).findByText(t("binding.saved"));
    expect(host.saved).toHaveLength(1);
    expect(host.saved[0]!.sheets["Alice"]!.fields["candidate"]).toMatchObject({ value: registration, confidence: 1 });
    const check = await openStep("step.check");
    await waitFor(() => expect(within(check).getByRole("button", { name: /02612345678/ })).toBeTruthy());
  });
});

describe("when nothing is recognised", () => {
  it("offers the built-in grids and a custom grid file, whose errors are listed in French", async () => {
    const host = new FakeHost(budget);
    const { user, t, button, container } = await renderPane(host);
    await user.click(button("recognize.button"));
    await screen.findByRole("heading", { name: t("recognize.nothing") });
    expect(await screen.findByRole("combobox", { name: t("recognize.builtIn") })).toBeTruthy();
    expect(button("recognize.custom")).toBeTruthy();

    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const bad = new File(['{"schemaVersion": 1, "grid": {}}'], "ma-grille.json", { type: "application/json" });
    await user.upload(input, bad);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("ma-grille.json");
    expect(within(alert).getAllByRole("listitem").length).toBeGreaterThan(1);
    expect(alert.textContent).toMatch(/référentiel/);

    const good = new File([JSON.stringify(BUILT_IN_FILES["agora-e31"])], "e31.json", { type: "application/json" });
    await user.upload(input, good);
    await screen.findByText(t("recognize.forced"));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(host.reads).toBe(2);
  });

  it("recognises again with the built-in grid the teacher picks", async () => {
    const host = new FakeHost(e31);
    const { user, t, button } = await recognised(host);
    await user.click(button("recognize.otherGrid"));
    await user.click(await screen.findByRole("combobox", { name: t("recognize.builtIn") }));
    await user.click(await screen.findByRole("option", { name: /E31$/ }));
    await user.click(button("recognize.useGrid"));
    await screen.findByText(t("recognize.forced"));
    expect(host.reads).toBe(2);
    await user.click(button("recognize.unforce"));
    await waitFor(() => expect(screen.queryByText(t("recognize.forced"))).toBeNull());
  });
});

describe("CQP and PFMP results", () => {
  it("CQP: each assessor's figure per domain; the chair's synthesis is previewed, written into the workbook and read back", async () => {
    const host = new FakeHost(cqp);
    const { user, t, openStep, button } = await renderPane(host);
    await user.click(button("recognize.button"));
    await screen.findByText(t("layout.assessor-sheets"));
    const marks = await openStep("step.marks");
    await user.click(within(marks).getByRole("button", { name: /LEROY Inès/ }));
    const domains = within(marks).getByRole("list", { name: t("marks.domains") });
    const first = within(domains).getAllByRole("listitem")[0]!;
    expect(first.textContent).toContain("Mme DURAND");
    expect(first.textContent).toContain("M. PETIT");
    expect(within(marks).getByText(t("panelSynthesis.none"))).toBeTruthy();

    await user.click(within(marks).getByRole("button", { name: t("panelSynthesis.edit") }));
    const form = await within(marks).findByRole("form", { name: t("panelSynthesis.form") });
    const percents = within(form).getAllByRole("textbox", { name: /^Pourcentage retenu par le jury/ });
    await user.clear(percents[0]!);
    await user.type(percents[0]!, "150");
    await user.click(within(form).getByRole("button", { name: t("panelSynthesis.preview") }));
    expect(within(form).getByText(t("panelSynthesis.percentInvalid", { min: 0, max: 100 }))).toBeTruthy();
    await user.clear(percents[0]!);
    await user.type(percents[0]!, "65");
    await user.type(within(form).getByRole("textbox", { name: t("panelSynthesis.commentField") }), "Entretien convaincant.");
    await user.type(within(form).getByRole("textbox", { name: t("panelSynthesis.chairField") }), "Mme DURAND");
    await user.click(within(form).getByRole("button", { name: t("panelSynthesis.preview") }));

    const preview = await within(marks).findByRole("region", { name: t("panelSynthesis.previewTitle") });
    expect(preview.textContent).toContain(t("panelSynthesis.newSheet", { sheet: "Synthèse jury" }));
    expect(host.applied).toHaveLength(0);
    await user.click(within(preview).getByRole("button", { name: t("panelSynthesis.write") }));

    await waitFor(() => expect(host.applied).toHaveLength(1));
    const reopened = await openStep("step.marks");
    await user.click(within(reopened).getByRole("button", { name: /LEROY Inès/ }));
    await within(reopened).findByText(t("panelSynthesis.chair", { name: "Mme DURAND" }));
    expect(within(reopened).getByText(t("panelSynthesis.comment", { comment: "Entretien convaincant." }))).toBeTruthy();
    const agreed = within(within(reopened).getByRole("list", { name: t("marks.domains") })).getAllByRole("listitem")[0]!;
    expect(agreed.textContent).toContain(t("panelSynthesis.agreed", { value: t("common.percent", { value: 65 }) }));
    const trace = within(reopened).getByRole("list", { name: t("marks.trace") });
    expect(trace.textContent).toContain("retenu par le jury 65 %");
  });

  it("PFMP: a competency × period table per student, with the gaps marked in words", async () => {
    const host = new FakeHost(pfmp);
    const { user, t, openStep, button } = await renderPane(host);
    await user.click(button("recognize.button"));
    // A PFMP grid follows « élèves » and their « Couverture ».
    await screen.findByText(t("pupils.candidateCount", { count: 1 }));
    const marks = await openStep("pupils.stepMarks");
    await user.click(within(marks).getByRole("button", { name: /MARTIN Alice/ }));
    const region = within(marks).getByRole("region", { name: t("marks.coverageTable", { name: "MARTIN Alice" }) });
    expect(region.tabIndex).toBe(0);
    const table = within(region).getByRole("table");
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual([t("marks.competency"), "P1", "P2", "P3", "P4", "P5", "P6"]);
    const row = within(table).getByRole("rowheader", { name: "1.1.1" }).closest("tr")!;
    expect(within(row).getAllByRole("img", { name: t("marks.practised") })).toHaveLength(2);
    const gap = within(table).getByRole("rowheader", { name: new RegExp(`^1\\.1\\.3.*${t("marks.gap")}`) });
    expect(gap).toBeTruthy();
    await openStep("step.write");
    expect(screen.getByText(t("write.notMarking"))).toBeTruthy();
  });
});

describe("in English", () => {
  it("renders the pane and the core's texts in English when Office speaks English", async () => {
    const host = new FakeHost(e31, "en");
    const { user, t, openStep } = await recognised(host, "en");
    expect(screen.getByRole("button", { name: "Recognise the grid" })).toBeTruthy();
    expect(screen.getByText("one sheet per candidate")).toBeTruthy();
    expect(screen.getByText("4 candidates")).toBeTruthy();
    const check = await openStep("step.check");
    await user.click(within(check).getByRole("button", { name: /DURAND Bruno/ }));
    const list = within(check).getByRole("list", { name: t("check.findingsOf", { name: "DURAND Bruno" }) });
    expect(list.textContent).toContain(expected().bruno.assessment.findings[0]!.message.en);
    expect(screen.queryByText(/Reconnaître/)).toBeNull();
  });
});

describe("busy states and theme", () => {
  it("disables the actions and shows a spinner while the workbook is read", async () => {
    const host = new FakeHost(e31);
    let release: () => void = () => undefined;
    const read = host.readSnapshot.bind(host);
    host.readSnapshot = () => new Promise((resolve) => (release = () => resolve(read())));
    const { user, t, button } = await renderPane(host);
    await user.click(button("recognize.button"));
    // Unavailable, yet focusable: keyboard focus stays on the button while the workbook is read.
    expect(button("recognize.button").getAttribute("aria-disabled")).toBe("true");
    expect(within(button("recognize.button")).getByRole("progressbar")).toBeTruthy();
    release();
    await screen.findByText(t("layout.sheet-per-candidate"));
    expect(button("recognize.button").getAttribute("aria-disabled")).toBeNull();
  });

  it("follows Office's dark theme when told", async () => {
    render(<App host={new FakeHost(e31)} theme="dark" />);
    await act(() => loadEngine());
    const css = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText)).join("\n");
    expect(css).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    expect(css).not.toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
  });
});

describe("accessibility basics", () => {
  it("every button has a name, the live region is polite, the steps are headings, the findings a list", async () => {
    const host = new FakeHost(e31);
    const { openStep, expandAll } = await recognised(host);
    for (const step of ["step.newGrid", "step.binding", "step.check", "step.marks", "step.write", "step.synthesis"] as const) await openStep(step);
    await expandAll(await openStep("step.check"));
    for (const b of screen.getAllByRole("button")) expect(b.textContent?.trim() || b.getAttribute("aria-label")).toBeTruthy();
    const live = screen.getByRole("status");
    expect(live.getAttribute("aria-live")).toBe("polite");
    // The path shown (« Jours d'évaluation »): each of its entries is a heading, in order, steps then other actions.
    const evaluate = WORKBOOK_PATHS.find((p) => p.id === "evaluate")!;
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.getAttribute("data-step"))).toEqual([...evaluate.steps, ...evaluate.more].map((e) => e.id));
    expect(screen.getAllByRole("list", { name: /^À voir/ }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole("checkbox").every((c) => c.closest("label, .fui-Checkbox") !== null)).toBe(true);
  });
});
