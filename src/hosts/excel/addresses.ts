import { parseA1, parseRangeA1, rangeA1, type CellRange } from "../../recognition/snapshot/cells";

/** Excel's grid: rows and columns an unbounded reference ("A:C", "3:5") spans. */
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/** Splits on `separator` outside single-quoted sheet names: "'a,b'!A1,B2" → ["'a,b'!A1", "B2"]. */
export function splitOutsideQuotes(text: string, separator = ","): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/** "'Candidat 1'!$B$2" → { sheet: "Candidat 1", address: "$B$2" }; "B2" → { sheet: null, address: "B2" }. */
export function splitSheet(reference: string): { sheet: string | null; address: string } {
  const text = reference.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: text };
  const raw = text.slice(0, bang);
  const sheet = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, address: text.slice(bang + 1) };
}

/** One area, 0-based inclusive: "B3", "$B$3:$D$5", whole columns "A:C", whole rows "3:5". */
export function parseArea(address: string): CellRange | null {
  const bare = address.replace(/\$/g, "").trim();
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(bare);
  if (columns) {
    const left = parseA1(`${columns[1]}1`)!.col;
    const right = parseA1(`${columns[2]}1`)!.col;
    return { top: 0, bottom: LAST_ROW, left: Math.min(left, right), right: Math.max(left, right) };
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(bare);
  if (rows) {
    const top = Number(rows[1]) - 1;
    const bottom = Number(rows[2]) - 1;
    return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: 0, right: LAST_COLUMN };
  }
  return parseRangeA1(bare);
}

/** The areas of a RangeAreas address: "Feuil1!A1:B3, Feuil1!D1:D4" → two ranges (sheet names dropped). */
export function parseAreas(address: string): CellRange[] {
  return splitOutsideQuotes(address)
    .map((part) => parseArea(splitSheet(part).address))
    .filter((area): area is CellRange => area !== null);
}

/** "D12" → "$D$12", "a1:b2" → "$A$1:$B$2": names keep pointing at the same cells when rows are inserted. */
export function absolute(address: string): string {
  const range = parseRangeA1(address.replace(/\$/g, ""));
  if (!range) return address;
  return rangeA1(range).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** A location as findings give it: "'Candidat 1'!D12", "Feuil1!B3:C4", or a bare "D12" (active sheet). */
export function parseLocation(location: string): { sheet: string | null; address: string } | null {
  const { sheet, address } = splitSheet(location);
  const bare = address.replace(/\$/g, "").toUpperCase();
  return parseRangeA1(bare) ? { sheet, address: bare } : null;
}
