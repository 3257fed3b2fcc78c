import { a1, parseA1 } from "../../src/recognition/snapshot/cells";
import type { SheetBinding } from "../../src/recognition/sheet/binding";
import { refusedTarget, type RebindTarget } from "../../src/recognition/sheet/target-cell";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import { rebind, sheetsBuiltLike } from "../../src/taskpane/state/rebind";
import { grid } from "../support/evaluation-builder";
import { aSheet } from "../support/snapshot-builder";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";

/**
 * « Corriger la reconnaissance »: the cell a teacher picks for an item or a field must be able to hold
 * it. A label of the grid, the printed « / 20 », the level header or a formula is refused, with the cell
 * that refuses and what it shows; a cell where the value is typed is accepted.
 */
const e31 = grid("agora-e31");
let snapshot: WorkbookSnapshot;
let alice: SheetSnapshot;
let binding: SheetBinding;

beforeAll(async () => {
  snapshot = await aWorkbook()
    .sheet("Alice", (s) => e31Sheet(s, { name: "MARTIN Alice" }))
    .sheet("Bruno", (s) => e31Sheet(s, { name: "DURAND Bruno", levels: { "1.1": "E", "1.2": "M", "1.3": null } }))
    .sheet("Chloé", (s) => e31Sheet(s, { name: "PETIT Chloé", mark: 13 }))
    .toSnapshot();
  alice = snapshot.sheets.find((s) => s.name === "Alice")!;
  binding = recognizeWorkbook(snapshot).bindings.find((b) => b.sheet === "Alice")!;
});

const check = (target: RebindTarget, address: string, sheet: SheetSnapshot = alice, before: SheetBinding = binding) =>
  refusedTarget(sheet, e31, before, rebind(before, target, address), target);
const mark: RebindTarget = { kind: "field", id: "mark" };
const candidate: RebindTarget = { kind: "field", id: "candidate" };
const item: RebindTarget = { kind: "item", id: "1.1" };
/** A long heading quoted up to a whole word. */
const titleShown = "Grille d’aide à l’évaluation par contrôle en cours de…";
const markRow = () => parseA1(binding.fields["mark"]!.value)!.row;
/** The cell `columns` to the right of the mark's value cell. */
const besideMark = (columns: number) => a1(markRow(), parseA1(binding.fields["mark"]!.value)!.col + columns);

describe("a cell that cannot hold the item or field is refused", () => {
  it("the printed maximum « / 20 » beside the mark", () => {
    expect(check(mark, besideMark(1))).toEqual({ reason: "maximum", cell: besideMark(1), text: "/ 20" });
  });

  it("a label of the grid: the mark's caption, a field's label, the grid's title", () => {
    const caption = binding.fields["mark"]!.label;
    expect(check(mark, caption)).toMatchObject({ reason: "label", cell: caption });
    expect(check(candidate, binding.fields["registration"]!.label)).toMatchObject({ reason: "label" });
    const title = alice.cells.findIndex((row) => row[0] === e31.grid.title);
    expect(check(candidate, a1(title, 0))).toEqual({ reason: "label", cell: a1(title, 0), text: titleShown });
  });

  it("an item moved to the level header row, or to a heading merged across the grid", () => {
    const header = binding.header!.row;
    const refused = check(item, a1(header, 0));
    expect(refused).toMatchObject({ reason: "scale-header", cell: a1(header, 2), text: "N" });
    const title = alice.cells.findIndex((row) => row[0] === e31.grid.title);
    expect(check(item, a1(title, 3))).toEqual({ reason: "label", cell: a1(title, 0), text: titleShown });
  });

  it("a formula, for an item's level cells; a formula in the mark field is the teacher's own mark, read and never written", () => {
    const emptyRow = alice.cells.length + 3;
    const target = rebind(binding, item, a1(emptyRow, 0)).items["1.1"]!.levels!;
    const withFormula: SheetSnapshot = { ...alice, formulaCells: [target["M"]!, binding.fields["mark"]!.value] };
    expect(check(item, a1(emptyRow, 0), withFormula)).toEqual({ reason: "formula", cell: target["M"], text: "" });
    expect(check(mark, binding.fields["mark"]!.value, withFormula)).toBeNull();
    expect(check(candidate, binding.fields["mark"]!.value, withFormula)).toMatchObject({ reason: "formula" });
  });
});

describe("a cell where the value is typed is accepted", () => {
  it("an item's own row (its label cell picked to move it), an empty row, a field's value cell, the mark cell", () => {
    expect(check(item, binding.items["1.2"]!.label)).toBeNull();
    expect(check(item, a1(alice.cells.length + 3, 0))).toBeNull();
    expect(check(candidate, binding.fields["registration"]!.value)).toBeNull();
    expect(check(mark, binding.fields["mark"]!.value)).toBeNull();
    expect(check(mark, besideMark(2))).toBeNull();
  });

  it("a row per candidate: the column is picked by its header; only a formula or a maximum in its data rows refuses it", () => {
    const table: SheetBinding = {
      ...binding,
      sheet: "Classe",
      layout: "row-per-candidate",
      header: null,
      items: {},
      fields: {},
      table: { headerRow: 0, nameColumns: [0], itemColumns: {}, fieldColumns: {}, firstRow: 1, lastRow: 3 },
    };
    const classe = { ...aSheet("Classe").row(1, ["Nom", "1.1", "Note", "/ 20"]).row(2, ["Alice", "M", 14, "/ 20"]).row(3, ["Bruno", "E", 16, "/ 20"]).build(), formulaCells: ["C3"] };
    expect(check(item, "B1", classe, table)).toBeNull();
    expect(check(mark, "C1", classe, table)).toBeNull();
    expect(check(item, "C1", classe, table)).toEqual({ reason: "formula", cell: "C3", text: "" });
    expect(check(item, "D1", classe, table)).toMatchObject({ reason: "maximum", cell: "D2" });
  });
});

describe("sheets built alike", () => {
  it("are the sheets whose elements recognition bound to the same cells, whatever their content", async () => {
    const report = recognizeWorkbook(snapshot);
    expect(sheetsBuiltLike(report.bindings, "Alice")).toEqual(["Bruno", "Chloé"]);
    expect(sheetsBuiltLike(report.bindings, "Bruno")).toEqual(["Alice", "Chloé"]);
    expect(sheetsBuiltLike(report.bindings, "Nobody")).toEqual([]);
    // A copy without the titles has every element on other rows: not built alike.
    const mixed = await aWorkbook()
      .sheet("Alice", (s) => e31Sheet(s, { name: "MARTIN Alice" }))
      .sheet("Bruno", (s) => e31Sheet(s, { name: "DURAND Bruno", decoration: false }))
      .sheet("Chloé", (s) => e31Sheet(s, { name: "PETIT Chloé" }))
      .toSnapshot();
    expect(sheetsBuiltLike(recognizeWorkbook(mixed).bindings, "Alice")).toEqual(["Chloé"]);
  });
});
