import type { CompiledGrid } from "../model/compile";
import type { Evaluation } from "../model/evaluation";
import type { Rounding } from "../model/grid";
import { isOfficial } from "../model/provenance";
import { text } from "../i18n/locale";
import type { EvaluationResult } from "../marking/result";
import { describeRounding } from "../marking/rounding";
import { formatNumber, parseLooseNumber } from "../text/numbers";
import type { Finding } from "./finding";

const STEP: Record<Rounding, number | null> = { "up-half": 0.5, "nearest-half": 0.5, "nearest-tenth": 0.1, "nearest-hundredth": 0.01, none: null };

const isAbsentMark = (raw: unknown) => typeof raw === "string" && /^\s*abs(ent)?\.?\s*$/i.test(raw);

/**
 * The mark the commission typed: empty (or no mark cell on an official copy) is a warning « note non
 * saisie »; outside [0, max] is blocking; off the step of an official rounding rule is blocking (E31:
 * 15,25 is not « arrondie au ½ point supérieur »); different from the proposal is a warning, since the
 * commission decides. A step that is only Grille's proposal (E33) is never enforced.
 */
export function checkTypedMark(compiled: CompiledGrid, evaluation: Evaluation, result: EvaluationResult | null): Finding[] {
  const field = compiled.markField;
  const scheme = compiled.grid.marking;
  if (!field || scheme?.kind !== "weighted-mean") return [];
  const typed = evaluation.fields[field.id];
  const base = { field: field.id, at: typed?.at };
  const raw = typed?.value;
  if (raw === undefined && !evaluation.copy) return [];
  if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) {
    if (!field.required) return [];
    const where = raw === undefined ? text(` : pas de case « ${field.label} » ${evaluation.copy === "document" ? "dans le document" : "sur la feuille"}`, `: no "${field.label}" cell`) : text("", "");
    return [{ ...base, code: "mark-missing", severity: "warning", message: text(`Note non saisie${where.fr}`, `Mark not entered${where.en}`) }];
  }
  const absent = isAbsentMark(raw);
  const value = typeof raw === "number" ? raw : parseLooseNumber(raw);
  if (value === null && !absent) {
    return [{ ...base, code: "mark-unreadable", severity: "warning", message: text(`Note saisie illisible « ${String(raw)} »`, `Typed mark cannot be read "${String(raw)}"`) }];
  }
  if (value !== null) {
    if (value < 0 || value > scheme.max) {
      return [
        {
          ...base,
          code: "mark-out-of-range",
          severity: "blocking",
          message: text(
            `Note saisie hors limites (${formatNumber(value)}) : de 0 à ${formatNumber(scheme.max)}`,
            `Typed mark out of range (${formatNumber(value, "en")}): from 0 to ${formatNumber(scheme.max, "en")}`,
          ),
        },
      ];
    }
    const step = STEP[scheme.rounding];
    const rounding = scheme.provenance?.rounding;
    if (step !== null && isOfficial(rounding) && Math.abs(value / step - Math.round(value / step)) > 1e-6) {
      const how = describeRounding(scheme.rounding);
      return [
        {
          ...base,
          code: "mark-off-step",
          severity: "blocking",
          message: text(
            `Note saisie ${formatNumber(value)} non conforme : la grille officielle demande une note ${how.fr.replace(/^arrondi/, "arrondie")} (« ${rounding.quote} »)`,
            `Typed mark ${formatNumber(value, "en")} does not follow the official grid: ${how.en} ("${rounding.quote}")`,
          ),
        },
      ];
    }
  }
  if (!result || result.kind !== "mark" || (result.value === null && !result.absent)) return [];
  const same = result.absent ? absent : value !== null && Math.abs(value - result.value!) < 0.005;
  if (same) return [];
  const typedFr = absent ? "ABS" : formatNumber(value!);
  const typedEn = absent ? "ABS" : formatNumber(value!, "en");
  return [
    {
      ...base,
      code: "mark-differs",
      severity: "warning",
      message: text(
        `La note saisie (${typedFr}) diffère de la note proposée (${result.absent ? "ABS" : formatNumber(result.value!)}) : la commission décide`,
        `The typed mark (${typedEn}) differs from the proposed mark (${result.absent ? "ABS" : formatNumber(result.value!, "en")}): the panel decides`,
      ),
    },
  ];
}
