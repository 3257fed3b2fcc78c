/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { DemoWordHost, DocumentView, demoWordSample } from "../../../src/hosts/demo";
import { documentMarkPlan, recognizeDocument } from "../../../src/recognition/document/recognize";
import { gridWordTable } from "../../../src/recognition/document/word-table";
import { builtInGrid } from "../../../src/referentials";

function renderView(id: "word-e33" | "word-report", locale: "fr" | "en" = "fr") {
  const sample = demoWordSample(id);
  const host = new DemoWordHost(sample.document, { locale, cursor: sample.cursor });
  render(
    <FluentProvider theme={webLightTheme}>
      <DocumentView host={host} />
    </FluentProvider>,
  );
  return host;
}

describe("the document view", () => {
  it("draws the document as a page: paragraphs, tables, merged cells spanning rows and columns", () => {
    renderView("word-e33");
    expect(screen.getByTestId("document-view").getAttribute("aria-label")).toBe("Document « E33 - DUPONT Léa.docx »");
    expect(screen.getByTestId("doc-paragraph-1").textContent).toBe("Baccalauréat professionnel Métiers du commerce et de la vente");
    expect(screen.getByTestId("doc-table-1-r5-c1").textContent).toBe("Numéro du (de la) candidat(e) :");
    // « Critères et indicateurs… » over two rows and two columns; « PROFIL » over four; the covered cell not drawn.
    const header = screen.getByTestId("doc-table-2-r1-c1");
    expect([header.getAttribute("colspan"), header.getAttribute("rowspan")]).toEqual(["2", "2"]);
    expect(screen.getByTestId("doc-table-2-r1-c2").getAttribute("colspan")).toBe("4");
    expect(screen.queryByTestId("doc-table-2-r2-c1")).toBeNull();
    expect(screen.getByTestId("doc-table-2-r2-c2").textContent).toBe("1");
    expect(screen.getByTestId("doc-table-2-r2-c2").getAttribute("data-column")).toBe("3");
    expect(screen.getByTestId("doc-paragraph-7").textContent).toBe("Note : ……………… / 20");
    expect(screen.getByTestId("document-cursor-place").textContent).toBe("Curseur : à la fin du document");
  });

  it("highlights what the pane selects and marks what a plan wrote, announcing it", async () => {
    const host = renderView("word-e33");
    await act(() => host.select("'E33 - DUPONT Léa.docx'!B9"));
    expect(screen.getByTestId("doc-table-1-r5-c2").getAttribute("data-selected")).toBe("true");
    expect(screen.getByTestId("document-cursor-place").textContent).toBe("Curseur : tableau 1, ligne 5, cellule 2");
    const plan = documentMarkPlan(recognizeDocument(host.getState().document)).plan;
    await act(() => host.applyPlan(plan));
    const note = screen.getByTestId("doc-paragraph-7");
    expect(note.textContent).toBe("Note : 15 / 20");
    expect(note.getAttribute("data-changed")).toBe("true");
    expect(screen.getByTestId("document-status").textContent).toBe("1 paragraphe mis à jour");
    expect(screen.getByTestId("doc-table-1-r5-c2").getAttribute("data-selected")).toBe("true");
  });

  it("shows the cursor; a click puts it in a paragraph or a cell, the arrow keys move it", () => {
    const host = renderView("word-report");
    expect(screen.getByTestId("doc-paragraph-2").getAttribute("data-cursor")).toBe("true");
    expect(screen.getAllByTestId("document-cursor")).toHaveLength(1);
    fireEvent.click(screen.getByTestId("doc-paragraph-4"));
    expect(host.getState().cursor).toEqual({ kind: "paragraph", paragraph: 4 });
    fireEvent.keyDown(screen.getByRole("document"), { key: "ArrowUp" });
    expect(host.getState().cursor).toEqual({ kind: "paragraph", paragraph: 3 });
    expect(screen.getByTestId("doc-paragraph-3").getAttribute("data-cursor")).toBe("true");
  });

  it("shows an inserted grid, outlined, its content controls tagged, in the document's order", async () => {
    const host = renderView("word-report", "en");
    await act(() =>
      host.applyPlan({ changes: [{ kind: "insert-table", sheet: "Dossier CCF - bilan.docx", table: gridWordTable(builtInGrid("agora-e31")!), heading: "E31 — grille", position: "selection" }] }),
    );
    expect(screen.getByTestId("doc-paragraph-3").textContent).toBe("E31 — grille");
    // The form rows' table, then the grid's table.
    const form = screen.getByTestId("doc-table-1");
    const table = screen.getByTestId("doc-table-2");
    expect(form.getAttribute("data-inserted")).toBe("true");
    expect(table.getAttribute("data-inserted")).toBe("true");
    expect(form.compareDocumentPosition(screen.getByTestId("doc-paragraph-3")) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    expect(table.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    const tagged = table.querySelectorAll("[data-tag]");
    expect(tagged.length).toBeGreaterThan(10);
    expect(tagged[0]!.getAttribute("title")).toMatch(/^Content control grille:agora-e31:/);
    expect(screen.getByTestId("document-status").textContent).toBe("1 grid inserted");
    fireEvent.click(screen.getByTestId("doc-table-1-r1-c1"));
    expect(host.getState().cursor).toEqual({ kind: "table", table: 1, row: 1, cell: 1 });
  });
});
