import { text, type Locale, type Text } from "../../core/i18n/locale";
import { formatNumber } from "../../core/text/numbers";
import type { CellValue } from "../snapshot/cells";
import type { CandidateReport, WorkbookReport } from "../workbook/report";
import { SYNTHESIS_TEXT } from "../workbook/synthesis-sheet";
import type { CellInput, CellStyle, PlanChange, WritePlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { uniqueSheetName } from "./sheet-names";

/**
 * The chair's synthesis written into the file (CQP, seed 003): into the candidate's « Grille de
 * synthèse » when the workbook has one (only the cells whose value changes, each with what it replaces),
 * else as a new sheet laid out like the official page, so that it travels with the workbook and is read
 * again on reopening.
 */

export interface SynthesisInput {
  /** Group id → the percentage the jury agreed (null: not yet) and an optional reason. */
  figures: Record<string, { percent: number | null; reason: string | null }>;
  comment: string | null;
  chair: string | null;
}

/** The synthesis as the file holds it now, to fill the form: the agreed figures, else the members' means. */
export function currentSynthesis(candidate: CandidateReport): SynthesisInput {
  const result = candidate.assessment.result;
  const figures: SynthesisInput["figures"] = {};
  if (result?.kind === "domains") {
    for (const domain of result.panel) figures[domain.groupId] = { percent: domain.percent, reason: domain.reason };
  }
  const synthesis = result?.kind === "domains" ? result.synthesis : null;
  return { figures, comment: synthesis?.comment ?? null, chair: synthesis?.chair ?? null };
}

const blankToNull = (value: string | null): string | null => (value === null || value.trim() === "" ? null : value.trim());

function sameValue(previous: CellValue, next: CellInput): boolean {
  const before = previous === null || (typeof previous === "string" && previous.trim() === "") ? null : previous;
  if (typeof before === "number" && typeof next === "number") return Math.abs(before - next) < 1e-9;
  if (typeof before === "string" && typeof next === "string") return before.trim() === next.trim();
  return before === next;
}

export interface SynthesisPlanOptions {
  existingSheets: readonly string[];
  locale?: Locale;
  /**
   * A Word document (its pseudo-sheets): the synthesis goes only into the cells of its own « Grille de
   * synthèse » table, as marks do; a document cannot take a new sheet.
   */
  container?: "workbook" | "document";
}

/** A synthesis plan; `refusal` says why nothing can be written (a document without a synthesis table). */
export type SynthesisWritePlan = WritePlan & { refusal?: Text };

/** The plan that records `input` as the candidate's synthesis; empty when nothing changes. */
export function synthesisPlan(report: WorkbookReport, candidate: CandidateReport, input: SynthesisInput, cell: (sheet: string, address: string) => CellValue, options: SynthesisPlanOptions): SynthesisWritePlan {
  const grid = report.grid;
  const scheme = grid?.grid.marking;
  if (!grid || scheme?.kind !== "domain-percent") return { changes: [] };
  const place = candidate.synthesis;
  if (!place && options.container === "document")
    return {
      changes: [],
      refusal: text(
        "Ce document n’a pas de tableau « Grille de synthèse » : ajoutez-y le tableau officiel (domaines, appréciation de chaque domaine, commentaires, signature du président) pour que Grille y écrive la synthèse du jury.",
        "This document has no « Grille de synthèse » table: add the official table (domains, each domain's appraisal, comments, the chair's signature) so that Grille can write the jury's synthesis into it.",
      ),
    };
  if (!place) return { changes: [{ kind: "sheet", sheet: newSynthesisSheet(report, candidate, input, options), replaces: false }] };
  const changes: PlanChange[] = [];
  const who = candidate.name ?? candidate.sheet;
  const put = (address: string, value: CellInput, reason: { fr: string; en: string }, style?: CellStyle) => {
    const previous = cell(place.sheet, address);
    if (sameValue(previous, value)) return;
    changes.push({ kind: "cell", sheet: place.sheet, address, value, previous, reason, ...(style ? { style } : {}) });
  };
  for (const group of scheme.groups) {
    const figure = input.figures[group.id];
    const cells = place.domains[group.id];
    if (!cells || !figure) continue;
    const percent = figure.percent;
    put(
      cells.percent,
      percent,
      text(
        `Pourcentage retenu par le jury pour « ${group.label} » (${who}) : ${percent === null ? "effacé" : `${formatNumber(percent)} %`}`,
        `Percentage agreed by the jury for "${group.label}" (${who}): ${percent === null ? "cleared" : `${formatNumber(percent, "en")} %`}`,
      ),
      { numberFormat: PERCENT_FORMAT },
    );
    if (cells.reason) put(cells.reason, blankToNull(figure.reason), text(`Motif du pourcentage retenu pour « ${group.label} »`, `Reason for the percentage agreed for "${group.label}"`));
  }
  put(place.comment, blankToNull(input.comment), text(`Commentaire de synthèse du président (${who})`, `The chair's synthesis comment (${who})`));
  put(place.chair, blankToNull(input.chair), text(`Président du jury, à la signature (${who})`, `The jury's chair, at the signature (${who})`));
  return { changes };
}

/** A number shown with a « % » after it, stored as typed (65, not 0,65). */
const PERCENT_FORMAT = '0.##" %"';

const S = {
  audience: { italic: true, wrap: true, vertical: "top" },
  header: { bold: true, italic: true, border: true, wrap: true, vertical: "middle", horizontal: "center" },
  cell: { border: true, wrap: true, vertical: "top" },
  title: { bold: true, size: 12, wrap: true, horizontal: "center", vertical: "middle" },
  label: { bold: true, border: true, wrap: true, vertical: "middle" },
  domain: { bold: true, border: true, wrap: true, vertical: "middle", horizontal: "center" },
  percent: { border: true, horizontal: "center", vertical: "middle", numberFormat: PERCENT_FORMAT },
  comment: { border: true, wrap: true, vertical: "top" },
  signature: { bold: true, wrap: true, vertical: "top" },
  grille: { italic: true, wrap: true, vertical: "top", color: "#595959" },
} satisfies Record<string, CellStyle>;

/** The official page (seed 003) filled in, then Grille's optional reasons below it. */
function newSynthesisSheet(report: WorkbookReport, candidate: CandidateReport, input: SynthesisInput, options: SynthesisPlanOptions) {
  const grid = report.grid!;
  const scheme = grid.grid.marking;
  const groups = scheme?.kind === "domain-percent" ? scheme.groups : [];
  const last = groups.length;
  const b = new SheetBuilder();
  b.area(0, 0, 2, 1, SYNTHESIS_TEXT.audience, S.audience);
  SYNTHESIS_TEXT.identity.forEach((label, col) => b.set(4, col, label, S.header));
  const field = (id: string) => {
    const value = candidate.evaluation.fields[id]?.value;
    return value === null || value === undefined ? null : String(value);
  };
  const members = (candidate.evaluation.assessors ?? []).map((a) => a.name).filter((n): n is string => !!n);
  [field("date"), members.join("\n") || null, candidate.name, field("company")].forEach((value, col) => b.set(5, col, value, S.cell));
  b.fitText(5, members.join("\n"), 30);
  b.area(7, 0, 7, last, SYNTHESIS_TEXT.title, S.title);
  b.height(7, 32);
  b.set(8, 0, SYNTHESIS_TEXT.domains, S.label);
  b.set(9, 0, SYNTHESIS_TEXT.figures, S.label);
  groups.forEach((group, i) => {
    b.set(8, i + 1, group.label, S.domain);
    b.set(9, i + 1, input.figures[group.id]?.percent ?? null, S.percent);
    b.number(`${String.fromCharCode(66 + i)}10`, 0, 100, "Pourcentage retenu par le jury, de 0 à 100");
  });
  b.height(8, 32);
  b.set(11, 0, SYNTHESIS_TEXT.comments, S.signature);
  b.area(12, 0, 15, last, blankToNull(input.comment), S.comment);
  b.set(17, 0, SYNTHESIS_TEXT.signature, S.signature);
  b.area(17, 1, 17, last, blankToNull(input.chair), S.cell);
  b.height(17, 32);
  b.area(18, 1, 20, last, null, S.cell);
  b.set(22, 0, SYNTHESIS_TEXT.reasons, S.grille);
  groups.forEach((group, i) => b.set(22, i + 1, blankToNull(input.figures[group.id]?.reason ?? null), S.comment));
  b.height(22, 45);
  const base = options.locale === "en" ? "Synthesis" : "Synthèse jury";
  const name = uniqueSheetName(report.candidates.length > 1 && candidate.name ? `${base} ${candidate.name}` : base, options.existingSheets);
  return b.build(name, { columnWidths: [30, ...groups.map(() => 24)] });
}
