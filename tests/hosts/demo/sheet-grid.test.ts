import { MAX_COLUMNS, MAX_ROWS, areaOf, displayText, reachOf, sheetGrid, testIdPart } from "../../../src/hosts/demo/sheet-grid";
import type { SheetSnapshot } from "../../../src/recognition/snapshot/workbook";

const sheet = (cells: SheetSnapshot["cells"], extra: Partial<SheetSnapshot> = {}): SheetSnapshot => ({
  name: "Feuil1",
  cells,
  merges: [],
  hiddenRows: [],
  hiddenColumns: [],
  protected: false,
  ...extra,
});

describe("what the workbook view draws", () => {
  it("spans merged areas and leaves out the cells they cover", () => {
    const grid = sheetGrid(sheet([["Titre", null, null], ["a", "b", "c"]], { merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] }), "fr");
    expect(grid.cells[0]).toEqual([{ row: 0, col: 0, address: "A1", text: "Titre", rowSpan: 1, colSpan: 3 }]);
    expect(grid.cells[1]!.map((c) => c.address)).toEqual(["A2", "B2", "C2"]);
    expect(grid.cut).toBe(false);
  });

  it("leaves out hidden rows and columns, a merge shrinking with them", () => {
    const grid = sheetGrid(sheet([["a", "b", "c"], ["d", "e", "f"]], { hiddenColumns: [1], hiddenRows: [0], merges: [{ top: 0, left: 0, bottom: 1, right: 2 }] }), "fr");
    expect(grid.rows).toEqual([1]);
    expect(grid.columns).toEqual([0, 2]);
    expect(grid.cells[0]).toEqual([{ row: 1, col: 0, address: "A2", text: "d", rowSpan: 1, colSpan: 2 }]);
  });

  it(`cuts at ${MAX_ROWS} rows and ${MAX_COLUMNS} columns, further down only to show the selection`, () => {
    const big = sheet(Array.from({ length: 300 }, () => Array.from({ length: 40 }, () => "x")));
    const grid = sheetGrid(big, "fr");
    expect([grid.rows.length, grid.columns.length, grid.cut]).toEqual([MAX_ROWS, MAX_COLUMNS, true]);
    expect(sheetGrid(big, "fr", reachOf({ top: 199, left: 0, bottom: 199, right: 0 })).rows.length).toBe(200);
    expect(reachOf({ top: 5, left: 2, bottom: 5, right: 2 })).toEqual({ rows: MAX_ROWS, columns: MAX_COLUMNS });
  });

  it("shows percentages, dates and numbers as Excel would with their formats", () => {
    expect(displayText(0.7, "0 %", "fr")).toBe("70 %");
    expect(displayText(0.74444, "0.0 %", "fr")).toBe("74,4 %");
    expect(displayText(18.5, undefined, "fr")).toBe("18,5");
    expect(displayText(18.5, undefined, "en")).toBe("18.5");
    expect(displayText("2025-05-20", "dd/mm/yyyy", "fr")).toBe("20/05/2025");
    expect(displayText({ error: "#N/A" }, undefined, "fr")).toBe("#N/A");
    expect(displayText(null, undefined, "fr")).toBe("");
  });

  it("finds the merged area of a cell", () => {
    const s = sheet([], { merges: [{ top: 2, left: 0, bottom: 5, right: 3 }] });
    expect(areaOf(s, 4, 2)).toEqual({ top: 2, left: 0, bottom: 5, right: 3 });
    expect(areaOf(s, 0, 0)).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });

  it("makes test ids from sheet names", () => {
    expect(testIdPart("Léa Martin")).toBe("Lea_Martin");
    expect(testIdPart("Jury 1 – Mme Caron")).toBe("Jury_1_Mme_Caron");
  });
});
