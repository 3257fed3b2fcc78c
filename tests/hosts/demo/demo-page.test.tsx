/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { DemoPage } from "../../../src/demo/DemoPage";

const start = (overrides: Partial<Parameters<typeof DemoPage>[0]["initial"]> = {}) =>
  render(<DemoPage initial={{ sample: "e31", locale: "fr", dark: false, latencyMs: 0, ...overrides }} />);

describe("the demo page", () => {
  it("shows the sample workbook beside the real task pane", () => {
    start();
    expect(screen.getByRole("heading", { level: 1, name: "Grille — démonstration" })).toBeTruthy();
    expect(screen.getByTestId("sheet-tab-Lea_Martin")).toBeTruthy();
    expect(within(screen.getByTestId("pane")).getAllByRole("button").length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe("fr");
  });

  it("switches sample, keeping each sample's workbook as it was left", () => {
    start();
    fireEvent.click(screen.getByTestId("cell-Lea_Martin-B7"));
    fireEvent.click(within(screen.getByTestId("sample-switcher")).getByRole("tab", { name: "CQP" }));
    expect(screen.getByTestId("sheet-tab-Jury_1_Mme_Caron")).toBeTruthy();
    expect(screen.queryByTestId("sheet-tab-Lea_Martin")).toBeNull();
    fireEvent.click(screen.getByTestId("sample-pfmp"));
    expect(screen.getByTestId("sheet-tab-Manon_Garnier")).toBeTruthy();
    fireEvent.click(screen.getByTestId("sample-e31"));
    expect(screen.getByTestId("selection-address").textContent).toBe("'Léa Martin'!B7");
    expect(screen.getByTestId("cell-Lea_Martin-B7").getAttribute("aria-selected")).toBe("true");
  });

  it("switches language and theme", () => {
    start();
    act(() => {
      fireEvent.click(within(screen.getByTestId("lang-switch")).getByLabelText("EN"));
    });
    expect(screen.getByRole("heading", { level: 1, name: "Grille — demo" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByRole("grid", { name: 'Sheet "Léa Martin"' })).toBeTruthy();
    const theme = screen.getByTestId("theme-switch") as HTMLInputElement;
    expect(theme.checked).toBe(false);
    fireEvent.click(theme);
    expect(theme.checked).toBe(true);
  });

  it("has the Word samples in the switcher: the simulated document beside the pane's Word flow (loaded when first opened)", async () => {
    start();
    const switcher = screen.getByTestId("sample-switcher");
    expect(within(switcher).getAllByRole("tab").map((t) => t.getAttribute("data-testid"))).toEqual(["e31", "e33", "cqp", "pfmp", "ccf", "word-e33", "word-report"].map((id) => `sample-${id}`));
    expect(within(switcher).getByRole("tab", { name: "Word : rapport" })).toBeTruthy();
    fireEvent.click(screen.getByTestId("sample-word-e33"));
    expect(await screen.findByTestId("document-view")).toBeTruthy();
    expect(screen.queryByTestId("workbook-view")).toBeNull();
    expect(screen.getByTestId("doc-table-2-r1-c1").textContent).toMatch(/^Critères et indicateurs/);
    const pane = within(screen.getByTestId("pane"));
    expect(pane.getByRole("button", { name: "Écrire la note" })).toBeTruthy();
    expect(pane.getByRole("tab", { name: "Insérer une grille" })).toBeTruthy();
    expect(screen.getByText(/le document Word est simulé en mémoire/)).toBeTruthy();

    fireEvent.click(screen.getByTestId("sample-word-report"));
    expect(screen.getByTestId("doc-paragraph-1").textContent).toBe("Dossier CCF — bilan");
    expect(screen.getByTestId("doc-paragraph-2").getAttribute("data-cursor")).toBe("true");
    fireEvent.click(screen.getByTestId("doc-paragraph-5"));
    fireEvent.click(screen.getByTestId("sample-e31"));
    expect(screen.getByTestId("workbook-view")).toBeTruthy();
    fireEvent.click(screen.getByTestId("sample-word-report"));
    expect(screen.getByTestId("doc-paragraph-5").getAttribute("data-cursor")).toBe("true");
  });

  it("starts on a Word sample from the address", async () => {
    start({ sample: "word-report" });
    expect(screen.getByTestId("sample-word-report").getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByTestId("document-view")).toBeTruthy();
  });
});
