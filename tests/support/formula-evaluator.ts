import FormulaParser from "fast-formula-parser";
import { a1, parseRangeA1 } from "../../src/recognition/snapshot/cells";

/** Cell values by A1 address; a missing address is an empty cell. */
export type Cells = ReadonlyMap<string, string | number | boolean>;

/** A parameter as fast-formula-parser hands it to a function of ours. */
const textOf = (param: unknown): string => {
  const value = (param as { value: unknown }).value;
  return value === null || value === undefined ? "" : typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
};

/** Excel's SUBSTITUTE(text, old, new), every occurrence (fast-formula-parser does not implement it). */
function SUBSTITUTE(text: unknown, old: unknown, replacement: unknown): string {
  const from = textOf(old);
  return from === "" ? textOf(text) : textOf(text).split(from).join(textOf(replacement));
}

/**
 * Evaluates an Excel formula (without « = ») against cell values, with fast-formula-parser: what Excel
 * would show in the cell. Error values come back as « #VALUE! »-like strings.
 */
export function evaluateFormula(formula: string, cells: Cells): unknown {
  const value = (row: number, col: number) => cells.get(a1(row - 1, col - 1)) ?? null;
  const parser = new FormulaParser({
    onCell: ({ row, col }) => value(row, col),
    onRange: ({ from, to }) => {
      const rows: unknown[][] = [];
      for (let r = from.row; r <= to.row; r++) {
        const line: unknown[] = [];
        for (let c = from.col; c <= to.col; c++) line.push(value(r, c));
        rows.push(line);
      }
      return rows;
    },
    functions: { SUBSTITUTE },
  });
  const result = parser.parse(formula.replace(/^=/, ""), { row: 1, col: 1, sheet: "Grille" });
  if (typeof result === "object" && result !== null && "_error" in result) return String((result as { _error: unknown })._error);
  return result;
}

/** "C15:F15" → ["C15", "D15", "E15", "F15"], row by row. */
export function cellsOfRange(range: string): string[] {
  const r = parseRangeA1(range);
  if (!r) throw new Error(`bad range ${range}`);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(a1(row, col));
  return out;
}
