import { documentToSheet } from "../../../src/recognition/document/to-sheet";
import type { Block, DocumentSnapshot, TableCellBlock } from "../../../src/recognition/document/snapshot";
import { rangeA1 } from "../../../src/recognition/snapshot/cells";
import { aDocument } from "../../support/docx-builder";

const cell = (text: string, more: Partial<TableCellBlock> = {}): TableCellBlock => ({ text, gridSpan: 1, vMerge: null, nested: false, ...more });
const doc = (blocks: Block[], name = "grille.docx"): DocumentSnapshot => ({ name, blocks, contentControls: [] });
const paragraph = (index: number, text: string, more: object = {}): Block => ({ kind: "paragraph", index, text, ...more });

describe("a document laid out as a pseudo-sheet", () => {
  it("puts each form line on a row: label in A, value in B (empty for a placeholder), « / 20 » in C, then an empty row", () => {
    const layout = documentToSheet(doc([paragraph(1, "Nom et prénom : Alice Martin"), paragraph(2, "Note : ……… / 20"), paragraph(3, "Compte rendu")]));
    expect(layout.sheets.map((s) => s.name)).toEqual(["grille.docx"]);
    expect(layout.sheets[0]!.cells).toEqual([["Nom et prénom :", " Alice Martin".trim()], [], ["Note :", null, "/ 20"], [], ["Compte rendu"]]);
  });

  it("lays a table's cells by their grid columns, spans and vertical merges as merged areas", () => {
    const layout = documentToSheet(
      doc([
        {
          kind: "table",
          index: 1,
          rows: [
            { cells: [cell("Critères", { gridSpan: 2, vMerge: "restart" }), cell("PROFIL", { gridSpan: 4 })] },
            { cells: [cell("", { gridSpan: 2, vMerge: "continue" }), cell("1"), cell("2"), cell("3"), cell("4")] },
            { cells: [cell("TRAITER"), cell("Pertinence…"), cell(""), cell(""), cell("X"), cell("")] },
          ],
        },
      ]),
    );
    const sheet = layout.sheets[0]!;
    expect(sheet.cells.slice(0, 3)).toEqual([
      ["Critères", null, "PROFIL", null, null, null],
      [null, null, "1", "2", "3", "4"],
      ["TRAITER", "Pertinence…", null, null, "X", null],
    ]);
    expect(sheet.merges.map(rangeA1).sort()).toEqual(["A1:B2", "C1:F1"]);
  });

  it("maps cells back to the document, 1-based, and describes them in French and English", () => {
    const layout = documentToSheet(
      doc([
        paragraph(1, "Session : 2026"),
        { kind: "table", index: 1, rows: [{ cells: [cell("Palier", { gridSpan: 2 }), cell("N"), cell("F")] }, { cells: [cell("1.1", { gridSpan: 2 }), cell(""), cell("X")] }] },
        paragraph(2, "Note : ……… / 20"),
      ]),
    );
    expect(layout.locate("B1")).toEqual({ kind: "paragraph", paragraph: 1, part: "value", segment: 0 });
    expect(layout.locate("'grille.docx'!D4")).toEqual({ kind: "table", table: 1, row: 2, cell: 3, column: 4 });
    // A merged area is its first cell; a form line's empty row stands for its value.
    expect(layout.locate("B3")).toEqual({ kind: "table", table: 1, row: 1, cell: 1, column: 1 });
    expect(layout.locate("A7")).toEqual({ kind: "paragraph", paragraph: 2, part: "value", segment: 0 });
    expect(layout.describe("'grille.docx'!D4")).toEqual({ fr: "tableau 1, ligne 2, colonne 4", en: "table 1, row 2, column 4" });
    expect(layout.describe("A6")).toEqual({ fr: "paragraphe 2", en: "paragraph 2" });
    expect(layout.locate("'autre'!A1")).toBeNull();
    expect(layout.addressOf({ kind: "table", table: 1, row: 2, cell: 3 })).toEqual({ sheet: "grille.docx", address: "D4" });
    expect(layout.addressOf({ kind: "paragraph", paragraph: 2 })).toEqual({ sheet: "grille.docx", address: "B6" });
  });

  it("flags nested tables with a note; their text stays in the outer cell", async () => {
    const snapshot = await aDocument()
      .table([["Compétence", { text: "Détail", nested: [["a", "b"], ["c", "d"]] }]])
      .toSnapshot();
    const layout = documentToSheet(snapshot);
    expect(layout.sheets[0]!.cells[0]).toEqual(["Compétence", "Détail\na\tb\nc\td"]);
    expect(layout.notes.map((n) => n.fr)).toEqual([expect.stringContaining("Le tableau 1 contient un tableau imbriqué (ligne 1, cellule 2)")]);
  });

  it("gives each copy of a repeated grid its own pseudo-sheet, named after its Heading 1", async () => {
    const grid = (name: string, level: string) => [
      ["Nom :", name],
      ["1.1", level],
    ];
    const snapshot = await aDocument()
      .paragraph("Compte rendu de la classe")
      .heading("MARTIN Alice")
      .table(grid("MARTIN Alice", "X"))
      .heading("PETIT Bruno")
      .table(grid("PETIT Bruno", ""))
      .heading("Bilan", "Titre1")
      .paragraph("Fin.")
      .toSnapshot("classe.docx");
    const layout = documentToSheet(snapshot);
    expect(layout.sheets.map((s) => s.name)).toEqual(["MARTIN Alice", "PETIT Bruno"]);
    // The text before the first copy joins it; the rest joins the last one.
    expect(layout.sheets[0]!.cells[0]).toEqual(["Compte rendu de la classe"]);
    expect(layout.sheets[1]!.cells.flat()).toContain("Fin.");
    expect(layout.locate("'PETIT Bruno'!B3")).toEqual({ kind: "table", table: 2, row: 2, cell: 2, column: 2 });
  });

  it("keeps a grid spread over two pages in one pseudo-sheet", async () => {
    const snapshot = await aDocument().table([["1.1", "X"]]).pageBreak().table([["Appréciation", "Bien"], ["Note", "15"]]).toSnapshot();
    expect(documentToSheet(snapshot).sheets).toHaveLength(1);
  });

  it("has a fingerprint that changes with the structure, not with what is typed", async () => {
    const fingerprint = async (level: string, rows = 1) =>
      documentToSheet(await aDocument().paragraph(`Nom : ${level}`).table(Array.from({ length: rows }, () => ["1.1", level])).toSnapshot()).fingerprint;
    expect(await fingerprint("X")).toBe(await fingerprint(""));
    expect(await fingerprint("X", 2)).not.toBe(await fingerprint("X"));
  });
});
