/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { parseA1, qualified } from "../../src/recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import { FakeHost } from "./fake-host";
import { findDialog, renderPane } from "./render-pane";
import { e31Class } from "./workbooks";

/**
 * « Corriger la reconnaissance » in the pane: a cell that cannot hold the element is refused where the
 * teacher is, named « Alice, cellule D40 »; a correction goes to every sheet built alike (said with their
 * count, untickable); corrections not saved are never dropped without asking.
 */
jest.setTimeout(90_000);

let e31: WorkbookSnapshot;
beforeAll(async () => {
  e31 = await e31Class();
});

const aliceBinding = () => recognizeWorkbook(e31).bindings.find((b) => b.sheet === "Alice")!;
/** The candidate's name field, as the binding list and the messages name it. */
const nameLabel = () => recognizeWorkbook(e31).grid!.grid.fields.find((f) => f.id === "candidate")!.label;
/** What Alice's sheet shows at a cell. */
const shownAt = (address: string) => {
  const { row, col } = parseA1(address)!;
  return String(e31.sheets.find((s) => s.name === "Alice")!.cells[row]![col]).trim();
};
const markCell = () => aliceBinding().fields["mark"]!.value;
/** The « / 20 » printed right of the mark cell. */
const maximumCell = () => markCell().replace(/^C/, "D");

async function bindingStep(host: FakeHost) {
  const pane = await renderPane(host);
  await pane.user.click(pane.button("recognize.button"));
  await screen.findByText(pane.t("layout.sheet-per-candidate"));
  const step = await pane.openStep("step.binding");
  const registration = aliceBinding().fields["registration"]!;
  await pane.user.click(within(step).getByRole("button", { name: new RegExp(`^${nameLabel()}`) }));
  return { ...pane, step, registration };
}

describe("a chosen cell that cannot hold the element", () => {
  it("is refused in the step, named as the teacher reads it, with focus on the message; nothing changes", async () => {
    const host = new FakeHost(e31);
    const { user, t, button, step } = await bindingStep(host);
    host.selectedCell = qualified("Alice", maximumCell());
    await user.click(button("binding.rebind"));
    const refusal = t("binding.refused.maximum", { sheet: "Alice", cell: maximumCell(), text: "/ 20", name: nameLabel() });
    const message = await within(step).findByText(refusal);
    expect(refusal).toContain(`Alice, cellule ${maximumCell()}`);
    expect(refusal).not.toContain("!");
    await waitFor(() => expect(message.closest("[tabindex='-1']")).toBe(document.activeElement));
    expect(within(step).queryByText(t("binding.edited", { count: 1 }), { exact: false })).toBeNull();
  });

  it("the grid's own caption is refused as a label", async () => {
    const host = new FakeHost(e31);
    const { user, t, button, step } = await bindingStep(host);
    const caption = aliceBinding().fields["mark"]!.label;
    host.selectedCell = qualified("Alice", caption);
    await user.click(button("binding.rebind"));
    await within(step).findByText(t("binding.refused.label", { sheet: "Alice", cell: caption, text: shownAt(caption), name: nameLabel() }));
  });
});

describe("a correction on a class workbook", () => {
  it("goes to the other sheets built alike, their count said; saved, it is stored for each of them", async () => {
    const host = new FakeHost(e31);
    const { user, t, button, step, registration } = await bindingStep(host);
    const alike = within(step).getByRole("checkbox", { name: t("binding.alike", { count: 3 }) });
    expect((alike as HTMLInputElement).checked).toBe(true);
    host.selectedCell = qualified("Alice", registration.value);
    await user.click(button("binding.rebind"));
    await within(step).findByText(t("binding.edited", { count: 4 }));
    await user.click(button("binding.save"));
    await within(step).findByText(t("binding.saved"));
    expect(host.saved).toHaveLength(1);
    for (const sheet of ["Alice", "Bruno", "Chloé", "Damien"]) {
      expect(host.saved[0]!.sheets[sheet]!.fields["candidate"]).toMatchObject({ value: registration.value, confidence: 1 });
    }
  });
});

describe("corrections not yet saved", () => {
  async function corrected() {
    const host = new FakeHost(e31);
    const pane = await bindingStep(host);
    host.selectedCell = qualified("Alice", pane.registration.value);
    await pane.user.click(pane.button("binding.rebind"));
    await within(pane.step).findByText(pane.t("binding.edited", { count: 4 }));
    return { host, ...pane };
  }

  it("recognising again asks first; « Annuler » stays, nothing read and the corrections kept", async () => {
    const { host, user, t, button, step } = await corrected();
    const reads = host.reads;
    await user.click(button("recognize.button"));
    const dialog = await findDialog();
    expect(within(dialog).getByText(t("binding.leaveBody", { count: 4 }))).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: t("common.cancel"), hidden: true }));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(host.reads).toBe(reads);
    expect(within(step).getByText(t("binding.edited", { count: 4 }))).toBeTruthy();
  });

  it("« Abandonner » drops them and recognises again; nothing is saved", async () => {
    const { host, user, t, button } = await corrected();
    const reads = host.reads;
    await user.click(button("recognize.button"));
    await user.click(within(await findDialog()).getByRole("button", { name: t("binding.leaveDiscard"), hidden: true }));
    await waitFor(() => expect(host.reads).toBe(reads + 1));
    expect(host.saved).toHaveLength(0);
    expect(screen.queryByText(t("binding.edited", { count: 4 }))).toBeNull();
  });

  it("« Enregistrer » saves them, then closing the step goes on without asking again", async () => {
    const { host, user, t } = await corrected();
    // Closing the step is leaving it: asked too.
    const header = screen.getAllByRole("button", { name: new RegExp(`^${t("step.binding")}`) }).find((b) => b.closest(".fui-AccordionHeader"))!;
    await user.click(header);
    await user.click(within(await findDialog()).getByRole("button", { name: t("binding.leaveSave"), hidden: true }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    await waitFor(() => expect(header.getAttribute("aria-expanded")).toBe("false"));
    expect(host.saved[0]!.sheets["Damien"]!.fields["candidate"]!.confidence).toBe(1);
  });
});
