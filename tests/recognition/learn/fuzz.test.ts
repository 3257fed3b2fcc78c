import fc from "fast-check";
import { GridFileSchema } from "../../../src/core";
import { learnGrid } from "../../../src/recognition/learn";
import type { CellValue } from "../../../src/recognition/snapshot/cells";
import type { SheetSnapshot } from "../../../src/recognition/snapshot/workbook";

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 30 }),
  fc.constantFrom("X", "x", "1.1", "C1.2 Câbler", "N", "F", "M", "E", "A", "B", "C", "D", "--", "+", "++", "Insuffisant", "Très bien", "/5", "/ 20", "Note :", "Total", "NT", "ABS", "P1", "P2", "Nom :", "Barème", "Appréciation", "Membres du jury"),
  fc.double({ noNaN: true }),
  fc.integer({ min: 0, max: 100 }),
  fc.boolean(),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }),
);

const randomSheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 12 }),
    cells: fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 25 }),
    merge: fc.option(fc.record({ top: fc.nat(20), left: fc.nat(6), h: fc.nat(3), w: fc.nat(3) })),
    formula: fc.option(fc.record({ row: fc.nat(25), col: fc.nat(8), text: fc.string({ maxLength: 40 }) })),
  })
  .map(({ name, cells, merge, formula }) => {
    const sheet: SheetSnapshot = {
      name,
      cells,
      merges: merge ? [{ top: merge.top, left: merge.left, bottom: merge.top + merge.h, right: merge.left + merge.w }] : [],
      hiddenRows: [],
      hiddenColumns: [],
      protected: false,
    };
    if (formula) {
      const address = `${String.fromCharCode(65 + formula.col)}${formula.row + 1}`;
      sheet.formulaCells = [address];
      sheet.formulas = { [address]: formula.text };
    }
    return sheet;
  });

/** Freezes a snapshot all the way down: learning that wrote to it would throw in strict mode. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe("learning never crashes and never writes", () => {
  it("on random sheets: a result with notes, a proposal valid against the schema", () => {
    fc.assert(
      fc.property(fc.array(randomSheet, { maxLength: 3 }), (sheets) => {
        const workbook = deepFreeze({ sheets, names: [] });
        const result = learnGrid(workbook);
        expect(result.notes.length).toBeGreaterThan(0);
        if (result.kind === "proposed") expect(GridFileSchema.safeParse(result.file).success).toBe(true);
        expect(result.notes.every((n) => !/interrompu/.test(n.fr))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
