import type { CompiledGrid } from "../model/compile";
import { itemLabel } from "../model/compile";
import type { Evaluation, FieldValue, ItemRating } from "../model/evaluation";
import type { RatedItem, Rule } from "../model/grid";
import { text } from "../i18n/locale";
import { itemPoints } from "../marking/points";
import { applicableRule } from "../marking/rules";
import type { EvaluationResult } from "../marking/result";
import { formatNumber } from "../text/numbers";
import { checkComposition } from "./panel-composition";
import { checkTypedMark } from "./typed-mark";
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
    const result = itemPoints(compiled, rating, item.id);
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
        findings.push({ ...base, code: "level-unknown", severity: "blocking", at: at(), message: unknownMessage(label, rawOf(rating)) });
        break;
      case "out-of-range":
        findings.push({ ...base, code: "value-out-of-range", severity: "blocking", at: at(), message: outOfRange(compiled, item, label, rawOf(rating)) });
        break;
    }
  }
  return findings;
}

function unknownMessage(label: string, raw: string) {
  return text(`Valeur hors échelle « ${raw} » : ${label}`, `Value not on the scale "${raw}": ${label}`);
}

function outOfRange(compiled: CompiledGrid, item: RatedItem, label: string, raw: string) {
  const { scale, marking } = compiled.grid;
  const maximum = marking?.kind === "points-sum" ? marking.maxima[item.id] : undefined;
  const range =
    maximum !== undefined
      ? { min: 0, max: maximum }
      : scale.kind === "percent"
        ? { min: scale.min, max: scale.max }
        : marking?.kind === "weighted-mean"
          ? marking.override
          : undefined;
  const bounds = range ? ` (de ${formatNumber(range.min)} à ${formatNumber(range.max)})` : "";
  const boundsEn = range ? ` (from ${formatNumber(range.min, "en")} to ${formatNumber(range.max, "en")})` : "";
  return text(`Valeur hors limites « ${raw} »${bounds} : ${label}`, `Value out of range "${raw}"${boundsEn}: ${label}`);
}

/** « absente de la feuille », and where the official grid puts it when it says (E33 « au verso »). */
function absentText(evaluation: Evaluation, feminine: boolean, placement: string | undefined) {
  const document = evaluation.copy === "document";
  const e = feminine ? "e" : "";
  const where = placement ? ` (sur la grille officielle : « ${placement} »)` : "";
  const whereEn = placement ? ` (on the official grid: "${placement}")` : "";
  return text(`absent${e} ${document ? "du document" : "de la feuille"}${where}`, `absent from the ${document ? "document" : "sheet"}${whereEn}`);
}

function checkFields(compiled: CompiledGrid, evaluation: Evaluation): Finding[] {
  const findings: Finding[] = [];
  for (const field of compiled.grid.fields) {
    const value = evaluation.fields[field.id];
    if (field.kind === "mark" || !field.required) continue;
    const appraisal = field.kind === "appraisal";
    if (value === undefined) {
      // Absent: only an official grid copy must have it; a tableau de suivi's columns are the teacher's.
      if (!evaluation.copy) continue;
      const absent = absentText(evaluation, appraisal, field.placement);
      findings.push({
        code: appraisal ? "appraisal-absent" : "field-absent",
        severity: "blocking",
        field: field.id,
        message: appraisal
          ? text(`Appréciation obligatoire « ${field.label} » : ${absent.fr}`, `Mandatory appraisal "${field.label}": ${absent.en}`)
          : text(`Champ obligatoire « ${field.label} » : ${absent.fr}`, `Required field "${field.label}": ${absent.en}`),
      });
      continue;
    }
    if (!isBlank(value.value)) continue;
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
  if (!spec || !spec.required) return [];
  if (!panel) {
    if (!evaluation.copy) return [];
    const absent = absentText(evaluation, true, spec.placement);
    return [{ code: "panel-absent", severity: "blocking", field: "panel", message: text(`Commission « ${spec.label} » : ${absent.fr}`, `Panel "${spec.label}": ${absent.en}`) }];
  }
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
  return [...findings, ...checkComposition(spec, members, panel.at)];
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
  findings.push(...checkSynthesis(compiled, evaluation));
  return findings;
}

/**
 * The chair's synthesis, once the file has one: a domain without the jury's figure, no synthesis
 * comment, no chair named by the signature line are warnings (the synthesis comes after the grids).
 */
function checkSynthesis(compiled: CompiledGrid, evaluation: Evaluation): Finding[] {
  const synthesis = evaluation.synthesis;
  const scheme = compiled.grid.marking;
  if (!synthesis || scheme?.kind !== "domain-percent") return [];
  const findings: Finding[] = [];
  for (const group of scheme.groups) {
    const figure = evaluation.panelOverrides?.[group.id];
    if (figure?.percent === null || figure?.percent === undefined) {
      findings.push({
        code: "synthesis-figure-missing",
        severity: "warning",
        field: group.id,
        at: figure?.at,
        message: text(`Grille de synthèse : pas de pourcentage retenu pour « ${group.label} »`, `Synthesis grid: no agreed percentage for "${group.label}"`),
      });
    }
  }
  if (isBlank(synthesis.comment.value)) {
    findings.push({ code: "synthesis-comment-missing", severity: "warning", field: "synthesis-comment", at: synthesis.comment.at, message: text("Grille de synthèse : commentaire du président non rédigé", "Synthesis grid: the chair's comment is not written") });
  }
  if (isBlank(synthesis.chair.value)) {
    findings.push({ code: "synthesis-chair-missing", severity: "warning", field: "synthesis-chair", at: synthesis.chair.at, message: text("Grille de synthèse : président du jury non nommé à la signature", "Synthesis grid: the jury's chair is not named at the signature") });
  }
  return findings;
}

/**
 * Everything that keeps an evaluation from being complete (blocking), or that the teacher should look
 * at (warning), blocking first. A complete evaluation has no finding at all.
 */
/** A rule that decides the result while levels are ticked too (E33: no presentation, yet profiles): which is true? */
function checkRuleWithLevels(rule: Rule | undefined, evaluation: Evaluation): Finding[] {
  if (!rule) return [];
  const ticked = Object.values(evaluation.ratings).find((r) => r.values.length > 0);
  if (!ticked) return [];
  const name = rule.aliases[0] ?? rule.label;
  return [
    {
      code: "rule-with-levels",
      severity: "warning",
      at: ticked.values[0]?.at ?? ticked.at,
      message: text(
        `« ${name} » cochée alors que des niveaux sont aussi cochés : la note est 0 par la règle ; vérifier lequel est juste`,
        `"${name}" is ticked while levels are ticked too: the rule makes the mark 0; check which is right`,
      ),
    },
  ];
}

export function checkEvaluation(compiled: CompiledGrid, evaluation: Evaluation, result: EvaluationResult | null): Finding[] {
  // A rule that decides the result (E33 without a digital presentation: not examined, 0) makes levels moot.
  const rule = applicableRule(compiled.grid.rules, evaluation.flags);
  const ruled = rule !== undefined;
  const ratings = ruled ? checkRuleWithLevels(rule, evaluation) : compiled.grid.assessors ? checkAssessors(compiled, evaluation) : checkRatings(compiled, evaluation.ratings);
  return sortFindings([
    ...ratings,
    ...checkCoverage(compiled, result, evaluation),
    ...checkFields(compiled, evaluation),
    ...checkPanel(compiled, evaluation),
    ...checkTypedMark(compiled, evaluation, result),
  ]);
}
