import type { WeightedMean } from "../../../core/model/grid";
import { a1, parseA1 } from "../../snapshot/cells";
import { crossedFormula, groupMeanFormula, itemPointsFormula, practisedFormula, type MarkHelpers } from "../formulas";
import type { GridDraft } from "./draft";

/**
 * Hidden helper cells right of the grid, out of the print area: per level cell, whether it counts as
 * crossed; per item, its weighted points (or whether it was practised); per group, its mean. The mark
 * formula reads these ranges, so that its length stays the same for 3 items or 10,000.
 */

/** Columns between the grid and the helpers: a gap, then Grille's proposal (label, value, « / 20 »). */
export const PROPOSAL_OFFSET = 2;
const HELPER_OFFSET = PROPOSAL_OFFSET + 4;

const rowOf = (address: string): number => parseA1(address)!.row;

/** The first helper column (0-based), and where helpers go. */
function layout(draft: GridDraft) {
  const first = draft.cols.last + HELPER_OFFSET;
  const levels = draft.levels.length;
  return { first, points: first + levels, groups: first + levels + 1, means: first + levels + 2, weights: first + levels + 3 };
}

/** Per level cell of each item, a helper cell « 1 if crossed »; returns them by item. */
function crossedCells(draft: GridDraft, first: number): Map<string, string[]> {
  const byItem = new Map<string, string[]>();
  for (const [itemId, cells] of draft.itemCells) {
    if (cells.kind !== "levels") continue;
    byItem.set(
      itemId,
      cells.cells.map(({ address }, i) => draft.sheet.set(rowOf(address), first + i, { formula: crossedFormula(address), result: 0 })),
    );
  }
  return byItem;
}

function itemRows(draft: GridDraft): number[] {
  return draft.grid.items.map((item) => {
    const cells = draft.itemCells.get(item.id)!;
    return rowOf(cells.kind === "levels" ? cells.cells[0]!.address : cells.address);
  });
}

const columnRange = (col: number, rows: readonly number[]) => `${a1(Math.min(...rows), col)}:${a1(Math.max(...rows), col)}`;

/** Writes the helpers of a weighted-mean mark; returns their ranges and Σ weights of the ungrouped items. */
export function markHelperCells(draft: GridDraft, scheme: WeightedMean): { helpers: MarkHelpers; ungroupedWeight: number } {
  const at = layout(draft);
  const crossed = crossedCells(draft, at.first);
  const groupIndex = new Map(scheme.groups.map((g, i) => [g.id, i + 1]));
  const groupWeights = new Map<number, number>();
  const rows = itemRows(draft);
  draft.grid.items.forEach((item, i) => {
    const weight = scheme.weights[item.id] ?? 1;
    // No groups in the scheme: the engine averages the items without a group; grouped ones count for nothing.
    const index = scheme.groups.length > 0 ? (item.group ? (groupIndex.get(item.group) ?? 0) : 0) : item.group ? -1 : 0;
    draft.sheet.set(rows[i]!, at.points, { formula: itemPointsFormula(draft.compiled, draft.itemCells.get(item.id)!, crossed.get(item.id) ?? [], weight), result: "" });
    draft.sheet.set(rows[i]!, at.groups, index);
    groupWeights.set(index, (groupWeights.get(index) ?? 0) + weight);
  });
  const helpers: MarkHelpers = { points: columnRange(at.points, rows), groups: columnRange(at.groups, rows) };
  const present = scheme.groups.map((g, i) => ({ group: g, index: i + 1, items: groupWeights.get(i + 1) ?? 0 })).filter((g) => g.items > 0);
  const totalWeight = present.reduce((sum, g) => sum + g.group.weight, 0);
  if (present.length > 0 && totalWeight > 0) {
    const top = Math.min(...rows);
    present.forEach(({ group, index, items }, k) => {
      draft.sheet.set(top + k, at.means, { formula: groupMeanFormula(helpers, index, items), result: "" });
      draft.sheet.set(top + k, at.weights, group.weight);
    });
    const groupRows = present.map((_, k) => top + k);
    helpers.groupMeans = { means: columnRange(at.means, groupRows), weights: columnRange(at.weights, groupRows), totalWeight };
  }
  draft.hideColumns(at.first, at.weights);
  return { helpers, ungroupedWeight: groupWeights.get(0) ?? 0 };
}

/** Writes the helpers of a coverage count; returns the range of the items' « practised » cells. */
export function coverageHelperCells(draft: GridDraft, minPeriods: number): string {
  const at = layout(draft);
  const crossed = crossedCells(draft, at.first);
  const rows = itemRows(draft);
  draft.grid.items.forEach((item, i) => {
    draft.sheet.set(rows[i]!, at.points, { formula: practisedFormula(crossed.get(item.id) ?? [], minPeriods), result: 0 });
  });
  draft.hideColumns(at.first, at.points);
  return columnRange(at.points, rows);
}
