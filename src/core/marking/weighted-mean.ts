import type { CompiledGrid } from "../model/compile";
import { itemShortName } from "../model/compile";
import type { Evaluation } from "../model/evaluation";
import type { RatedItem, WeightedMean } from "../model/grid";
import { text, type Text } from "../i18n/locale";
import { formatFixed, formatNumber } from "../text/numbers";
import { weightedMean, type Weighted } from "./aggregate";
import { itemPoints } from "./points";
import { describeRounding, roundMark } from "./rounding";
import { applicableRule } from "./rules";
import type { MarkResult } from "./result";

function itemStep(compiled: CompiledGrid, item: RatedItem, points: number, levelCode: string | null, weight: number): Text {
  const name = itemShortName(compiled, item);
  const level = levelCode === null ? undefined : compiled.levels.get(levelCode)?.level;
  const weightFr = weight === 1 ? "" : ` (poids ${formatNumber(weight, "fr")})`;
  const weightEn = weight === 1 ? "" : ` (weight ${formatNumber(weight, "en")})`;
  if (level) {
    return text(`${name} ${level.label} → ${formatNumber(points, "fr")}${weightFr}`, `${name} ${level.label} → ${formatNumber(points, "en")}${weightEn}`);
  }
  if (compiled.grid.scale.kind === "percent") {
    return text(`${name} ${formatNumber(points, "fr")} %${weightFr}`, `${name} ${formatNumber(points, "en")} %${weightEn}`);
  }
  return text(`${name} note saisie → ${formatNumber(points, "fr")}${weightFr}`, `${name} typed value → ${formatNumber(points, "en")}${weightEn}`);
}

/** The mark of a weighted-mean grid: items → groups → mean → scaled to max → rounded; rules first. */
export function markWeightedMean(compiled: CompiledGrid, scheme: WeightedMean, evaluation: Evaluation): MarkResult {
  const base = { kind: "mark" as const, max: scheme.max };
  const rule = applicableRule(compiled.grid.rules, evaluation.flags);
  if (rule) {
    const absent = rule.effect === "absent";
    return {
      ...base,
      status: "rule",
      value: absent ? null : 0,
      raw: absent ? null : 0,
      absent,
      trace: [text(`${rule.label} → ${absent ? "ABS" : "0"}`, `${rule.label} → ${absent ? "ABS" : "0"}`)],
    };
  }

  const trace: Text[] = [];
  const unmarkable: string[] = [];
  const byGroup = new Map<string | undefined, Weighted[]>();
  for (const item of compiled.grid.items) {
    const result = itemPoints(compiled, evaluation.ratings[item.id]);
    if (!result.ok) {
      unmarkable.push(itemShortName(compiled, item));
      continue;
    }
    const weight = scheme.weights[item.id] ?? 1;
    trace.push(itemStep(compiled, item, result.points, result.levelCode, weight));
    const list = byGroup.get(item.group) ?? [];
    list.push({ value: result.points, weight });
    byGroup.set(item.group, list);
  }
  if (unmarkable.length > 0) {
    const names = unmarkable.join(", ");
    trace.push(text(`note non calculable : ${names} sans niveau lisible`, `no mark: ${names} without a readable level`));
    return { ...base, status: "incomplete", value: null, raw: null, absent: false, trace };
  }

  let overall: number | null;
  if (scheme.groups.length > 0) {
    const groupMeans: Weighted[] = [];
    for (const group of scheme.groups) {
      const m = weightedMean(byGroup.get(group.id) ?? []);
      if (m === null) continue;
      groupMeans.push({ value: m, weight: group.weight });
      trace.push(
        text(
          `${group.label} : moyenne ${formatNumber(m, "fr")} (poids ${formatNumber(group.weight, "fr")})`,
          `${group.label}: mean ${formatNumber(m, "en")} (weight ${formatNumber(group.weight, "en")})`,
        ),
      );
    }
    overall = weightedMean(groupMeans);
  } else {
    // A flat scheme averages every item, whatever section (group) the item belongs to.
    overall = weightedMean([...byGroup.values()].flat());
  }
  const mean = overall ?? 0;
  const raw = (mean / compiled.bestPoints) * scheme.max;
  const ratio = (locale: "fr" | "en") =>
    compiled.bestPoints === 1 ? "" : ` / ${formatNumber(compiled.bestPoints, locale)}`;
  trace.push(
    text(
      `moyenne ${formatNumber(mean, "fr")}${ratio("fr")} × ${formatNumber(scheme.max, "fr")} = ${formatFixed(raw, "fr")}`,
      `mean ${formatNumber(mean, "en")}${ratio("en")} × ${formatNumber(scheme.max, "en")} = ${formatFixed(raw, "en")}`,
    ),
  );
  const value = roundMark(raw, scheme.rounding);
  if (scheme.rounding !== "none") {
    const how = describeRounding(scheme.rounding);
    trace.push(text(`${how.fr} → ${formatNumber(value, "fr")}`, `${how.en} → ${formatNumber(value, "en")}`));
  }
  return { ...base, status: "ok", value, raw, absent: false, trace };
}
