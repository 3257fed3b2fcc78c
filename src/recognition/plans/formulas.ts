import type { CompiledGrid } from "../../core/model/compile";
import type { Coverage, Rounding, WeightedMean } from "../../core/model/grid";
import { parseA1 } from "../snapshot/cells";

/**
 * Excel formulas that compute, in the sheet Grille creates, what the engine computes: the mark of a
 * weighted-mean grid, the coverage of a PFMP grid, the mean percentage of a CQP domain. Written in
 * Excel's invariant syntax (comma separators, decimal point), without the leading « = ».
 *
 * Only functions every spreadsheet has: IF, AND, NOT, ISBLANK, COUNT, COUNTIF, AVERAGE, ROUND, CEILING.
 * A level cell counts as crossed when it is not blank; cells are tested one by one with ISBLANK rather
 * than with array comparisons, so that the formula means the same in every engine.
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

/** How many answers an item has: crosses in its level cells, or 1 when its number cell holds a number. */
export function answers(cells: ItemCells): string {
  if (cells.kind === "number") return `COUNT(${cells.address})`;
  if (cells.cells.length === 1) return `(1-ISBLANK(${cells.cells[0]!.address}))`;
  return `COUNTIF(${cells.range},"<>")`;
}

/** The item's points when it has exactly one answer: the points of the crossed level, or the number. */
export function itemPointsFormula(compiled: CompiledGrid, cells: ItemCells): string {
  if (cells.kind === "number") return cells.percent ? `${cells.address}*100` : cells.address;
  const terms = cells.cells.flatMap(({ code, address }) => {
    const points = compiled.points.get(code) ?? 0;
    return points === 0 ? [] : [`NOT(ISBLANK(${address}))*${literal(points)}`];
  });
  if (terms.length === 0) return "0";
  return terms.length === 1 ? terms[0]! : `(${terms.join("+")})`;
}

/** Σ wᵢxᵢ / Σ wᵢ, summed in the engine's order so that the result is the same number. */
function weightedMeanFormula(parts: readonly { expr: string; weight: number }[]): string | null {
  if (parts.length === 0) return null;
  let weights = 0;
  for (const part of parts) weights += part.weight;
  const sum = parts.map((p) => (p.weight === 1 ? p.expr : `${p.expr}*${literal(p.weight)}`)).join("+");
  return weights === 1 ? `(${sum})` : `(${sum})/${literal(weights)}`;
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

function cellsOf(items: ReadonlyMap<string, ItemCells>, itemId: string): ItemCells {
  const cells = items.get(itemId);
  if (!cells) throw new Error(`no cells for item ${itemId}`);
  return cells;
}

/**
 * The mark of a weighted-mean grid, as markWeightedMean computes it: "" while some item has not exactly
 * one answer; the rules first (a flag cell that is not blank gives 0, or « ABS »); else items → groups →
 * mean → ÷ best points × max → rounded.
 */
export function markFormula(
  compiled: CompiledGrid,
  scheme: WeightedMean,
  items: ReadonlyMap<string, ItemCells>,
  flags: ReadonlyMap<string, string>,
): string {
  const gridItems = compiled.grid.items;
  const part = (itemId: string) => ({ expr: itemPointsFormula(compiled, cellsOf(items, itemId)), weight: scheme.weights[itemId] ?? 1 });
  let mean: string | null;
  if (scheme.groups.length > 0) {
    const groupMeans = scheme.groups.flatMap((group) => {
      const m = weightedMeanFormula(gridItems.filter((i) => i.group === group.id).map((i) => part(i.id)));
      return m === null ? [] : [{ expr: m, weight: group.weight }];
    });
    mean = weightedMeanFormula(groupMeans);
  } else {
    mean = weightedMeanFormula(gridItems.filter((i) => i.group === undefined).map((i) => part(i.id)));
  }
  const best = compiled.bestPoints === 1 ? "" : `/${literal(compiled.bestPoints)}`;
  const raw = mean === null ? "0" : `${mean}${best}*${literal(scheme.max)}`;
  const complete = `AND(${gridItems.map((i) => `${answers(cellsOf(items, i.id))}=1`).join(",")})`;
  let formula = `IF(${complete},${roundingFormula(raw, scheme.rounding)},"")`;
  for (const rule of [...compiled.grid.rules].reverse()) {
    const cell = flags.get(rule.flag);
    if (cell === undefined) continue;
    formula = `IF(NOT(ISBLANK(${cell})),${rule.effect === "zero" ? "0" : '"ABS"'},${formula})`;
  }
  return formula;
}

/** How many items were practised in at least `minPeriods` periods (markCoverage). */
export function coverageCountFormula(compiled: CompiledGrid, scheme: Coverage, items: ReadonlyMap<string, ItemCells>): string {
  const terms = compiled.grid.items.map((i) => `(${answers(cellsOf(items, i.id))}>=${scheme.minPeriods})`);
  return terms.length === 1 ? `0+${terms[0]!}` : terms.join("+");
}

/** "D10:D12" when the cells follow each other down one column, else "D10,D12,D15". */
export function referenceList(addresses: readonly string[]): string {
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
