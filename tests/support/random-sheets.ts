import fc from "fast-check";
import type { CellValue } from "../../src/recognition/snapshot/cells";
import type { SheetSnapshot } from "../../src/recognition/snapshot/workbook";

/**
 * Cell values a fuzzed sheet is made of: empty, any text, the `words` grids are made of, numbers
 * (whole ones too with `integers`), booleans, Excel errors.
 */
export function randomCellValue(words: readonly string[], { integers = false } = {}): fc.Arbitrary<CellValue> {
  return fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 30 }),
    fc.constantFrom(...words),
    fc.double({ noNaN: true }),
    ...(integers ? [fc.integer({ min: 0, max: 100 })] : []),
    fc.boolean(),
    fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }),
  );
}

/**
 * A random sheet of up to 25 rows × 8 columns of `cellValue`, perhaps one merge; with `hiddenRows`, up
 * to 3 hidden rows; with `formula`, perhaps one formula cell (its text random).
 */
export function randomSheet(cellValue: fc.Arbitrary<CellValue>, { hiddenRows = false, formula = false } = {}): fc.Arbitrary<SheetSnapshot> {
  return fc
    .record({
      name: fc.string({ minLength: 1, maxLength: 12 }),
      cells: fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 25 }),
      merge: fc.option(fc.record({ top: fc.nat(20), left: fc.nat(6), h: fc.nat(3), w: fc.nat(3) })),
      hidden: hiddenRows ? fc.array(fc.nat(25), { maxLength: 3 }) : fc.constant<number[]>([]),
      formula: formula ? fc.option(fc.record({ row: fc.nat(25), col: fc.nat(8), text: fc.string({ maxLength: 40 }) })) : fc.constant(null),
    })
    .map(({ name, cells, merge, hidden, formula }) => {
      const sheet: SheetSnapshot = {
        name,
        cells,
        merges: merge ? [{ top: merge.top, left: merge.left, bottom: merge.top + merge.h, right: merge.left + merge.w }] : [],
        hiddenRows: hidden,
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
}
