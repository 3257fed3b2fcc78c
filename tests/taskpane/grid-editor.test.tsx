/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import { DemoHost } from "../../src/hosts/demo/demo-host";
import { ccfWorkbook } from "../../src/hosts/demo/learn-sample";
import { demoSample } from "../../src/hosts/demo/samples";
import { storedGridFiles } from "../../src/recognition/workbook/stored-grids";
import { renderPane } from "./render-pane";

/**
 * The grid editor in the pane (jsdom): pointing at cells with « Utiliser la sélection », and a built-in
 * grid's marking adapted as the teacher's variant, kept in the workbook and named in the mark's trace.
 * The whole learning flow runs in Chromium (tests/browser/learn.test.ts).
 */
jest.setTimeout(120_000);

/** The pane on the demo's unknown CCF grid, nothing recognised, the editor opened from the sheet. */
async function openEditor() {
  const host = new DemoHost(ccfWorkbook(), { locale: "fr" });
  const pane = await renderPane(host);
  await pane.user.click(pane.button("recognize.button"));
  await pane.user.click(await screen.findByRole("button", { name: pane.t("learn.createSheet") }));
  const editor = await screen.findByTestId("grid-editor");
  return { host, pane, editor };
}

describe("the grid editor", () => {
  it("« Utiliser la sélection » takes an item's code and label from the selected cell", async () => {
    const { host, pane, editor } = await openEditor();
    const items = await within(editor).findAllByTestId("learn-item");
    await act(() => host.select("'Grille vierge'!A15"));
    await pane.user.click(within(items[0]!).getByRole("button", { name: pane.t("learn.useSelection") }));
    await waitFor(() => expect(within(items[0]!).getByRole<HTMLInputElement>("textbox", { name: pane.t("learn.code") }).value).toBe("C2.3"));
    expect(within(items[0]!).getByRole<HTMLTextAreaElement>("textbox", { name: pane.t("learn.label") }).value).toBe("Maintenir le rayon propre, rangé et attractif");
  });

  it("puts a learned grid's items into sections the teacher adds, names and weighs", async () => {
    const { host, pane, editor } = await openEditor();
    const items = await within(editor).findAllByTestId("learn-item");
    expect(items.length).toBeGreaterThan(1);
    expect(within(editor).queryAllByTestId("learn-section")).toHaveLength(0);
    // The first section takes every item; the second starts empty.
    await pane.user.click(within(editor).getByRole("button", { name: pane.t("learn.addSection") }));
    await pane.user.click(within(editor).getByRole("button", { name: pane.t("learn.addSection") }));
    const sections = within(editor).getAllByTestId("learn-section");
    expect(sections).toHaveLength(2);
    // A label is never empty: the new text replaces the selected old one.
    const title = within(sections[1]!).getByRole<HTMLInputElement>("textbox", { name: pane.t("learn.sectionLabel") });
    await pane.user.type(title, "Pratique", { initialSelectionStart: 0, initialSelectionEnd: title.value.length });
    const weight = within(sections[1]!).getByRole("textbox", { name: pane.t("learn.weight") });
    await pane.user.clear(weight);
    await pane.user.type(weight, "2");
    await pane.user.tab();
    await pane.user.click(within(items[0]!).getByRole("combobox", { name: pane.t("learn.section") }));
    await pane.user.click(await screen.findByRole("option", { name: "Pratique" }));
    await waitFor(() => expect(within(items[0]!).getByRole("combobox", { name: pane.t("learn.section") }).textContent).toContain("Pratique"));
    await pane.user.click(within(editor).getByRole("button", { name: pane.t("learn.keepSheet") }));
    await waitFor(() => expect(screen.queryByTestId("grid-editor")).toBeNull());

    const [stored] = storedGridFiles((await host.readSnapshot()).bindingMap);
    const marking = stored!.grid.marking;
    expect(marking?.kind === "weighted-mean" && marking.groups.map((g) => [g.label, g.weight])).toEqual([
      [pane.t("learn.sectionN", { index: 1 }), 1],
      ["Pratique", 2],
    ]);
    const second = marking?.kind === "weighted-mean" ? marking.groups[1]!.id : "";
    expect(stored!.grid.items.map((i) => i.group === second)).toEqual(stored!.grid.items.map((_, i) => i === 0));
  });

  it("adds a rule: its text, how the teacher records it, its effect", async () => {
    const { host, pane, editor } = await openEditor();
    const before = within(editor).queryAllByTestId("learn-rule").length;
    await pane.user.click(within(editor).getByRole("button", { name: pane.t("learn.addRule") }));
    const rule = within(editor).getAllByTestId("learn-rule")[before]!;
    const label = within(rule).getByRole<HTMLInputElement>("textbox", { name: pane.t("learn.label") });
    await pane.user.type(label, "Candidat absent à l’épreuve", { initialSelectionStart: 0, initialSelectionEnd: label.value.length });
    await pane.user.type(within(rule).getByRole("textbox", { name: pane.t("learn.ruleAlias") }), "ABS");
    await pane.user.click(within(rule).getByRole("switch", { name: pane.t("learn.effect.absent") }));
    await pane.user.click(within(editor).getByRole("button", { name: pane.t("learn.keepSheet") }));
    await waitFor(() => expect(screen.queryByTestId("grid-editor")).toBeNull());

    const [stored] = storedGridFiles((await host.readSnapshot()).bindingMap);
    expect(stored!.grid.rules.at(-1)).toMatchObject({ label: "Candidat absent à l’épreuve", aliases: ["ABS"], effect: "absent" });
  });

  it("lists the grids stored in the file in the grid chooser, after the built-in ones, by their title", async () => {
    const { pane, editor } = await openEditor();
    const title = await within(editor).findByRole<HTMLInputElement>("textbox", { name: pane.t("learn.title") });
    await pane.user.type(title, "Grille CCF de la classe", { initialSelectionStart: 0, initialSelectionEnd: title.value.length });
    await pane.user.click(within(editor).getByRole("button", { name: pane.t("learn.keepSheet") }));
    await waitFor(() => expect(screen.queryByTestId("grid-editor")).toBeNull());

    await pane.user.click(await screen.findByRole("button", { name: pane.t("recognize.otherGrid") }));
    await pane.user.click(await screen.findByRole("combobox", { name: pane.t("recognize.builtIn") }));
    const names = (await screen.findAllByRole("option")).map((o) => o.textContent);
    expect(names.at(-1)).toBe("Grille CCF de la classe");
    expect(names.indexOf("Bac Pro AGOrA — E31")).toBeLessThan(names.length - 1);
    await pane.user.click(screen.getByRole("option", { name: "Grille CCF de la classe" }));
    await pane.user.click(screen.getByRole("button", { name: pane.t("recognize.useGrid") }));
    // Imposed: the pane names it beside « imposée ».
    const forced = await screen.findByText(pane.t("recognize.forced"));
    expect(forced.parentElement?.textContent).toContain("Grille CCF de la classe");
  });

  it("adapts a built-in grid's marking: the variant is kept in the workbook and the trace names it", async () => {
    const host = new DemoHost(demoSample("e31").snapshot, { locale: "fr" });
    const pane = await renderPane(host);
    await pane.user.click(pane.button("recognize.button"));
    await pane.user.click(await screen.findByRole("button", { name: pane.t("learn.variant") }));
    const editor = await screen.findByTestId("grid-editor");
    // Only the marking: no item codes or labels, no fields to edit.
    expect(within(editor).queryByRole("textbox", { name: pane.t("learn.code") })).toBeNull();
    expect(within(editor).queryByTestId("learn-fields")).toBeNull();
    const points = within(editor).getAllByTestId("learn-level-points");
    await pane.user.clear(points[0]!);
    await pane.user.type(points[0]!, "0");
    await pane.user.click(within(editor).getByRole("button", { name: pane.t("learn.keepSheet") }));
    await waitFor(() => expect(screen.queryByTestId("grid-editor")).toBeNull());

    const stored = storedGridFiles((await host.readSnapshot()).bindingMap);
    expect(stored.map((f) => f.grid.id)).toEqual(["agora-e31"]);
    expect(stored[0]!.grid.markingVariant).toBe(pane.t("learn.variantDefault"));
    expect(stored[0]!.grid.scale.kind === "levels" && stored[0]!.grid.scale.levels[0]!.points).toBe(0);
    const marks = await pane.openStep("step.marks");
    await pane.expandAll(marks);
    await waitFor(() => expect(marks.textContent).toContain(`barème appliqué : ${pane.t("learn.variantDefault")}`));
  });
});
