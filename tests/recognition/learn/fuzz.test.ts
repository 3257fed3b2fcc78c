import fc from "fast-check";
import { GridFileSchema } from "../../../src/core";
import { learnGrid } from "../../../src/recognition/learn";
import { randomCellValue, randomSheet } from "../../support/random-sheets";

const randomSheets = fc.array(randomSheet(randomCellValue(["X", "x", "1.1", "C1.2 Câbler", "N", "F", "M", "E", "A", "B", "C", "D", "--", "+", "++", "Insuffisant", "Très bien", "/5", "/ 20", "Note :", "Total", "NT", "ABS", "P1", "P2", "Nom :", "Barème", "Appréciation", "Membres du jury"], { integers: true }), { formula: true }), { maxLength: 3 });

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
      fc.property(randomSheets, (sheets) => {
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
