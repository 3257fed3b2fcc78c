import type { CompiledGrid } from "../model/compile";
import type { ItemRating, RatingValue } from "../model/evaluation";
import type { PointsSum } from "../model/grid";

/** What one item is worth, and why (for the trace). */
export type ItemPoints =
  | { ok: true; points: number; levelCode: string | null; typed: boolean; notAttempted?: boolean }
  | { ok: false; reason: "missing" | "multiple" | "unknown" | "out-of-range" };

/**
 * The points of one rated item: its level's points; on a percentage scale the number itself; a number
 * typed in place of a level when the scheme allows overrides. Anything else cannot be marked.
 */
export function itemPoints(compiled: CompiledGrid, rating: ItemRating | undefined, itemId?: string): ItemPoints {
  const values = rating?.values ?? [];
  if (values.length === 0) return { ok: false, reason: "missing" };
  if (values.length > 1) return { ok: false, reason: "multiple" };
  const value = values[0]!;
  const { scale, marking } = compiled.grid;
  if (marking?.kind === "points-sum" && itemId !== undefined) return pointsOutOf(compiled, marking, value, itemId);
  if (value.kind === "level") {
    const points = compiled.points.get(value.code);
    return points === undefined ? { ok: false, reason: "unknown" } : { ok: true, points, levelCode: value.code, typed: false };
  }
  if (value.kind === "number") {
    const range =
      scale.kind === "percent"
        ? { min: scale.min, max: scale.max }
        : marking?.kind === "weighted-mean"
          ? marking.override
          : undefined;
    if (!range) return { ok: false, reason: "unknown" };
    if (value.value < range.min || value.value > range.max) return { ok: false, reason: "out-of-range" };
    return { ok: true, points: value.value, levelCode: null, typed: scale.kind !== "percent" };
  }
  return { ok: false, reason: "unknown" };
}

/** Folds « nt », « N.T. », « Abs » to one form, for matching the scheme's not-attempted texts. */
export const foldMarker = (raw: string): string => raw.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]/g, "").toUpperCase();

/** Points per criterion: a number from 0 to the item's maximum, a level's share of it, or not attempted. */
function pointsOutOf(compiled: CompiledGrid, scheme: PointsSum, value: RatingValue, itemId: string): ItemPoints {
  const maximum = scheme.maxima[itemId];
  if (maximum === undefined) return { ok: false, reason: "unknown" };
  if (value.kind === "number") {
    if (value.value < 0 || value.value > maximum + 1e-9) return { ok: false, reason: "out-of-range" };
    return { ok: true, points: value.value, levelCode: null, typed: true };
  }
  if (value.kind === "level") {
    const points = compiled.points.get(value.code);
    if (points === undefined) return { ok: false, reason: "unknown" };
    return { ok: true, points: (points / compiled.bestPoints) * maximum, levelCode: value.code, typed: false };
  }
  const marker = foldMarker(value.raw);
  if (marker !== "" && scheme.notAttempted.some((text) => foldMarker(text) === marker)) {
    return { ok: true, points: 0, levelCode: null, typed: true, notAttempted: true };
  }
  return { ok: false, reason: "unknown" };
}
