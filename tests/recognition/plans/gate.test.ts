import { text } from "../../../src/core";
import { NO_CONSENT, outputKey, PREVIEWED, type Consent } from "../../../src/recognition/plans/consent";
import { gate, type Gated } from "../../../src/recognition/plans/gate";
import type { NewSheet, PlanChange } from "../../../src/recognition/plans/plan";
import type { CellValue } from "../../../src/recognition/snapshot/cells";
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

const write = (sheet: string, address: string, value: number | string = 15, previous: CellValue = null): PlanChange => ({
  kind: "cell",
  sheet,
  address,
  value,
  previous,
  reason: text("test", "test"),
});
const newSheet = (name: string): NewSheet => ({ name, cells: [], merges: [], columnWidths: [], validations: [], names: [] });

const refusals = (verdict: Gated) => (verdict.ok ? [] : verdict.refusals);
const codes = (changes: PlanChange[], consent: Consent = NO_CONSENT) => refusals(gate({ changes }, snapshot, consent)).map((c) => c.code);

describe("the gate", () => {
  it("cell-formula: a formula cell is never overwritten, even with an empty cached result and consent", () => {
    const withFormula: WorkbookSnapshot = { sheets: [{ ...aSheet("Alice"), formulaCells: ["C34"] }], names: [] };
    const verdict = gate({ changes: [write("Alice", "$C$34")] }, withFormula, { previewed: true, outputs: ["Alice!C34"] });
    expect(refusals(verdict).map((c) => [c.code, c.message.fr, c.message.en])).toEqual([
      ["cell-formula", "Alice, cellule C34 contient une formule : Grille ne la remplace pas", "Alice, cell C34 holds a formula: Grille does not replace it"],
    ]);
  });

  it("lets a write into an empty cell of an existing sheet through, spelling the sheet as the workbook does", () => {
    const verdict = gate({ changes: [write("Alice", "C3"), write("alice", "A2")] }, snapshot, NO_CONSENT);
    expect(verdict.ok && verdict.changes.map((c) => c.kind === "cell" && c.sheet)).toEqual(["Alice", "Alice"]);
  });

  it("sheet-missing: a cell or a name on a sheet that is not there, named in both languages", () => {
    const found = refusals(gate({ changes: [write("Bob", "B2"), { kind: "name", name: "grille_note", sheet: "Bob", address: "B2", previous: null }] }, snapshot, NO_CONSENT));
    expect(found.map((c) => c.code)).toEqual(["sheet-missing", "sheet-missing"]);
    expect(found[0]!.message).toEqual({
      fr: "Bob, cellule B2 : la feuille « Bob » n'existe pas (a-t-elle été renommée ou supprimée ?)",
      en: 'Bob, cell B2: sheet "Bob" does not exist (renamed or deleted?)',
    });
    expect(found[1]!.message.en).toBe('Name "grille_note": sheet "Bob" does not exist (renamed or deleted?)');
  });

  it("sheet-protected: a cell on a protected sheet, or replacing a protected sheet, whatever the consent", () => {
    expect(codes([write("Verrouillée", "A1"), { kind: "sheet", sheet: newSheet("Verrouillée"), replaces: true }], PREVIEWED)).toEqual(["sheet-protected", "sheet-protected"]);
  });

  it("cell-not-empty: a non-empty cell without consent; the refused plan keeps the changes that passed", () => {
    const verdict = gate({ changes: [write("Alice", "C3"), write("Alice", "B2", 16)] }, snapshot, NO_CONSENT);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.refusals).toEqual([
      {
        change: write("Alice", "B2", 16),
        code: "cell-not-empty",
        message: {
          fr: "Alice, cellule B2 contient déjà « 15 » : Grille ne le remplace pas sans votre accord",
          en: 'Alice, cell B2 already holds "15": Grille does not replace it without your consent',
        },
      },
    ]);
    expect(verdict.allowed).toEqual([write("Alice", "C3")]);
  });

  it("previewed consent: a non-empty cell that still holds what the preview showed, and only that", () => {
    expect(codes([write("Alice", "B2", 16, 15)], PREVIEWED)).toEqual([]);
    expect(refusals(gate({ changes: [write("Alice", "B2", 16, 14)] }, snapshot, PREVIEWED)).map((r) => [r.code, r.message.fr])).toEqual([
      ["cell-not-empty", "Alice, cellule B2 contient « 15 », que l'aperçu ne montrait pas : Grille ne le remplace pas sans votre accord (relancez la lecture)"],
    ]);
    expect(codes([write("Alice", "B2", 16, 15)], NO_CONSENT)).toEqual(["cell-not-empty"]);
  });

  it("output consent: a non-empty output cell may be written, however its address is spelt", () => {
    expect(codes([write("Alice", "B2", 16)], { previewed: false, outputs: ["Alice!B2"] })).toEqual([]);
    expect(codes([write("Alice", "b2", 16)], { previewed: false, outputs: ["'ALICE'!$B$2"] })).toEqual([]);
    expect(codes([write("Alice", "B1", 16)], { previewed: false, outputs: ["Alice!B2"] })).toEqual(["cell-not-empty"]);
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

  it("wrong-host: a workbook takes no Word table, a document no sheet and no name", () => {
    const table: PlanChange = { kind: "insert-table", sheet: "Alice", table: { gridId: "x", columns: [], rows: [] } as never, position: "end" };
    expect(codes([table])).toEqual(["wrong-host"]);
    const document = gate({ changes: [table, { kind: "sheet", sheet: newSheet("X"), replaces: false }, { kind: "name", name: "n", sheet: "Alice", address: "A1", previous: null }] }, snapshot, NO_CONSENT, { target: "document" });
    expect(refusals(document).map((r) => [r.code, r.message.fr])).toEqual([
      ["wrong-host", "Feuille « X » : un document Word n’a pas de feuilles"],
      ["wrong-host", "Nom « n » : un document Word n’a pas de noms de cellules"],
    ]);
  });

  it("excel-rule: what Excel would refuse is refused for workbooks, with where", () => {
    const verdict = gate({ changes: [write("Alice", "C3", 1), { kind: "name", name: "A1", sheet: "Alice", address: "B2", previous: null }] }, snapshot, NO_CONSENT);
    expect(refusals(verdict).map((r) => [r.code, r.message.fr])).toEqual([["excel-rule", "Nom « A1 » invalide pour Excel."]]);
  });

  it("a document names cells its own way", () => {
    const verdict = gate({ changes: [write("Alice", "B2", 16)] }, snapshot, NO_CONSENT, { target: "document", describe: (sheet, address) => text(`tableau 1 (${address})`, `table 1 (${address})`) });
    expect(refusals(verdict)[0]!.message.fr).toMatch(/^tableau 1 \(B2\) contient déjà « 15 »/);
  });
});
