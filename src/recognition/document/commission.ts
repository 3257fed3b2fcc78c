import type { Locale } from "../../core/i18n/locale";
import { sortFindings, type Finding } from "../../core/completeness/finding";
import type { EvaluationResult } from "../../core/marking/result";
import type { Evaluation } from "../../core/model/evaluation";
import { formatNumber } from "../../core/text/numbers";
import { cellPlace } from "../plans/conflicts";
import type { CandidateReport, WorkbookReport } from "../workbook/report";
import { candidateFileNames } from "./file-names";
import { fillWordTable, gridWordTable, type WordTable, type WordTableCell } from "./word-table";

/**
 * « Fiches pour la commission »: for each candidate of a class, the official grid filled in (levels
 * ticked, fields, appraisal and panel as read, the typed mark in the mark cell only when the file holds
 * one) and, apart from it, a box clearly labelled « Note proposée par Grille » with the proposal, its
 * trace, the status and every finding, so an incomplete candidate is handed in with what is missing.
 * Pure: the .docx adapter, the PDF conversion and the Word pane all build on these.
 */

export interface CommissionSheet {
  /** Who: the candidate's name, else where they were read (sheet, row). */
  candidate: string;
  /** A file name for `--split`: safe on every system, unique in the class, without extension. */
  fileName: string;
  complete: boolean;
  /** What each printed page says at its foot: the candidate and the épreuve, so a loose page is never anonymous. */
  footer: string;
  /** The official grid, filled: one per assessor when several rate the candidate (CQP), else one. */
  grids: WordTable[];
  /** Grille's box: proposal, trace, status, findings. */
  proposal: WordTable;
}

/** Where a finding's `at` is, in the teacher's words (a Word document says « tableau 1, ligne 7 »). */
export type Describe = (at: string) => string;

const WORDS = {
  fr: {
    title: "Note proposée par Grille",
    notice: "Proposition calculée par Grille à partir des niveaux relevés dans le fichier ; la note est décidée par la commission.",
    proposed: "Note proposée",
    coverage: "Couverture",
    domains: "Pourcentages par domaine",
    trace: "Calcul",
    status: "Statut",
    findings: "Points à voir",
    none: "aucun",
    complete: "complète",
    incomplete: (n: number) => `incomplète : ${n} point${n > 1 ? "s" : ""} bloquant${n > 1 ? "s" : ""}`,
    noMark: "pas de note proposée (grille incomplète)",
    absent: "ABS (absent)",
    blocking: "bloquant",
    warning: "attention",
    competencies: "compétences pratiquées",
    row: "ligne",
  },
  en: {
    title: "Mark proposed by Grille",
    notice: "Proposal computed by Grille from the levels read in the file; the mark is decided by the panel.",
    proposed: "Proposed mark",
    coverage: "Coverage",
    domains: "Percentages per domain",
    trace: "Calculation",
    status: "Status",
    findings: "Points to check",
    none: "none",
    complete: "complete",
    incomplete: (n: number) => `incomplete: ${n} blocking point${n > 1 ? "s" : ""}`,
    noMark: "no proposed mark (incomplete grid)",
    absent: "ABS (absent)",
    blocking: "blocking",
    warning: "warning",
    competencies: "competencies practised",
    row: "row",
  },
} as const;

type Words = (typeof WORDS)[Locale];

/** The name a commission reads: the candidate's, else the sheet (and row) it was read from. */
export function candidateLabel(candidate: CandidateReport, locale: Locale = "fr"): string {
  const name = candidate.name?.trim();
  if (name) return name;
  return candidate.row === null ? candidate.sheet : `${candidate.sheet}, ${WORDS[locale].row} ${candidate.row}`;
}

/** The result as one line: « 15 / 20 », « 30 / 37 compétences pratiquées », « Accueil 70 % ; … ». */
function resultLine(result: EvaluationResult | null, words: Words, locale: Locale): { label: string; value: string } {
  if (result?.kind === "coverage") return { label: words.coverage, value: `${result.practised} / ${result.total} ${words.competencies}` };
  if (result?.kind === "domains") {
    const figures = result.panel.map((p) => `${p.label} : ${p.percent === null ? "—" : `${formatNumber(p.percent, locale, 1)} %`}`);
    return { label: words.domains, value: figures.join("\n") };
  }
  if (result?.kind === "mark") {
    if (result.absent) return { label: words.proposed, value: words.absent };
    if (result.value !== null) return { label: words.proposed, value: `${formatNumber(result.value, locale)} / ${formatNumber(result.max, locale)}` };
  }
  return { label: words.proposed, value: words.noMark };
}

function findingLine(finding: Finding, words: Words, locale: Locale, describe: Describe): string {
  const where = finding.at ? ` (${describe(finding.at)})` : "";
  return `• ${finding.severity === "blocking" ? words.blocking : words.warning} : ${finding.message[locale]}${where}`;
}

const LABEL: Omit<WordTableCell, "column" | "colSpan" | "text"> = { rowSpan: 1, border: true, bold: true, fill: "#F2F2F2", valign: "top" };
const VALUE: Omit<WordTableCell, "column" | "colSpan" | "text"> = { rowSpan: 1, border: true, valign: "top" };

/** A workbook cell in a candidate's box: « cellule C20 » on their own sheet, « Évaluateur 2, cellule C20 » on another. */
const workbookCell =
  (candidate: CandidateReport, locale: Locale): Describe =>
  (at) =>
    cellPlace(at, candidate.sheets.length === 1 ? candidate.sheets[0] : undefined)[locale];

/** Grille's box, beside the official grid and never inside it. `describe`: a document's cells (« tableau 2, ligne 5… »). */
export function proposalTable(gridId: string, candidate: CandidateReport, locale: Locale, describe: Describe = workbookCell(candidate, locale)): WordTable {
  const words = WORDS[locale];
  const { result, findings, complete } = candidate.assessment;
  const sorted = sortFindings(findings);
  const blocking = sorted.filter((f) => f.severity === "blocking").length;
  const line = resultLine(result, words, locale);
  const row = (label: string, value: string, bold = false): WordTableCell[] => [
    { ...LABEL, column: 0, colSpan: 1, text: label },
    { ...VALUE, column: 1, colSpan: 1, text: value, ...(bold && { bold: true, size: 12 }) },
  ];
  const rows: WordTableCell[][] = [
    [{ ...LABEL, column: 0, colSpan: 2, text: words.title, fill: "#D9E1F2", size: 12 }],
    [{ ...VALUE, column: 0, colSpan: 2, text: words.notice, italic: true, size: 8 }],
    row(line.label, line.value, true),
    row(words.trace, (result?.trace ?? []).map((step) => step[locale]).join("\n")),
    row(words.status, complete ? words.complete : words.incomplete(blocking)),
    row(`${words.findings} (${sorted.length})`, sorted.length === 0 ? words.none : sorted.map((f) => findingLine(f, words, locale, describe)).join("\n")),
  ];
  // Its title repeats on the next page when a long list of findings carries the box over.
  return { gridId, columns: [22, 78], rows, headerRows: { first: 0, last: 0 } };
}

/**
 * What each printed grid shows: the candidate's evaluation, or, when several assessors rated them (CQP,
 * one official sheet per jury member), one evaluation per assessor with their ratings and their name in
 * the assessor's field.
 */
function evaluationsOf(evaluation: Evaluation): Evaluation[] {
  const assessors = evaluation.assessors ?? [];
  if (assessors.length === 0) return [evaluation];
  return assessors.map((assessor) => {
    const who = [assessor.name, assessor.role].filter((part): part is string => Boolean(part)).join(", ");
    return { ...evaluation, ratings: assessor.ratings, fields: { ...evaluation.fields, ...(who && { assessor: { value: who } }) } };
  });
}

export interface CommissionOptions {
  locale?: Locale;
  describe?: Describe;
}

/** One sheet per candidate of the class, in the file's order; none when no grid was recognised. */
export function commissionSheets(report: WorkbookReport, options: CommissionOptions = {}): CommissionSheet[] {
  const grid = report.grid;
  if (!grid) return [];
  const locale = options.locale ?? "fr";
  const labels = report.candidates.map((c) => candidateLabel(c, locale));
  const fileNames = candidateFileNames(labels);
  return report.candidates.map((candidate, i) => {
    // The grid carries the name only as the file holds it: an absent name stays a finding, not hidden.
    const blank = gridWordTable(grid, { candidate: null });
    return {
      candidate: labels[i]!,
      fileName: fileNames[i]!,
      complete: candidate.assessment.complete,
      footer: `${labels[i]!} — ${grid.grid.epreuve ? `${grid.grid.epreuve.code} ${grid.grid.epreuve.title}` : grid.grid.title}`,
      grids: evaluationsOf(candidate.evaluation).map((evaluation) => fillWordTable(blank, evaluation)),
      proposal: proposalTable(grid.grid.id, candidate, locale, options.describe),
    };
  });
}
