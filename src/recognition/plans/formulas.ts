import type { CompiledGrid } from "../../core/model/compile";
import type { Rounding, WeightedMean } from "../../core/model/grid";
import { parseA1 } from "../snapshot/cells";
import { NOT_A_LEVEL, NOT_A_LEVEL_PUNCTUATION } from "../sheet/level-cell-content";

/**
 * Excel formulas that compute, in the sheet Grille creates, what the engine computes: the mark of a
 * weighted-mean grid, the coverage of a PFMP grid, the mean percentage of a CQP domain. Written in
 * Excel's invariant syntax (comma separators, decimal point), without the leading « = ».
 *
 * Only functions every spreadsheet has: IF, OR, NOT, ISBLANK, LOWER, TRIM, SUBSTITUTE, SUM, SUMIF, SUMPRODUCT,
 * COUNT, AVERAGE, ROUND, CEILING. A level cell counts as crossed as the engine reads it (crossedFormula).
 * Per-item work goes in hidden helper cells, each short, so that the mark formula keeps one length
 * whatever the number of items: Excel refuses a formula over 8,192 characters.
 */

/** Where one rated item is answered on the sheet. */
export type ItemCells =
  /** Level (or period) columns: the item's cell in each column, in the scale's order. */
  | { kind: "levels"; range: string; cells: { code: string; address: string }[] }
  /**
   * A single cell holding a number. `percent`: the cell is formatted as a percentage, so it holds 0.7
   * for 70 % (what a teacher types in such a cell), while the engine counts 70.
   */
  | { kind: "number"; address: string; percent?: boolean };

/** The engine's tolerance for floating-point noise (marking/rounding.ts). */
const NOISE = "1E-9";

/** A number as a formula literal: shortest round-trip form, capital exponent. */
export const literal = (value: number): string => String(value).toUpperCase();

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * 1 when a level cell counts as crossed, else 0: not blank, none of NOT_A_LEVEL (« non », « 0 »,
 * spaces…) and not punctuation alone (NOT_A_LEVEL_PUNCTUATION), compared as the engine compares them. Written with ISBLANK and one comparison per word
 * rather than an array constant, so that it means the same in every spreadsheet.
 */
export function crossedFormula(address: string): string {
  const text = `LOWER(TRIM(${address}))`;
  // Punctuation alone (« . », « ? », « _ »): nothing left once its signs and spaces are substituted away.
  const bare = [...NOT_A_LEVEL_PUNCTUATION, " "].reduce((expr, sign) => `SUBSTITUTE(${expr},${quoted(sign)},"")`, text);
  return `IF(OR(ISBLANK(${address}),${NOT_A_LEVEL.map((word) => `${text}=${quoted(word)}`).join(",")},${bare}=""),0,1)`;
}

/**
 * The helper cell of one item: its points × its weight when it has exactly one answer, else "".
 * `crossed`: the item's helper cells holding crossedFormula, one per level, in the scale's order.
 */
export function itemPointsFormula(compiled: CompiledGrid, cells: ItemCells, crossed: readonly string[], weight: number): string {
  const weighted = (expr: string) => (weight === 1 ? expr : `(${expr})*${literal(weight)}`);
  if (cells.kind === "number") return `IF(COUNT(${cells.address})=1,${weighted(cells.percent ? `${cells.address}*100` : cells.address)},"")`;
  const terms = cells.cells.flatMap(({ code }, i) => {
    const points = compiled.points.get(code) ?? 0;
    return points === 0 ? [] : [`${crossed[i]!}*${literal(points)}`];
  });
  const count = crossed.length === 1 ? crossed[0]! : `SUM(${crossed[0]!}:${crossed[crossed.length - 1]!})`;
  return `IF(${count}=1,${terms.length === 0 ? "0" : weighted(terms.join("+"))},"")`;
}

/** The grid's rounding of `expr`, as roundMark does it. */
export function roundingFormula(expr: string, rounding: Rounding): string {
  switch (rounding) {
    case "up-half":
      return `CEILING(${expr}*2-${NOISE},1)/2`;
    case "nearest-half":
      return `ROUND(${expr}*2+${NOISE},0)/2`;
    case "nearest-tenth":
      return `ROUND(${expr}*10+${NOISE},0)/10`;
    case "nearest-hundredth":
      return `ROUND(${expr}*100+${NOISE},0)/100`;
    case "none":
      return expr;
  }
}

/**
 * The hidden helper columns a mark formula reads, so that its length does not grow with the grid:
 * per item, its weighted points (or "") and its group's index; per group with items, its mean and weight.
 */
export interface MarkHelpers {
  /** Items' weighted points, one cell per item row ("P12:P80"). */
  points: string;
  /** Items' group index (0: no group of the scheme), same rows. */
  groups: string;
  /** Group means and weights, one row per group that has items ("R12:R14", "S12:S14"); none without groups. */
  groupMeans?: { means: string; weights: string; totalWeight: number };
}

/** Σ wᵢ of the items the scheme averages together (no groups: the items without a group). */
export function groupMeanFormula(helpers: Pick<MarkHelpers, "points" | "groups">, index: number, weights: number): string {
  const sum = `SUMIF(${helpers.groups},${index},${helpers.points})`;
  return weights === 1 ? sum : `${sum}/${literal(weights)}`;
}

/**
 * The mark of a weighted-mean grid, as markWeightedMean computes it: "" while some item has not exactly
 * one answer; the rules first (a flag cell that is not blank gives 0, or « ABS »); else items → groups →
 * mean → ÷ best points × max → rounded. The items and groups are read from helper cells.
 */
export function markFormula(compiled: CompiledGrid, scheme: WeightedMean, helpers: MarkHelpers, flags: ReadonlyMap<string, string>, ungroupedWeight: number): string {
  const items = compiled.grid.items.length;
  let mean: string | null;
  if (helpers.groupMeans) {
    const { means, weights, totalWeight } = helpers.groupMeans;
    const sum = `SUMPRODUCT(${means},${weights})`;
    mean = totalWeight === 1 ? sum : `${sum}/${literal(totalWeight)}`;
  } else if (scheme.groups.length === 0 && ungroupedWeight > 0) {
    mean = `(${groupMeanFormula(helpers, 0, ungroupedWeight)})`;
  } else {
    mean = null;
  }
  const best = compiled.bestPoints === 1 ? "" : `/${literal(compiled.bestPoints)}`;
  const raw = mean === null ? "0" : `${mean}${best}*${literal(scheme.max)}`;
  let formula = `IF(COUNT(${helpers.points})=${items},${roundingFormula(raw, scheme.rounding)},"")`;
  for (const rule of [...compiled.grid.rules].reverse()) {
    const cell = flags.get(rule.flag);
    if (cell === undefined) continue;
    formula = `IF(NOT(ISBLANK(${cell})),${rule.effect === "zero" ? "0" : '"ABS"'},${formula})`;
  }
  return formula;
}

/** 1 when the item was practised in at least `minPeriods` periods (markCoverage), from its crossed cells. */
export function practisedFormula(crossed: readonly string[], minPeriods: number): string {
  const count = crossed.length === 1 ? crossed[0]! : `SUM(${crossed[0]!}:${crossed[crossed.length - 1]!})`;
  return `IF(${count}>=${minPeriods},1,0)`;
}

/** "D10:D12" when the cells follow each other down one column, else "D10,D12,D15". */
function referenceList(addresses: readonly string[]): string {
  const cells = addresses.map((a) => parseA1(a));
  const first = cells[0];
  const contiguous = first && cells.every((c, i) => c !== null && c.col === first.col && c.row === first.row + i);
  return contiguous && addresses.length > 1 ? `${addresses[0]}:${addresses[addresses.length - 1]}` : addresses.join(",");
}

/**
 * The mean percentage of a domain's observations, "" when none is filled in (markDomains). The cells
 * are formatted as percentages (0.7 for 70 %), and so is the result; the rounding applies to 70.
 */
export function domainMeanFormula(addresses: readonly string[], rounding: Rounding): string {
  const refs = referenceList(addresses);
  const mean = `AVERAGE(${refs})`;
  return `IF(COUNT(${refs})=0,"",${rounding === "none" ? mean : `${roundingFormula(`${mean}*100`, rounding)}/100`})`;
}
