import type { CompiledGrid } from "../model/compile";
import { itemLabel } from "../model/compile";
import type { Evaluation, FieldValue, ItemRating } from "../model/evaluation";
import type { RatedItem } from "../model/grid";
import { text } from "../i18n/locale";
import { itemPoints } from "../marking/points";
import { applicableRule } from "../marking/rules";
import type { EvaluationResult } from "../marking/result";
import { formatNumber, parseLooseNumber } from "../text/numbers";
import { sortFindings, type Finding } from "./finding";

const isBlank = (value: FieldValue["value"] | undefined): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

const rawOf = (rating: ItemRating | undefined): string =>
  (rating?.values ?? []).map((v) => (v.kind === "level" ? v.code : v.kind === "number" ? String(v.value) : v.raw)).join(", ");

/** Findings on one set of ratings (the candidate's, or one assessor's). */
function checkRatings(compiled: CompiledGrid, ratings: Readonly<Record<string, ItemRating>>, assessor?: { index: number; name: string }): Finding[] {
  const findings: Finding[] = [];
  const { scale } = compiled.grid;
  const whoFr = assessor ? ` (${assessor.name})` : "";
  for (const item of compiled.grid.items) {
    const rating = ratings[item.id];
    const label = itemLabel(compiled, item);
    const base = { item: item.id, ...(assessor ? { assessor: assessor.index } : {}) };
    const at = (i = 0) => rating?.values[i]?.at ?? rating?.at;

    if (scale.kind === "periods") {
      for (const [i, value] of (rating?.values ?? []).entries()) {
        if (value.kind !== "level" || !compiled.levels.has(value.code)) {
          findings.push({ ...base, code: "level-unknown", severity: "blocking", at: at(i), message: unknownMessage(label, rawOf({ values: [value] })) });
        }
      }
      continue;
    }
    const result = itemPoints(compiled, rating);
    if (result.ok) continue;
    switch (result.reason) {
      case "missing":
        findings.push(
          assessor
            ? {
                ...base,
                code: "assessor-observation-missing",
                severity: "blocking",
                at: rating?.at,
                message: text(`Observation sans pourcentage${whoFr} : ${label}`, `Observation without a percentage (${assessor.name}): ${label}`),
              }
            : { ...base, code: "level-missing", severity: "blocking", at: rating?.at, message: text(`Niveau manquant : ${label}`, `Missing level: ${label}`) },
        );
        break;
      case "multiple":
        findings.push({
          ...base,
          code: "level-multiple",
          severity: "blocking",
          at: at(1),
          message: text(`Plusieurs niveaux pour un même item (${rawOf(rating)})${whoFr} : ${label}`, `Several levels for one item (${rawOf(rating)}): ${label}`),
        });
        break;
      case "unknown":
        findings.push(unknownFinding(base, rating, at(), label));
        break;
      case "out-of-range":
        findings.push({ ...base, code: "value-out-of-range", severity: "blocking", at: at(), message: outOfRange(compiled, item, label, rawOf(rating)) });
        break;
    }
  }
  return findings;
}

/** A value off the scale; an Excel error or a cross merged over several levels is named as such. */
function unknownFinding(base: Pick<Finding, "item" | "assessor">, rating: ItemRating | undefined, at: string | undefined, label: string): Finding {
  const value = rating?.values.find((v) => v.kind === "unknown");
  if (value?.problem === "cell-error")
    return {
      ...base,
      code: "level-error",
      severity: "blocking",
      at,
      message: text(`Erreur Excel « ${value.raw} » dans la cellule de niveau (corrigez la formule ou videz la cellule) : ${label}`, `Excel error "${value.raw}" in the level cell (fix the formula or clear the cell): ${label}`),
    };
  if (value?.problem === "merged-levels")
    return {
      ...base,
      code: "level-ambiguous-merge",
      severity: "blocking",
      at,
      message: text(
        `« ${value.raw} » dans une cellule fusionnée sur plusieurs colonnes de niveau : niveau ambigu, défusionnez et cochez une seule colonne : ${label}`,
        `"${value.raw}" in a cell merged over several level columns: ambiguous level, unmerge and tick one column: ${label}`,
      ),
    };
  return { ...base, code: "level-unknown", severity: "blocking", at, message: unknownMessage(label, rawOf(rating)) };
}

function unknownMessage(label: string, raw: string) {
  return text(`Valeur hors échelle « ${raw} » : ${label}`, `Value not on the scale "${raw}": ${label}`);
}

function outOfRange(compiled: CompiledGrid, _item: RatedItem, label: string, raw: string) {
  const { scale, marking } = compiled.grid;
  const range = scale.kind === "percent" ? { min: scale.min, max: scale.max } : marking?.kind === "weighted-mean" ? marking.override : undefined;
  const bounds = range ? ` (de ${formatNumber(range.min)} à ${formatNumber(range.max)})` : "";
  const boundsEn = range ? ` (from ${formatNumber(range.min, "en")} to ${formatNumber(range.max, "en")})` : "";
  return text(`Valeur hors limites « ${raw} »${bounds} : ${label}`, `Value out of range "${raw}"${boundsEn}: ${label}`);
}

function checkFields(compiled: CompiledGrid, evaluation: Evaluation): Finding[] {
  const findings: Finding[] = [];
  for (const field of compiled.grid.fields) {
    const value = evaluation.fields[field.id];
    if (value === undefined || field.kind === "mark" || !field.required || !isBlank(value.value)) continue;
    const appraisal = field.kind === "appraisal";
    findings.push({
      code: appraisal ? "appraisal-empty" : "field-empty",
      severity: "blocking",
      field: field.id,
      at: value.at,
      message: appraisal
        ? text(`Appréciation obligatoire vide : « ${field.label} »`, `Mandatory appraisal is empty: "${field.label}"`)
        : text(`Champ obligatoire vide : « ${field.label} »`, `Required field is empty: "${field.label}"`),
    });
  }
  return findings;
}

function checkPanel(compiled: CompiledGrid, evaluation: Evaluation): Finding[] {
  const spec = compiled.grid.panel;
  const panel = evaluation.panel;
  if (!spec || !panel || !spec.required) return [];
  const members = panel.members.filter((m) => !isBlank(m.name) || !isBlank(m.role));
  if (members.length === 0) {
    return [{ code: "panel-empty", severity: "blocking", field: "panel", at: panel.at, message: text(`Commission non renseignée : « ${spec.label} »`, `Panel not filled in: "${spec.label}"`) }];
  }
  const findings: Finding[] = [];
  for (const member of members) {
    if (isBlank(member.name)) {
      findings.push({ code: "panel-empty", severity: "blocking", field: "panel", at: member.at, message: text(`Membre de la commission sans nom (${member.role ?? ""})`, `Panel member without a name (${member.role ?? ""})`) });
    } else if (spec.roleRequired && panel.roles && isBlank(member.role)) {
      const role = spec.roleLabel ?? "rôle";
      findings.push({
        code: "panel-role-missing",
        severity: "blocking",
        field: "panel",
        at: member.at,
        message: text(`Membre de la commission sans ${role.toLowerCase()} : ${member.name ?? ""}`, `Panel member without a role: ${member.name ?? ""}`),
      });
    }
  }
  return findings;
}

function checkTypedMark(compiled: CompiledGrid, evaluation: Evaluation, result: EvaluationResult | null): Finding[] {
  const field = compiled.markField;
  const typed = field ? evaluation.fields[field.id] : undefined;
  if (!field || !typed || isBlank(typed.value) || !result || result.kind !== "mark") return [];
  const raw = typed.value!;
  const value = typeof raw === "number" ? raw : parseLooseNumber(raw);
  const isAbs = typeof raw === "string" && /^\s*abs(ent)?\.?\s*$/i.test(raw);
  if (result.absent && isAbs) return [];
  if (value === null && !isAbs) {
    return [
      {
        code: "mark-unreadable",
        severity: "warning",
        field: field.id,
        at: typed.at,
        message: text(`Note saisie illisible « ${String(raw)} »`, `Typed mark cannot be read "${String(raw)}"`),
      },
    ];
  }
  if (result.value === null && !result.absent) return [];
  const proposed = result.absent ? "ABS" : formatNumber(result.value!);
  const same = result.absent ? isAbs : value !== null && Math.abs(value - result.value!) < 0.005;
  if (same) return [];
  return [
    {
      code: "mark-differs",
      severity: "warning",
      field: field.id,
      at: typed.at,
      message: text(
        `La note saisie (${isAbs ? "ABS" : formatNumber(value!)}) diffère de la note proposée (${proposed}) : la commission décide`,
        `The typed mark (${isAbs ? "ABS" : formatNumber(value!, "en")}) differs from the proposed mark (${result.absent ? "ABS" : formatNumber(result.value!, "en")}): the panel decides`,
      ),
    },
  ];
}

function checkCoverage(compiled: CompiledGrid, result: EvaluationResult | null, evaluation: Evaluation): Finding[] {
  if (!result || result.kind !== "coverage") return [];
  return result.missing.map((itemId) => {
    const item = compiled.grid.items.find((i) => i.id === itemId)!;
    const label = itemLabel(compiled, item);
    return {
      code: "coverage-gap" as const,
      severity: "blocking" as const,
      item: itemId,
      at: evaluation.ratings[itemId]?.at,
      message: text(`Compétence jamais mise en œuvre en PFMP : ${label}`, `Competency never practised in a placement period: ${label}`),
    };
  });
}

function checkAssessors(compiled: CompiledGrid, evaluation: Evaluation): Finding[] {
  const spec = compiled.grid.assessors;
  if (!spec) return [];
  const findings: Finding[] = [];
  const sheets = evaluation.assessors ?? [];
  if (sheets.length < spec.min) {
    findings.push({
      code: "assessors-missing",
      severity: "blocking",
      message: text(`Aucune grille d'évaluateur : au moins ${spec.min} attendue(s)`, `No assessor grid: at least ${spec.min} expected`),
    });
  }
  sheets.forEach((sheet, index) => {
    findings.push(...checkRatings(compiled, sheet.ratings, { index, name: sheet.name ?? `évaluateur ${index + 1}` }));
  });
  for (const [groupId, override] of Object.entries(evaluation.panelOverrides ?? {})) {
    if (override.percent !== null && isBlank(override.reason)) {
      findings.push({
        code: "override-reason-missing",
        severity: "blocking",
        field: groupId,
        at: override.at,
        message: text(`Pourcentage retenu par le président sans motif : ${groupId}`, `Chair's percentage without a reason: ${groupId}`),
      });
    }
  }
  return findings;
}

/**
 * Everything that keeps an evaluation from being complete (blocking), or that the teacher should look
 * at (warning), blocking first. A complete evaluation has no finding at all.
 */
export function checkEvaluation(compiled: CompiledGrid, evaluation: Evaluation, result: EvaluationResult | null): Finding[] {
  // A rule that decides the result (E33 without a digital presentation: not examined, 0) makes levels moot.
  const ruled = applicableRule(compiled.grid.rules, evaluation.flags) !== undefined;
  const ratings = ruled ? [] : compiled.grid.assessors ? checkAssessors(compiled, evaluation) : checkRatings(compiled, evaluation.ratings);
  return sortFindings([
    ...ratings,
    ...checkCoverage(compiled, result, evaluation),
    ...checkFields(compiled, evaluation),
    ...checkPanel(compiled, evaluation),
    ...checkTypedMark(compiled, evaluation, result),
  ]);
}
