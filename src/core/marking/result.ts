import type { Text } from "../i18n/locale";

/** A mark /max with the steps that produced it. */
export interface MarkResult {
  kind: "mark";
  /** "ok": computed; "rule": a rule decided (0, ABS); "incomplete": some item cannot be marked. */
  status: "ok" | "rule" | "incomplete";
  /** The proposed mark, rounded; null when incomplete or absent. */
  value: number | null;
  /** Before rounding. */
  raw: number | null;
  max: number;
  /** A rule marked the candidate absent (« ABS »). */
  absent: boolean;
  trace: Text[];
}

/** PFMP: the periods in which each item was practised. */
export interface CoverageResult {
  kind: "coverage";
  items: { itemId: string; periods: string[] }[];
  practised: number;
  total: number;
  /** practised / total, from 0 to 1. */
  ratio: number;
  missing: string[];
  trace: Text[];
}

export interface GroupFigure {
  groupId: string;
  label: string;
  /** Mean percentage; null when no item of the group was rated. */
  percent: number | null;
  rated: number;
  total: number;
}

/** CQP: each assessor's percentage per domain, and the panel's. */
export interface DomainResult {
  kind: "domains";
  assessors: { name: string | null; groups: GroupFigure[] }[];
  panel: {
    groupId: string;
    label: string;
    /** The figure retained: the jury's agreed figure when recorded, else the mean of the assessors (a proposal). */
    percent: number | null;
    mean: number | null;
    /** The jury agreed a figure (in the synthesis grid). */
    overridden: boolean;
    reason: string | null;
  }[];
  /** The chair's synthesis comment and name, when the file has a synthesis. */
  synthesis: { comment: string | null; chair: string | null; sheet: string | null } | null;
  /** Some member's grid has a blocking finding: the figures may still change. Set by `assess`. */
  provisional: boolean;
  trace: Text[];
}

export type EvaluationResult = MarkResult | CoverageResult | DomainResult;

/** Joins a trace as one readable line: « 1.1 Maîtrise → 0,75 ; … ; arrondi au ½ point supérieur → 15 » (English: « …; … »). */
export function traceLine(trace: readonly Text[], locale: "fr" | "en" = "fr"): string {
  return trace.map((step) => step[locale]).join(locale === "fr" ? " ; " : "; ");
}
