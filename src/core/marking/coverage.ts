import type { CompiledGrid } from "../model/compile";
import { itemShortName } from "../model/compile";
import type { Evaluation } from "../model/evaluation";
import type { Coverage } from "../model/grid";
import { text, type Text } from "../i18n/locale";
import { formatNumber } from "../text/numbers";
import type { CoverageResult } from "./result";

/** The periods in which an item was ticked, in the scale's order, without repeats. */
export function practisedPeriods(compiled: CompiledGrid, evaluation: Evaluation, itemId: string): string[] {
  const codes = new Set<string>();
  for (const value of evaluation.ratings[itemId]?.values ?? []) {
    if (value.kind === "level" && compiled.levels.has(value.code)) codes.add(value.code);
  }
  return [...compiled.levels.keys()].filter((code) => codes.has(code));
}

/** PFMP coverage: which competencies were practised in at least `minPeriods` periods. */
export function markCoverage(compiled: CompiledGrid, scheme: Coverage, evaluation: Evaluation): CoverageResult {
  const items = compiled.grid.items.map((item) => ({ itemId: item.id, periods: practisedPeriods(compiled, evaluation, item.id) }));
  const missing = items.filter((i) => i.periods.length < scheme.minPeriods).map((i) => i.itemId);
  const total = items.length;
  const practised = total - missing.length;
  const ratio = total === 0 ? 1 : practised / total;
  const names = compiled.grid.items.filter((i) => missing.includes(i.id)).map((i) => itemShortName(compiled, i));
  const trace: Text[] = [
    text(
      `${practised} compétence(s) mise(s) en œuvre sur ${total} (${formatNumber(ratio * 100, "fr", 0)} %)`,
      `${practised} of ${total} competencies practised (${formatNumber(ratio * 100, "en", 0)} %)`,
    ),
  ];
  if (names.length > 0) {
    trace.push(text(`jamais mises en œuvre : ${names.join(", ")}`, `never practised: ${names.join(", ")}`));
  }
  return { kind: "coverage", items, practised, total, ratio, missing, trace };
}
