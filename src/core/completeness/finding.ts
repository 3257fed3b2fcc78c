import type { Text } from "../i18n/locale";

export type FindingCode =
  | "level-missing"
  | "level-multiple"
  | "level-unknown"
  | "value-out-of-range"
  | "field-empty"
  | "field-absent"
  | "appraisal-empty"
  | "appraisal-absent"
  | "panel-empty"
  | "panel-absent"
  | "panel-role-missing"
  | "panel-too-small"
  | "panel-composition"
  | "rule-with-levels"
  | "mark-differs"
  | "mark-unreadable"
  | "mark-missing"
  | "mark-out-of-range"
  | "mark-off-step"
  | "coverage-gap"
  | "assessors-missing"
  | "assessor-observation-missing"
  | "synthesis-figure-missing"
  | "synthesis-comment-missing"
  | "synthesis-chair-missing";

export type Severity = "blocking" | "warning";

/** Something to fix (blocking) or to look at (warning), pointing at the item or field concerned. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The rated item concerned, by id. */
  item?: string;
  /** The field concerned, by id ("candidate", "mark"…), or "panel". */
  field?: string;
  /** The assessor concerned (CQP), by index in the evaluation. */
  assessor?: number;
  /** Where to point the teacher, as given by the host in the evaluation. */
  at?: string;
  message: Text;
}

/** Blocking first, then in the order found (the grid's order). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.severity === b.f.severity ? a.i - b.i : a.f.severity === "blocking" ? -1 : 1))
    .map(({ f }) => f);
}

export function isComplete(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.severity === "blocking");
}
