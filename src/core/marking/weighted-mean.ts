import type { CompiledGrid } from "../model/compile";
import { itemShortName } from "../model/compile";
import type { Evaluation } from "../model/evaluation";
import type { WeightedMean } from "../model/grid";
import { text, type Locale, type Text } from "../i18n/locale";
import { formatFixed, formatNumber } from "../text/numbers";
import { weightedMean, type Weighted } from "./aggregate";
import { itemPoints } from "./points";
import { provenanceStep, weightedMeanParts } from "./provenance-trace";
import { describeRounding, roundMark } from "./rounding";
import { applicableRule } from "./rules";
import type { MarkResult } from "./result";

/** Enough digits for every step to check on a calculator (0,8333 × 20 = 16,666 ≈ 16,67). */
const DIGITS = 4;
const num = (value: number, locale: Locale) => formatNumber(value, locale, DIGITS);

interface Term {
  name: string;
  level: string | null;
  points: number;
  weight: number;
}

/** « 1.1 Maîtrise 0,75 », « 1.2 70 % », « 1.3 note saisie 0,6 », with « × 2 » when the item weighs 2. */
function termText(term: Term, percent: boolean, locale: Locale): string {
  const what = term.level ?? (percent ? "" : locale === "fr" ? "note saisie" : "typed value");
  const value = `${num(term.points, locale)}${percent ? " %" : ""}`;
  const weight = term.weight === 1 ? "" : ` × ${num(term.weight, locale)}`;
  return [term.name, what, value].filter((s) => s !== "").join(" ") + weight;
}

/** « a + b + c = s ; s / n = m » for a list of weighted values; the sum and the divisor a teacher can redo. */
function sumStep(terms: readonly Term[], percent: boolean, locale: Locale): { sum: string; weights: number; total: number } {
  const total = terms.reduce((s, t) => s + t.points * t.weight, 0);
  const weights = terms.reduce((s, t) => s + t.weight, 0);
  return { sum: `${terms.map((t) => termText(t, percent, locale)).join(" + ")} = ${num(total, locale)}`, weights, total };
}

/** « 2,25 / 3 × 20 = 15,00 » (or « / 3 / 4 × 20 » when the best level is worth 4 points). */
function scaleStep(total: number, divisor: number, best: number, max: number, raw: number, locale: Locale): string {
  const byBest = best === 1 ? "" : ` / ${num(best, locale)}`;
  return `${num(total, locale)} / ${num(divisor, locale)}${byBest} × ${num(max, locale)} = ${formatFixed(raw, locale)}`;
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
      trace: [text(`règle officielle : « ${rule.label} » → ${absent ? "ABS" : "0"}`, `official rule: "${rule.label}" → ${absent ? "ABS" : "0"}`)],
    };
  }

  // Said as the check says it: « niveau manquant » for an item left empty, « illisible » for the others.
  const missing: string[] = [];
  const unreadable: string[] = [];
  const byGroup = new Map<string | undefined, Term[]>();
  for (const item of compiled.grid.items) {
    const result = itemPoints(compiled, evaluation.ratings[item.id]);
    if (!result.ok) {
      (result.reason === "missing" ? missing : unreadable).push(itemShortName(compiled, item));
      continue;
    }
    const level = result.levelCode === null ? null : (compiled.levels.get(result.levelCode)?.level.label ?? null);
    const term: Term = { name: itemShortName(compiled, item), level, points: result.points, weight: scheme.weights[item.id] ?? 1 };
    byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), term]);
  }
  if (missing.length + unreadable.length > 0) {
    const why = (fr: string, en: string, names: string[]) => (names.length > 0 ? [text(`${fr} : ${names.join(", ")}`, `${en}: ${names.join(", ")}`)] : []);
    const reasons = [...why("niveau manquant", "missing level", missing), ...why("niveau illisible", "unreadable level", unreadable)];
    return {
      ...base,
      status: "incomplete",
      value: null,
      raw: null,
      absent: false,
      trace: [text(`note non calculable (${reasons.map((r) => r.fr).join(" ; ")})`, `no mark (${reasons.map((r) => r.en).join("; ")})`)],
    };
  }

  const percent = compiled.grid.scale.kind === "percent";
  const allTerms = [...byGroup.values()].flat();
  const equalWeights = allTerms.every((t) => t.weight === 1) && scheme.groups.every((g) => g.weight === 1);
  const trace: Text[] = [];
  const both = (make: (locale: Locale) => string) => trace.push(text(make("fr"), make("en")));
  let total: number;
  let divisor: number;
  if (scheme.groups.length > 0) {
    // Each group's mean, then the weighted mean of the groups: « (m₁ × w₁ + m₂ × w₂) / Σw ».
    const means: Weighted[] = [];
    for (const group of scheme.groups) {
      const terms = byGroup.get(group.id) ?? [];
      const m = weightedMean(terms.map((t) => ({ value: t.points, weight: t.weight })));
      if (m === null) continue;
      means.push({ value: m, weight: group.weight });
      both((locale) => {
        const { sum, weights } = sumStep(terms, percent, locale);
        const colon = locale === "fr" ? " : " : ": ";
        return `${group.label}${colon}${sum} ; ${num(m * weights, locale)} / ${num(weights, locale)} = ${num(m, locale)}`;
      });
    }
    total = means.reduce((s, m) => s + m.value * m.weight, 0);
    divisor = means.reduce((s, m) => s + m.weight, 0);
    both((locale) => {
      const terms = means.map((m) => (m.weight === 1 ? num(m.value, locale) : `${num(m.value, locale)} × ${num(m.weight, locale)}`));
      return `${terms.join(" + ")} = ${num(total, locale)}`;
    });
  } else {
    // A flat scheme averages every item, whatever section (group) the item belongs to.
    const terms = allTerms;
    both((locale) => sumStep(terms, percent, locale).sum);
    total = terms.reduce((s, t) => s + t.points * t.weight, 0);
    divisor = terms.reduce((s, t) => s + t.weight, 0);
  }
  const raw = divisor > 0 ? (total / divisor / compiled.bestPoints) * scheme.max : 0;
  both((locale) => scaleStep(total, divisor, compiled.bestPoints, scheme.max, raw, locale));
  const value = roundMark(raw, scheme.rounding);
  if (scheme.rounding !== "none") {
    const how = describeRounding(scheme.rounding);
    trace.push(text(`${how.fr} → ${formatNumber(value, "fr")}`, `${how.en} → ${formatNumber(value, "en")}`));
  }
  const provenance = provenanceStep(weightedMeanParts(scheme, !percent, equalWeights));
  if (provenance) trace.push(provenance);
  return { ...base, status: "ok", value, raw, absent: false, trace };
}
