import type { Text } from "../../core/i18n/locale";
import { formatNumber } from "../../core/text/numbers";
import { traceLine, type EvaluationResult } from "../../core/marking/result";
import type { Finding } from "../../core/completeness/finding";
import type { CandidateReport, WorkbookReport } from "../../recognition/workbook/report";
import type { DocumentLayout } from "../../recognition/document/to-sheet";
import { cellPlace } from "./place";
import { gridName } from "../../referentials/grid-name";
import { messages } from "../messages";
import type { Terminal } from "../terminal";
import type { FileCheck } from "../workbooks";
import { renderTable, type TableCell } from "./table";

/** The human-readable report of `grille check`: per file, a table of candidates, then the details. */

/** A result in a few characters: « 15 /20 », « ABS », « 24/37 compétences (65 %) », « 70 % · 55 % · 80 % ». */
export function resultSummary(result: EvaluationResult | null, term: Terminal): string {
  const { locale } = term;
  if (!result) return "—";
  switch (result.kind) {
    case "mark":
      if (result.absent) return term.t(messages.absent);
      return result.value === null ? "—" : `${formatNumber(result.value, locale)} /${formatNumber(result.max, locale)}`;
    case "coverage":
      return term.t(messages.coverage(result.practised, result.total, formatNumber(result.ratio * 100, locale, 0)));
    case "domains":
      return result.panel.map((d) => (d.percent === null ? "—" : `${formatNumber(d.percent, locale)} %`)).join(" · ");
  }
}

function findingsCount(candidate: CandidateReport, term: Terminal): TableCell {
  const findings = candidate.assessment.findings;
  const blocking = findings.filter((f) => f.severity === "blocking").length;
  const warnings = findings.length - blocking;
  const parts = [blocking > 0 ? term.t(messages.blockingCount(blocking)) : "", warnings > 0 ? term.t(messages.warningCount(warnings)) : ""].filter((p) => p !== "");
  return { text: parts.join(", ") || "—", tone: blocking > 0 ? "bad" : warnings > 0 ? "warn" : "dim" };
}

const candidateName = (candidate: CandidateReport, term: Terminal) => candidate.name ?? term.t(messages.unnamed);

function candidateTable(report: WorkbookReport, term: Terminal): string[] {
  const rows = report.layout === "row-per-candidate";
  const { columns } = messages;
  const header = [columns.candidate, columns.sheet, ...(rows ? [columns.row] : []), columns.status, columns.result, columns.findings].map((c) => term.t(c));
  const body = report.candidates.map((candidate): TableCell[] => [
    candidateName(candidate, term),
    candidate.sheets.join(", "),
    ...(rows ? [String(candidate.row ?? "")] : []),
    { text: term.t(messages.status(candidate.assessment.complete)), tone: candidate.assessment.complete ? "ok" : "bad" },
    resultSummary(candidate.assessment.result, term),
    findingsCount(candidate, term),
  ]);
  return renderTable(header, body, { paint: (t, tone) => term.paint(t, tone), indent: "  ", maxWidth: term.width, shrinkable: [0, 1], right: rows ? [2] : [] });
}

function findingLine(finding: Finding, term: Terminal, document: DocumentLayout | undefined, sheets: readonly string[]): string {
  const blocking = finding.severity === "blocking";
  const mark = term.paint(blocking ? "✖" : "⚠", blocking ? "bad" : "warn");
  // Under a candidate with one sheet, the sheet goes without saying.
  const known = sheets.length === 1 ? sheets[0] : undefined;
  const where = finding.at ? `${cellPlace(finding.at, term.locale, { ...(document && { document }), ...(known !== undefined && { known }) })}  ` : "";
  return `    ${mark} ${where}${term.t(finding.message)}`;
}

/** A candidate's findings (blocking first, as the core sorts them) and the trace of the result. */
function candidateDetails(candidate: CandidateReport, term: Terminal, document?: DocumentLayout): string[] {
  const { assessment } = candidate;
  const status = term.paint(term.t(messages.status(assessment.complete)), assessment.complete ? "ok" : "bad");
  const name = candidateName(candidate, term);
  const where = [...candidate.sheets.filter((s) => s !== name), ...(candidate.row ? [`${term.t(messages.columns.row).toLowerCase()} ${candidate.row}`] : [])];
  const lines = [`  ${term.paint(name, "strong")}${where.length > 0 ? ` (${where.join(", ")})` : ""}${term.colon}${status} · ${resultSummary(assessment.result, term)}`];
  lines.push(...assessment.findings.map((f) => findingLine(f, term, document, candidate.sheets)));
  if (assessment.result && assessment.result.trace.length > 0) lines.push(`    ${term.paint(traceLine(assessment.result.trace, term.locale), "dim")}`);
  return lines;
}

function fileBody(report: WorkbookReport, term: Terminal, document?: DocumentLayout): string[] {
  if (!report.grid) return [`  ${term.paint(term.t(document ? messages.noGridDocument : messages.noGrid), "bad")}`];
  const grid = report.grid.grid;
  const lines = [`  ${term.t(messages.gridLine(gridName(grid), grid.id, report.layout, report.candidates.length))}`];
  if (report.candidates.length === 0) lines.push(`  ${term.t(messages.noCandidate)}`);
  else lines.push(...candidateTable(report, term), "", ...report.candidates.flatMap((c) => candidateDetails(c, term, document)));
  return lines;
}

function fileFooter(report: WorkbookReport, term: Terminal, document?: DocumentLayout, notes: readonly Text[] = []): string[] {
  const lines: string[] = [];
  if (document && document.notes.length > 0) lines.push(`  ${term.paint(term.t(messages.documentNotes(document.notes.map((n) => term.t(n)).join(" "))), "dim")}`);
  if (notes.length > 0) lines.push(`  ${term.paint(term.t(messages.documentNotes(notes.map((n) => term.t(n)).join(" ; "))), "bad")}`);
  if (report.templates.length > 0) lines.push(`  ${term.t(messages.templates(report.templates))}`);
  if (report.ignored.length > 0) lines.push(`  ${term.paint(term.t(messages.ignored(report.ignored.map((i) => `${i.sheet} (${term.t(i.reason)})`).join(", "))), "dim")}`);
  return lines;
}

export function renderFile(check: FileCheck, term: Terminal): string[] {
  const title = term.paint(check.path, "strong");
  // The reason itself goes to stderr, where errors belong.
  if (!check.ok) return [`${title}${term.colon}${term.paint(term.t(messages.cannotRead), "bad")}`];
  return [title, ...fileBody(check.report, term, check.document), ...fileFooter(check.report, term, check.document, check.notes)];
}

export function renderSummary(checks: readonly FileCheck[], term: Terminal): string {
  const candidates = checks.flatMap((c) => (c.ok ? c.report.candidates : []));
  const complete = candidates.filter((c) => c.assessment.complete).length;
  const unreadable = checks.filter((c) => !c.ok).length;
  return term.t(messages.summary(checks.length, candidates.length, complete, unreadable));
}
