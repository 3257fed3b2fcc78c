import type { CompiledGrid } from "../model/compile";
import { itemShortName } from "../model/compile";
import type { Evaluation } from "../model/evaluation";
import type { PointsSum } from "../model/grid";
import { text, type Text } from "../i18n/locale";
import { formatFixed, formatNumber } from "../text/numbers";
import { itemPoints } from "./points";
import { describeRounding, roundMark } from "./rounding";
import { applicableRule } from "./rules";
import type { MarkResult } from "./result";

/** The mark of a points-per-criterion grid: Σ points / Σ maxima × max, rounded; rules first. */
export function markPointsSum(compiled: CompiledGrid, scheme: PointsSum, evaluation: Evaluation): MarkResult {
  const base = { kind: "mark" as const, max: scheme.max };
  const rule = applicableRule(compiled.grid.rules, evaluation.flags);
  if (rule) {
    const absent = rule.effect === "absent";
    return { ...base, status: "rule", value: absent ? null : 0, raw: absent ? null : 0, absent, trace: [text(`${rule.label} → ${absent ? "ABS" : "0"}`, `${rule.label} → ${absent ? "ABS" : "0"}`)] };
  }
  const trace: Text[] = [];
  const unmarkable: string[] = [];
  let total = 0;
  let outOf = 0;
  for (const item of compiled.grid.items) {
    const name = itemShortName(compiled, item);
    const maximum = scheme.maxima[item.id] ?? 0;
    const result = itemPoints(compiled, evaluation.ratings[item.id], item.id);
    if (!result.ok) {
      unmarkable.push(name);
      continue;
    }
    if (result.notAttempted) {
      const excluded = scheme.notAttemptedAs === "excluded";
      if (!excluded) outOf += maximum;
      trace.push(
        excluded
          ? text(`${name} non traité → hors total`, `${name} not attempted → left out of the total`)
          : text(`${name} non traité → 0 / ${formatNumber(maximum, "fr")}`, `${name} not attempted → 0 / ${formatNumber(maximum, "en")}`),
      );
      continue;
    }
    total += result.points;
    outOf += maximum;
    const level = result.levelCode === null ? null : compiled.levels.get(result.levelCode)?.level.label;
    const prefix = level ? `${level} → ` : "";
    trace.push(text(`${name} ${prefix}${formatNumber(result.points, "fr")} / ${formatNumber(maximum, "fr")}`, `${name} ${prefix}${formatNumber(result.points, "en")} / ${formatNumber(maximum, "en")}`));
  }
  if (unmarkable.length > 0) {
    const names = unmarkable.join(", ");
    trace.push(text(`note non calculable : ${names} sans points lisibles`, `no mark: ${names} without readable points`));
    return { ...base, status: "incomplete", value: null, raw: null, absent: false, trace };
  }
  if (outOf === 0) {
    trace.push(text("note non calculable : aucun critère traité", "no mark: no criterion attempted"));
    return { ...base, status: "incomplete", value: null, raw: null, absent: false, trace };
  }
  const raw = (total / outOf) * scheme.max;
  trace.push(
    outOf === scheme.max
      ? text(`total ${formatFixed(total, "fr")} / ${formatNumber(outOf, "fr")}`, `total ${formatFixed(total, "en")} / ${formatNumber(outOf, "en")}`)
      : text(
          `total ${formatNumber(total, "fr")} / ${formatNumber(outOf, "fr")} × ${formatNumber(scheme.max, "fr")} = ${formatFixed(raw, "fr")}`,
          `total ${formatNumber(total, "en")} / ${formatNumber(outOf, "en")} × ${formatNumber(scheme.max, "en")} = ${formatFixed(raw, "en")}`,
        ),
  );
  const value = roundMark(raw, scheme.rounding);
  if (scheme.rounding !== "none") {
    const how = describeRounding(scheme.rounding);
    trace.push(text(`${how.fr} → ${formatNumber(value, "fr")}`, `${how.en} → ${formatNumber(value, "en")}`));
  }
  return { ...base, status: "ok", value, raw, absent: false, trace };
}
