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

describe("the grid editor", () => {
  it("« Utiliser la sélection » takes an item's code and label from the selected cell", async () => {
    const host = new DemoHost(ccfWorkbook(), { locale: "fr" });
    const pane = await renderPane(host);
    await pane.user.click(pane.button("recognize.button"));
    await pane.user.click(await screen.findByRole("button", { name: pane.t("learn.createSheet") }));
    const editor = await screen.findByTestId("grid-editor");
    const items = await within(editor).findAllByTestId("learn-item");
    await act(() => host.select("'Grille vierge'!A15"));
    await pane.user.click(within(items[0]!).getByRole("button", { name: pane.t("learn.useSelection") }));
    await waitFor(() => expect(within(items[0]!).getByRole<HTMLInputElement>("textbox", { name: pane.t("learn.code") }).value).toBe("C2.3"));
    expect(within(items[0]!).getByRole<HTMLTextAreaElement>("textbox", { name: pane.t("learn.label") }).value).toBe("Maintenir le rayon propre, rangé et attractif");
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
