/** An Excel error value (#N/A, #DIV/0!, #REF!…): never a level, never a crash. */
export interface CellError {
  error: string;
}

/**
 * A cell's value as read: text, number, boolean, an error, or null when empty. Formulas arrive as
 * their cached result; rich text as plain text; dates as ISO strings (yyyy-mm-dd).
 */
export type CellValue = string | number | boolean | CellError | null;

export const isCellError = (value: CellValue | undefined): value is CellError =>
  typeof value === "object" && value !== null && "error" in value;

export const isEmptyCell = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** The text of a cell as a teacher sees it (numbers with a decimal comma are left to formatting). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  return value.error;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column index (0-based) → letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  let out = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** (row, col) 0-based → "D12". */
export const a1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** "D12" or "$D$12" → { row: 11, col: 3 }; null when not an address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

export const rangeA1 = (range: CellRange): string =>
  range.top === range.bottom && range.left === range.right ? a1(range.top, range.left) : `${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;

/** "B3:D5" → range; a single address is a 1×1 range. */
export function parseRangeA1(text: string): CellRange | null {
  const [from, to = from] = text.split(":");
  const start = from ? parseA1(from) : null;
  const end = to ? parseA1(to) : null;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** `'Léa Martin'!C35` → the sheet and the address (without `$`); a bare address has no sheet. */
export function splitQualified(at: string): { sheet: string | null; address: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(at);
  if (!match) return { sheet: null, address: at.replace(/\$/g, "") };
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!, address: match[3]!.replace(/\$/g, "") };
}

/** A sheet-qualified address as Excel writes it: 'Candidat 1'!D12, Feuil1!B3. */
export function qualified(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}
