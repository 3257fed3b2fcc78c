/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { DemoHost } from "../../../src/hosts/demo/demo-host";
import { demoSample } from "../../../src/hosts/demo/samples";
import { WorkbookView } from "../../../src/hosts/demo/WorkbookView";
import { markPlan } from "../../../src/recognition/plans/marks";
import { parseA1 } from "../../../src/recognition/snapshot/cells";
import { cellAt } from "../../../src/recognition/snapshot/workbook";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";

function renderView(locale: "fr" | "en" = "fr") {
  const host = new DemoHost(demoSample("e31").snapshot, { locale });
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookView host={host} />
    </FluentProvider>,
  );
  return host;
}

describe("the workbook view", () => {
  it("shows the first sheet as a grid, with a tab per sheet", () => {
    renderView();
    expect(screen.getByTestId("workbook-view")).toBeTruthy();
    expect(screen.getByRole("grid", { name: "Feuille « Léa Martin »" })).toBeTruthy();
    expect(screen.getAllByRole("tab").map((t) => t.getAttribute("data-testid"))).toEqual(
      ["Lea_Martin", "Yanis_Benali", "Chloe_Dubois", "Lucas_Fernandes", "Ines_Moreau", "Mathis_Lefevre"].map((s) => `sheet-tab-${s}`),
    );
    expect(screen.getByRole("tab", { name: "Chloé Dubois" })).toBeTruthy();
    expect(screen.getByTestId("sheet-tab-Lea_Martin").getAttribute("aria-selected")).toBe("true");
    expect(screen.getByTestId("cell-Lea_Martin-A1").textContent).toContain("Baccalauréat");
    // The title spans the sheet's width: merged cells.
    expect(Number(screen.getByTestId("cell-Lea_Martin-A1").getAttribute("colspan"))).toBeGreaterThan(1);
  });

  it("selects the cell the pane points at, on its sheet", async () => {
    const host = renderView();
    await act(() => host.select("'Lucas Fernandes'!C19"));
    expect(screen.getByTestId("sheet-tab-Lucas_Fernandes").getAttribute("aria-selected")).toBe("true");
    const cell = screen.getByTestId("cell-Lucas_Fernandes-C19");
    expect(cell.getAttribute("aria-selected")).toBe("true");
    expect(cell.getAttribute("tabindex")).toBe("0");
    expect(screen.getAllByRole("gridcell").filter((c) => c.getAttribute("aria-selected") === "true")).toHaveLength(1);
    expect(screen.getByTestId("selection-address").textContent).toBe("'Lucas Fernandes'!C19");
  });

  it("highlights and announces the cells a plan wrote", async () => {
    const host = renderView();
    const snapshot = await host.readSnapshot();
    const { plan } = markPlan(recognizeWorkbook(snapshot), (sheet, address) => {
      const at = parseA1(address)!;
      return cellAt(snapshot.sheets.find((s) => s.name === sheet)!, at.row, at.col);
    });
    await act(() => host.applyPlan(plan));
    expect(screen.getByRole("status").textContent).toBe("4 cellules mises à jour");
    const mark = plan.changes[0]!;
    if (mark.kind !== "cell") throw new Error("cell expected");
    const cell = screen.getByTestId(`cell-Lea_Martin-${mark.address}`);
    expect(cell.getAttribute("data-changed")).toBe("true");
    expect(cell.textContent).toBe("17");
    expect(screen.getByTestId("sheet-tab-Yanis_Benali").textContent).toContain("modifiée");
    expect(screen.getByTestId("sheet-tab-Chloe_Dubois").textContent).not.toContain("modifiée");
  });

  it("moves the selection with the arrow keys and selects a clicked cell", async () => {
    const host = renderView("en");
    fireEvent.click(screen.getByTestId("cell-Lea_Martin-C22"));
    expect(await host.selection()).toBe("'Léa Martin'!C22");
    fireEvent.keyDown(screen.getByRole("grid"), { key: "ArrowRight" });
    expect(await host.selection()).toBe("'Léa Martin'!D22");
    expect(document.activeElement).toBe(screen.getByTestId("cell-Lea_Martin-D22"));
    fireEvent.keyDown(screen.getByRole("grid"), { key: "Home" });
    expect(await host.selection()).toBe("'Léa Martin'!A22");
  });

  it("selects the first cell on the first key when nothing is selected, then moves past merged cells", async () => {
    const host = renderView();
    fireEvent.keyDown(screen.getByRole("grid"), { key: "ArrowDown" });
    expect(await host.selection()).toBe("'Léa Martin'!A1");
    // A1 spans the grid's width: the next cell right is the gap before Grille's proposal, then back.
    fireEvent.keyDown(screen.getByRole("grid"), { key: "ArrowRight" });
    expect(await host.selection()).toBe("'Léa Martin'!G1");
    fireEvent.keyDown(screen.getByRole("grid"), { key: "ArrowLeft" });
    expect(await host.selection()).toBe("'Léa Martin'!A1");
    fireEvent.keyDown(screen.getByRole("grid"), { key: "ArrowDown" });
    expect(await host.selection()).toBe("'Léa Martin'!A2");
  });

  it("switches sheet from its tabs", async () => {
    const host = renderView();
    fireEvent.click(screen.getByTestId("sheet-tab-Ines_Moreau"));
    expect(await host.selection()).toBe("'Inès Moreau'!A1");
    expect(screen.getByRole("grid", { name: "Feuille « Inès Moreau »" })).toBeTruthy();
  });
});
