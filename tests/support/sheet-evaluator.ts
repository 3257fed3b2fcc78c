import { parseA1 } from "../../src/recognition/snapshot/cells";
import type { NewSheet } from "../../src/recognition/plans/plan";
import { evaluateFormula, type Cells } from "./formula-evaluator";

/**
 * What Excel would show in every formula cell of a generated sheet, once the teacher has typed
 * `inputs`: the hidden helper cells first (left to right: each reads only cells left of it), then the
 * visible formulas (left to right: a share reads its count).
 */
export function evaluateSheet(sheet: NewSheet, inputs: Cells): Map<string, string | number | boolean> {
  const values = new Map<string, string | number | boolean>(inputs);
  for (const cell of sheet.cells) {
    if (cell.value !== null && typeof cell.value !== "object" && !values.has(cell.address)) values.set(cell.address, cell.value);
  }
  const hidden = new Set((sheet.hiddenColumns ?? []).map((c) => c - 1));
  const formulas = sheet.cells.flatMap((cell) => (cell.value !== null && typeof cell.value === "object" ? [{ address: cell.address, formula: cell.value.formula, at: parseA1(cell.address)! }] : []));
  const phase = (col: number) => (hidden.has(col) ? 0 : 1);
  formulas.sort((a, b) => phase(a.at.col) - phase(b.at.col) || a.at.col - b.at.col || a.at.row - b.at.row);
  for (const { address, formula } of formulas) {
    const value = evaluateFormula(formula, values);
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") values.set(address, value);
  }
  return values;
}
