import { parseRangeA1, qualified, rangeA1, type CellRange } from "../../recognition/snapshot/cells";

/** A selected cell or range on one sheet, 0-based. */
export interface DemoSelection {
  sheet: string;
  range: CellRange;
}

/**
 * `'Sheet'!A1`, `Feuil1!B2:C3`, `'It''s'!$D$4`, `Sheet` or `'Sheet'` alone (its A1) → the sheet's name
 * as written and the range; null when it is not a location.
 */
export function parseLocation(location: string): { sheet: string; range: CellRange } | null {
  const input = location.trim();
  let sheet: string;
  let rest: string;
  if (input.startsWith("'")) {
    let i = 1;
    let name = "";
    for (; i < input.length; i++) {
      if (input[i] !== "'") name += input[i];
      else if (input[i + 1] === "'") name += input[++i];
      else break;
    }
    if (i >= input.length) return null;
    sheet = name;
    rest = input.slice(i + 1);
  } else {
    const bang = input.lastIndexOf("!");
    sheet = bang < 0 ? input : input.slice(0, bang);
    rest = bang < 0 ? "" : input.slice(bang);
  }
  if (sheet === "") return null;
  if (rest === "") return { sheet, range: { top: 0, left: 0, bottom: 0, right: 0 } };
  if (!rest.startsWith("!")) return null;
  const range = parseRangeA1(rest.slice(1));
  return range ? { sheet, range } : null;
}

/** The selection as Excel writes it: `'Léa Martin'!D12`, `Feuil1!B2:C3`. */
export const formatSelection = (selection: DemoSelection): string => qualified(selection.sheet, rangeA1(selection.range));

/** The key of a cell in the demo host's sets of changed cells: `Léa Martin!D12` (sheet name as is). */
export const cellKey = (sheet: string, address: string): string => `${sheet}!${address.replace(/\$/g, "").toUpperCase()}`;
