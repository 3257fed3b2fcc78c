import type { Locale } from "../../core/i18n/locale";
import type { Finding } from "../../core/completeness/finding";
import type { CoverageResult, DomainResult, EvaluationResult } from "../../core/marking/result";
import type { CandidateReport, WorkbookLayout } from "../../recognition/workbook/report";
import { qualified } from "../../recognition/snapshot/cells";
import type { DocumentLayout, WordLocation } from "../../recognition/document/to-sheet";
import type { FileCheck } from "../workbooks";
import { gridName } from "../../referentials/grid-name";
import { readErrorMessage } from "../messages";

/** The document `grille check --json` prints: one entry per file, in the order read. */
export interface CheckDocument {
  files: FileJson[];
}

export interface FileJson {
  path: string;
  grid: string | null;
  gridTitle: string | null;
  /** The one name a teacher knows the grid by, as the pane and the sheets Grille writes say it. */
  gridName: string | null;
  epreuve: { code: string; title: string } | null;
  layout: WorkbookLayout;
  confidence: number;
  candidates: CandidateJson[];
  templates: string[];
  ignored: { sheet: string; reason: string }[];
  errors: { code: string; message: string }[];
  /** What the reader noticed: Word's nested tables…, a workbook's far cells, missing sheet, giant merge. */
  notes?: string[];
}

export interface FindingJson {
  code: string;
  severity: "blocking" | "warning";
  item: string | null;
  field: string | null;
  cell: string | null;
  message: string;
  /** Word documents: the pseudo-sheet cell (`cell` then says « tableau 1, ligne 7, colonne 4 »). */
  at?: string | null;
  location?: WordLocation | null;
}

export interface MarkJson {
  value: number | null;
  max: number;
  absent: boolean;
  trace: string[];
}

export interface CoverageJson {
  practised: number;
  total: number;
  ratio: number;
  missing: string[];
  periods: Record<string, string[]>;
  trace: string[];
}

export interface PanelJson {
  domains: { domain: string; label: string; percent: number | null; mean: number | null; overridden: boolean; reason: string | null }[];
  assessors: { name: string | null; domains: { domain: string; percent: number | null }[] }[];
  /** The chair's synthesis as the file holds it (« Grille de synthèse »), null when it has none. */
  synthesis: { comment: string | null; chair: string | null; sheet: string | null } | null;
  /** A member's grid has a blocking finding: the figures may still change. */
  provisional: boolean;
  trace: string[];
}

export interface CandidateJson {
  sheet: string;
  sheets: string[];
  row: number | null;
  name: string | null;
  status: "complete" | "incomplete";
  findings: FindingJson[];
  mark: MarkJson | null;
  markCell: string | null;
  coverage?: CoverageJson;
  panel?: PanelJson;
}

const traceOf = (result: EvaluationResult, locale: Locale) => result.trace.map((step) => step[locale]);

function findingJson(finding: Finding, locale: Locale, document?: DocumentLayout): FindingJson {
  const json: FindingJson = {
    code: finding.code,
    severity: finding.severity,
    item: finding.item ?? null,
    field: finding.field ?? null,
    cell: finding.at ?? null,
    message: finding.message[locale],
  };
  if (!document) return json;
  const at = finding.at ?? null;
  return { ...json, cell: at === null ? null : document.describe(at)[locale], at, location: at === null ? null : document.locate(at) };
}

/** The proposed mark; null when the grid gives none (coverage, domains) or it cannot be computed yet. */
function markJson(result: EvaluationResult | null, locale: Locale): MarkJson | null {
  if (!result || result.kind !== "mark" || (result.value === null && !result.absent)) return null;
  return { value: result.value, max: result.max, absent: result.absent, trace: traceOf(result, locale) };
}

const coverageJson = (result: CoverageResult, locale: Locale): CoverageJson => ({
  practised: result.practised,
  total: result.total,
  ratio: result.ratio,
  missing: result.missing,
  periods: Object.fromEntries(result.items.map((item) => [item.itemId, item.periods])),
  trace: traceOf(result, locale),
});

const panelJson = (result: DomainResult, locale: Locale): PanelJson => ({
  domains: result.panel.map((d) => ({ domain: d.groupId, label: d.label, percent: d.percent, mean: d.mean, overridden: d.overridden, reason: d.reason })),
  assessors: result.assessors.map((a) => ({ name: a.name, domains: a.groups.map((g) => ({ domain: g.groupId, percent: g.percent })) })),
  synthesis: result.synthesis,
  provisional: result.provisional,
  trace: traceOf(result, locale),
});

function candidateJson(candidate: CandidateReport, locale: Locale, document?: DocumentLayout): CandidateJson {
  const { assessment } = candidate;
  const result = assessment.result;
  const json: CandidateJson = {
    sheet: candidate.sheet,
    sheets: candidate.sheets,
    row: candidate.row,
    name: candidate.name,
    status: assessment.complete ? "complete" : "incomplete",
    findings: assessment.findings.map((f) => findingJson(f, locale, document)),
    mark: markJson(result, locale),
    markCell: candidate.markCell ? qualified(candidate.markCell.sheet, candidate.markCell.address) : null,
  };
  if (document && json.markCell) json.markCell = document.describe(json.markCell)[locale];
  if (result?.kind === "coverage") json.coverage = coverageJson(result, locale);
  if (result?.kind === "domains") json.panel = panelJson(result, locale);
  return json;
}

function fileJson(check: FileCheck, locale: Locale): FileJson {
  if (!check.ok) {
    const error = { code: check.error.code, message: readErrorMessage(check.error, check.path, locale) };
    return { path: check.path, grid: null, gridTitle: null, gridName: null, epreuve: null, layout: "none", confidence: 0, candidates: [], templates: [], ignored: [], errors: [error] };
  }
  const { report } = check;
  return {
    path: check.path,
    grid: report.grid?.grid.id ?? null,
    gridTitle: report.grid?.grid.title ?? null,
    gridName: report.grid ? gridName(report.grid.grid) : null,
    epreuve: report.grid?.grid.epreuve ?? null,
    layout: report.layout,
    confidence: report.confidence,
    candidates: report.candidates.map((c) => candidateJson(c, locale, check.document)),
    templates: report.templates,
    ignored: report.ignored.map((i) => ({ sheet: i.sheet, reason: i.reason[locale] })),
    errors: [],
    ...(check.document && { notes: check.document.notes.map((n) => n[locale]) }),
    ...(check.notes && { notes: check.notes.map((n) => n[locale]) }),
  };
}

export function checkDocument(checks: readonly FileCheck[], locale: Locale): CheckDocument {
  return { files: checks.map((c) => fileJson(c, locale)) };
}
