import { cellText, isCellError, parseRangeA1 } from "../snapshot/cells";
import type { SheetIndex } from "../sheet/sheet-index";
import { normalizeText } from "../text/normalize";
import { heads, itemCode } from "./codes";

/** One row of the grid's body as learned: a rated item, a section heading, or a descriptor of the item above. */
export interface LearnedRow {
  row: number;
  /** Column of the label cell. */
  col: number;
  role: "item" | "section" | "descriptor";
  code: string | null;
  /** The label without its code, verbatim. */
  label: string;
  /** Verbatim text of the other cells left of the levels (an indicator's details). */
  details: string | null;
  /** A number printed in a weight column (« Poids », « Coef. ») on this row. */
  weight: number | null;
  /** The printed maximum on this row (« /5 »), when the grid gives points per criterion. */
  maximum: number | null;
}

/** Labels that end the rated part of a grid: what comes after the items. */
export const AFTER_ITEMS = /^(?:appreciation|observations?|commentaires?|note|total|commission|jury|membres|signatures?|rappel|proposition par defaut|pas de note|couverture|bilan|resultat|moyenne|visa|decision|points? obtenus)\b/;

/** Column titles printed under a level header (« Code | Compétence | Critères d'évaluation »): not items. */
const COLUMN_TITLES = /^(?:codes?|competences?|criteres?(?: d'evaluation)?(?: de la competence)?|indicateurs?(?: d'evaluation)?|items?|libelles?|intitules?|questions?|savoirs?|elements? evalues?|descripteurs?)$/;

const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/** A maximum printed as « /5 », « / 6 pts », « sur 4 ». */
export function printedMaximum(raw: string): number | null {
  const match = /^\s*(?:\/|sur)\s*(\d{1,3}(?:[.,]\d+)?)\s*(?:pts?|points?)?\s*$/i.exec(raw);
  return match ? Number(match[1]!.replace(",", ".")) : null;
}

/** The rows a formula in this row sums or averages over (« SUMPRODUCT(H10:H12, B10:B12) »). */
function formulaChildren(formulas: Record<string, string> | undefined, row: number): { top: number; bottom: number } | null {
  if (!formulas) return null;
  for (const [address, formula] of Object.entries(formulas)) {
    if (!address.endsWith(String(row + 1)) || !/^[A-Z]+\d+$/.test(address) || Number(address.replace(/^[A-Z]+/, "")) !== row + 1) continue;
    for (const match of formula.matchAll(/\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/g)) {
      const range = parseRangeA1(`${match[1]}${match[2]}:${match[3]}${match[4]}`);
      if (range && range.top > row && range.bottom > range.top) return { top: range.top, bottom: range.bottom };
    }
  }
  return null;
}

export interface BodyOptions {
  /** First row below the header. */
  top: number;
  /** The columns holding the levels (or the points), left to right. */
  ratingColumns: readonly number[];
  /** Rows where some copy of the grid holds a rating: rated rows are items, never sections. */
  ratedRows: ReadonlySet<number> | null;
  /** The last row to read (the row before the next block's header). */
  limit?: number;
}

/**
 * The grid's body under a level header: each labelled row read as an item, a section heading or a
 * descriptor, until what follows the items (appraisal, mark, panel).
 */
export function learnBody(index: SheetIndex, options: BodyOptions): { rows: LearnedRow[]; bottom: number } {
  const first = Math.min(...options.ratingColumns);
  const rows: LearnedRow[] = [];
  let bottom = options.top;
  let blanks = 0;
  const end = Math.min(index.rows - 1, options.limit ?? Infinity);
  for (let r = options.top; r <= end; r++) {
    const cells: { col: number; raw: string }[] = [];
    let weight: number | null = null;
    let maximum: number | null = null;
    for (let c = 0; c < first; c++) {
      const value = index.value(r, c);
      if (typeof value === "number") weight = value;
      else if (isText(value)) {
        const max = printedMaximum(value);
        if (max !== null) maximum = max;
        else cells.push({ col: c, raw: value.trim() });
      }
    }
    for (const c of options.ratingColumns) {
      const value = index.value(r, c);
      if (isText(value) && printedMaximum(value) !== null) maximum = printedMaximum(value);
    }
    // A row that prints a maximum in the level columns (« points bonus … /2 ») is not rated on the levels.
    if (options.ratingColumns.some((c) => printedMaximum(cellText(index.value(r, c))) !== null)) continue;
    if (cells.length === 0) {
      if (++blanks >= 4 && rows.length > 0) break;
      continue;
    }
    blanks = 0;
    const head = normalizeText(cells[0]!.raw);
    const rated = options.ratedRows?.has(r) ?? false;
    // « Appréciation : … », « Note : 15 / 20 » close the items, even where their value sits in a level column.
    if (rows.some((row) => row.role === "item") && AFTER_ITEMS.test(head) && (!rated || /:\s*$/.test(cells[0]!.raw) || /^(?:total|note)\b/.test(head))) break;
    if (cells.every((c) => COLUMN_TITLES.test(normalizeText(c.raw)))) continue;
    bottom = r;
    // An activity column before the code (official PFMP: « Accueil et renseignement | 1.1.1 | Identifier… »):
    // the item is the code and its label.
    if (cells.length >= 3 && !itemCode(cells[0]!.raw) && itemCode(cells[1]!.raw)?.rest === "") cells.shift();
    // A bare code in its own column (« 1.1.1 | Identifier… »): the label is the next cell.
    const bare = cells.length >= 2 && itemCode(cells[0]!.raw)?.rest === "";
    if (bare) cells.splice(0, 2, { col: cells[0]!.col, raw: `${cells[0]!.raw} ${cells[1]!.raw}` });
    const labelCell = cells[0]!;
    const coded = itemCode(labelCell.raw);
    const labelMerge = index.merge(r, labelCell.col);
    const spansLevels = (labelMerge?.right ?? labelCell.col) >= first;
    const levelMerge = index.merge(r, first);
    const levelsMerged = levelMerge !== undefined && levelMerge.right > levelMerge.left && levelMerge.top === r;
    const levelsCoveredFromAbove = levelMerge !== undefined && levelMerge.top < r;
    const verticalSection = cells.length >= 2 && labelMerge !== undefined && labelMerge.bottom > r && labelMerge.right < cells[1]!.col;
    let role: LearnedRow["role"] = "item";
    if (spansLevels) role = "section";
    else if (levelsMerged || levelsCoveredFromAbove) role = rows.some((row) => row.role === "item") ? "descriptor" : "section";
    else if (formulaChildren(index.sheet.formulas, r)) role = "section";
    const rest = cells.slice(verticalSection ? 2 : 1).map((c) => c.raw);
    if (verticalSection) {
      rows.push({ row: r, col: labelCell.col, role: "section", code: coded?.code ?? null, label: coded?.rest || labelCell.raw, details: null, weight: null, maximum: null });
      const item = cells[1]!;
      const itemCoded = itemCode(item.raw);
      rows.push({ row: r, col: item.col, role: "item", code: itemCoded?.code ?? null, label: itemCoded?.rest || item.raw, details: rest.join("\n") || null, weight, maximum });
      continue;
    }
    rows.push({ row: r, col: labelCell.col, role, code: coded?.code ?? null, label: coded?.rest || labelCell.raw, details: rest.join("\n") || null, weight, maximum });
  }
  refineRoles(rows, options.ratedRows);
  return { rows, bottom };
}

/**
 * Second look, with the whole body known: a coded row whose code heads the next codes is a section (« 1 »
 * over « 1.1 »); in a coded grid, uncoded rows between items describe the item above; where copies hold
 * ratings, an unrated row followed by rated ones heads them.
 */
function refineRoles(rows: LearnedRow[], ratedRows: ReadonlySet<number> | null): void {
  const coded = rows.filter((r) => r.code !== null);
  rows.forEach((row, i) => {
    if (row.role !== "item") return;
    const next = rows.slice(i + 1).find((r) => r.role === "item" && r.code !== null);
    if (row.code && next?.code && heads(row.code, next.code)) row.role = "section";
  });
  if (coded.length >= 2 && coded.length >= rows.filter((r) => r.role === "item").length / 2) {
    let seenItem = false;
    for (const row of rows) {
      if (row.role === "item" && row.code !== null) seenItem = true;
      else if (row.role === "item" && row.code === null && seenItem && row.label.includes("\n")) row.role = "descriptor";
    }
  }
  if (ratedRows && ratedRows.size > 0) {
    rows.forEach((row, i) => {
      if (row.role !== "item" || ratedRows.has(row.row)) return;
      const next = rows[i + 1];
      if (next && next.role === "item" && ratedRows.has(next.row)) row.role = "section";
    });
  }
}

/** The value shown in a level cell counts as a rating: a tick, a code, a number; not an error. */
export const holdsRating = (value: unknown): boolean => value !== null && value !== undefined && !isCellError(value as never) && cellText(value as never).trim() !== "";
