import type { CompiledGrid } from "../model/compile";
import type { Evaluation, ItemRating } from "../model/evaluation";
import type { DomainPercent } from "../model/grid";
import { text, type Text } from "../i18n/locale";
import { formatNumber } from "../text/numbers";
import { mean } from "./aggregate";
import { itemPoints } from "./points";
import { roundMark } from "./rounding";
import type { DomainResult, GroupFigure } from "./result";

function groupFigures(compiled: CompiledGrid, scheme: DomainPercent, ratings: Readonly<Record<string, ItemRating>>): GroupFigure[] {
  return scheme.groups.map((group) => {
    const items = compiled.grid.items.filter((item) => item.group === group.id);
    const values: number[] = [];
    for (const item of items) {
      const result = itemPoints(compiled, ratings[item.id]);
      if (result.ok) values.push(result.points);
    }
    const m = mean(values);
    return { groupId: group.id, label: group.label, percent: m === null ? null : roundMark(m, scheme.rounding), rated: values.length, total: items.length };
  });
}

const pct = (value: number | null, locale: "fr" | "en") => (value === null ? "—" : `${formatNumber(value, locale)} %`);

const filled = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined || String(value).trim() === "" ? null : String(value).trim();

/**
 * CQP: each assessor averages the percentages of a domain's observations (the official rule); the
 * panel's figure per domain is the one the jury agreed in the synthesis grid, the assessors' mean being
 * only Grille's proposal until then.
 */
export function markDomains(compiled: CompiledGrid, scheme: DomainPercent, evaluation: Evaluation): DomainResult {
  const sheets = evaluation.assessors ?? [{ name: null, ratings: evaluation.ratings }];
  const assessors = sheets.map((sheet) => ({ name: sheet.name, groups: groupFigures(compiled, scheme, sheet.ratings) }));
  const trace: Text[] = [];
  assessors.forEach((assessor, i) => {
    const who = assessor.name ?? `évaluateur ${i + 1}`;
    const whoEn = assessor.name ?? `assessor ${i + 1}`;
    const figures = (locale: "fr" | "en") => assessor.groups.map((g) => `${g.label} ${pct(g.percent, locale)}`).join(", ");
    trace.push(text(`${who} : ${figures("fr")}`, `${whoEn}: ${figures("en")}`));
  });
  const panel = scheme.groups.map((group, g) => {
    const figures = assessors.map((a) => a.groups[g]?.percent).filter((p): p is number => p !== null && p !== undefined);
    const m = mean(figures);
    const meanValue = m === null ? null : roundMark(m, scheme.rounding);
    const override = evaluation.panelOverrides?.[group.id];
    const overridden = override !== undefined && override.percent !== null;
    const percent = overridden ? override.percent : meanValue;
    const reason = filled(override?.reason);
    const meanText = (locale: "fr" | "en") => (figures.length === 0 ? pct(null, locale) : `(${figures.map((f) => formatNumber(f, locale)).join(" + ")}) / ${figures.length} = ${pct(meanValue, locale)}`);
    if (overridden) {
      trace.push(
        text(
          `${group.label} : moyenne des membres ${meanText("fr")} ; retenu par le jury ${pct(percent, "fr")}${reason ? ` (${reason})` : ""}`,
          `${group.label}: members' mean ${meanText("en")}; agreed by the jury ${pct(percent, "en")}${reason ? ` (${reason})` : ""}`,
        ),
      );
    } else {
      trace.push(
        text(
          `${group.label} : moyenne des membres ${meanText("fr")} (proposition de Grille, en attente du pourcentage retenu par le jury)`,
          `${group.label}: members' mean ${meanText("en")} (Grille's proposal, until the jury agrees a figure)`,
        ),
      );
    }
    return { groupId: group.id, label: group.label, percent, mean: meanValue, overridden, reason };
  });
  const synthesis = evaluation.synthesis
    ? { comment: filled(evaluation.synthesis.comment.value), chair: filled(evaluation.synthesis.chair.value), sheet: evaluation.synthesis.sheet ?? null }
    : null;
  return { kind: "domains", assessors, panel, synthesis, provisional: false, trace };
}
