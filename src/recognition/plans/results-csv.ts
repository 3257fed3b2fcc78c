import type { Locale } from "../../core/i18n/locale";
import type { EvaluationResult } from "../../core/marking/result";
import { formatNumber, parseLooseNumber } from "../../core/text/numbers";
import { candidateLabel } from "../document/commission";
import type { CandidateReport, WorkbookReport } from "../workbook/report";
import { registrationOf } from "./registration";

/**
 * The class's results as CSV, for the school's other tools, in the form French Excel opens with a
 * double click: « ; » between fields (the list separator of a French Windows), decimal comma, CRLF
 * line ends, UTF-8 with a byte order mark. UTF-8 rather than Windows-1252 because a class list holds
 * names Windows-1252 cannot write (Ł, ă, ğ, Vietnamese tones…); the BOM is what makes Excel read it as
 * UTF-8 instead of the ANSI code page. Fields are quoted when they hold « ; », quotes or line breaks,
 * and a text starting with =, +, -, @ (or a tab / carriage return) is prefixed with « ' » so that no
 * spreadsheet runs it as a formula (CSV injection).
 */

const HEADERS = {
  fr: ["Nom", "Numéro d'inscription", "Note proposée", "Note saisie", "Statut", "Points bloquants", "Points à voir", "Feuille", "Ligne"],
  en: ["Name", "Registration number", "Proposed mark", "Typed mark", "Status", "Blocking points", "Points to check", "Sheet", "Row"],
} as const;

const STATUS = { fr: { complete: "complète", incomplete: "incomplète" }, en: { complete: "complete", incomplete: "incomplete" } } as const;

export const CSV_BOM = "\uFEFF";

/** A field as French Excel reads it: quoted when needed, never a formula. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value, "fr");
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) || safe !== safe.trim() || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const typedMarkOf = (report: WorkbookReport, candidate: CandidateReport): string | number | null => {
  const id = report.grid?.markField?.id;
  const value = id === undefined ? null : (candidate.evaluation.fields[id]?.value ?? null);
  if (typeof value !== "string") return value;
  // A typed « 12,5 » is a number for the next tool; « ABS » stays as typed.
  return value.trim() === "" ? null : (parseLooseNumber(value) ?? value.trim());
};

function proposed(result: EvaluationResult | null, locale: Locale): string | number | null {
  if (result?.kind === "mark") return result.absent ? "ABS" : result.value;
  if (result?.kind === "coverage") return `${result.practised}/${result.total}`;
  if (result?.kind === "domains") {
    const percent = (value: number) => (locale === "fr" ? `${formatNumber(value, locale, 1)} %` : `${formatNumber(value, locale, 1)}%`);
    return result.panel.map((p) => `${p.label} ${p.percent === null ? "—" : percent(p.percent)}`).join(locale === "fr" ? " ; " : "; ");
  }
  return null;
}

/** The CSV text (with its BOM), one line per candidate after the header. */
export function resultsCsv(report: WorkbookReport, locale: Locale = "fr"): string {
  const lines = [HEADERS[locale].map(csvField).join(";")];
  for (const candidate of report.candidates) {
    const findings = candidate.assessment.findings;
    const fields: (string | number | null)[] = [
      candidateLabel(candidate, locale),
      registrationOf(report.grid?.grid, candidate),
      proposed(candidate.assessment.result, locale),
      typedMarkOf(report, candidate),
      STATUS[locale][candidate.assessment.complete ? "complete" : "incomplete"],
      findings.filter((f) => f.severity === "blocking").length,
      findings.length,
      candidate.sheet,
      candidate.row,
    ];
    lines.push(fields.map(csvField).join(";"));
  }
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}
