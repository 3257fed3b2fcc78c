import { text } from "../../../src/core";
import { checkPlan, outputKey } from "../../../src/recognition/plans/conflicts";
import type { NewSheet, PlanChange } from "../../../src/recognition/plans/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/recognition/snapshot/workbook";

const aSheet = (name: string, cells: SheetSnapshot["cells"] = [], protectedSheet = false): SheetSnapshot => ({
  name,
  cells,
  merges: [],
  hiddenRows: [],
  hiddenColumns: [],
  protected: protectedSheet,
});

const snapshot: WorkbookSnapshot = {
  sheets: [aSheet("Alice", [["Nom", "Alice"], [null, 15]]), aSheet("Verrouillée", [], true), aSheet("Synthèse")],
  names: [],
};

const write = (sheet: string, address: string, value: number | string = 15): PlanChange => ({
  kind: "cell",
  sheet,
  address,
  value,
  previous: null,
  reason: text("test", "test"),
});
const newSheet = (name: string): NewSheet => ({ name, cells: [], merges: [], columnWidths: [], validations: [], names: [] });

const codes = (changes: PlanChange[], allowed: string[] = []) => checkPlan({ changes }, snapshot, new Set(allowed)).map((c) => c.code);

describe("checkPlan", () => {
  it("cell-formula: a formula cell is never overwritten, even with an empty cached result", () => {
    const withFormula: WorkbookSnapshot = { sheets: [{ ...aSheet("Alice"), formulaCells: ["C34"] }], names: [] };
    const conflicts = checkPlan({ changes: [write("Alice", "$C$34")] }, withFormula, new Set(["Alice!C34"]));
    expect(conflicts.map((c) => [c.code, c.message.fr])).toEqual([["cell-formula", "Alice!$C$34 contient une formule : Grille ne la remplace pas"]]);
  });

  it("accepts a write into an empty cell of an existing sheet", () => {
    expect(codes([write("Alice", "C3"), write("alice", "A2")])).toEqual([]);
  });

  it("sheet-missing: a cell or a name on a sheet that is not there", () => {
    const conflicts = checkPlan({ changes: [write("Bob", "B2"), { kind: "name", name: "grille_note", sheet: "Bob", address: "B2", previous: null }] }, snapshot, new Set());
    expect(conflicts.map((c) => c.code)).toEqual(["sheet-missing", "sheet-missing"]);
    expect(conflicts[0]!.message.fr).toBe("Bob!B2 : la feuille « Bob » n'existe pas (a-t-elle été renommée ou supprimée ?)");
    expect(conflicts[1]!.message.en).toMatch(/^Name "grille_note": sheet "Bob" does not exist/);
  });

  it("sheet-protected: a cell on a protected sheet, or replacing a protected sheet", () => {
    expect(codes([write("Verrouillée", "A1"), { kind: "sheet", sheet: newSheet("Verrouillée"), replaces: true }])).toEqual(["sheet-protected", "sheet-protected"]);
  });

  it("cell-not-empty: a non-empty cell that is not one of Grille's outputs", () => {
    const conflicts = checkPlan({ changes: [write("Alice", "B2", 16)] }, snapshot, new Set());
    expect(conflicts).toEqual([{ change: write("Alice", "B2", 16), code: "cell-not-empty", message: expect.objectContaining({ fr: expect.stringContaining("Alice!B2 contient déjà « 15 »") }) }]);
  });

  it("a non-empty output cell may be written, however its address is spelt", () => {
    expect(codes([write("Alice", "B2", 16)], ["Alice!B2"])).toEqual([]);
    expect(codes([write("Alice", "b2", 16)], ["'Alice'!$B$2"])).toEqual([]);
    expect(outputKey("'L''an 2'!$d$12")).toBe("l'an 2!D12");
  });

  it("sheet-exists: a new sheet whose name is taken, unless the plan replaces it", () => {
    expect(codes([{ kind: "sheet", sheet: newSheet("synthèse"), replaces: false }])).toEqual(["sheet-exists"]);
    expect(codes([{ kind: "sheet", sheet: newSheet("Synthèse"), replaces: true }])).toEqual([]);
    expect(codes([{ kind: "sheet", sheet: newSheet("Nouvelle"), replaces: false }])).toEqual([]);
  });

  it("a sheet the plan adds counts as existing (and empty) for the changes after it", () => {
    expect(codes([{ kind: "sheet", sheet: newSheet("Nouvelle"), replaces: false }, write("Nouvelle", "A1"), { kind: "sheet", sheet: newSheet("Nouvelle"), replaces: false }])).toEqual(["sheet-exists"]);
  });
});
