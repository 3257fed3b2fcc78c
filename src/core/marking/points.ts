import type { CompiledGrid } from "../model/compile";
import type { ItemRating } from "../model/evaluation";

/** What one item is worth, and why (for the trace). */
export type ItemPoints =
  | { ok: true; points: number; levelCode: string | null; typed: boolean }
  | { ok: false; reason: "missing" | "multiple" | "unknown" | "out-of-range" };

/**
 * The points of one rated item: its level's points; on a percentage scale the number itself; a number
 * typed in place of a level when the scheme allows overrides. Anything else cannot be marked.
 */
export function itemPoints(compiled: CompiledGrid, rating: ItemRating | undefined): ItemPoints {
  const values = rating?.values ?? [];
  if (values.length === 0) return { ok: false, reason: "missing" };
  if (values.length > 1) return { ok: false, reason: "multiple" };
  const value = values[0]!;
  const { scale, marking } = compiled.grid;
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
