import type { Text } from "../../core/i18n/locale";
import { parseA1, qualified, type CellValue } from "../../recognition/snapshot/cells";
import type { CandidateReport, WorkbookReport } from "../../recognition/workbook/report";
import { cellAt, type WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { MarkPlan } from "../../recognition/plans/marks";
import type { PlanChange, WritePlan } from "../../recognition/plans/plan";
import { bilingual } from "../i18n/translate";
import { formatNumber } from "../../core/text/numbers";
import { candidateKey } from "./selectors";

/** A cell of the snapshot, by sheet name and A1 address: what markPlan compares with. */
export function cellLookup(snapshot: WorkbookSnapshot): (sheet: string, address: string) => CellValue {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  return (sheet, address) => {
    const found = sheets.get(sheet);
    const at = parseA1(address);
    return found && at ? cellAt(found, at.row, at.col) : null;
  };
}

/** Whether the snapshot says the cell holds a formula (Grille never writes over one). */
export function formulaLookup(snapshot: WorkbookSnapshot): (sheet: string, address: string) => boolean {
  const formulas = new Map(snapshot.sheets.map((s) => [s.name, new Set((s.formulaCells ?? []).map((a) => a.replace(/\$/g, "")))]));
  return (sheet, address) => formulas.get(sheet)?.has(address.replace(/\$/g, "")) ?? false;
}

export type Difference = MarkPlan["differences"][number];

/** One key per difference, for the pane's checkboxes. */
export const differenceKey = (difference: Difference): string => candidateKey(difference.candidate);

/** A typed value as the teacher sees it in the preview. */
export function typedText(value: CellValue, locale: "fr" | "en"): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value, locale);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  return value.error;
}

type CellChange = Extract<PlanChange, { kind: "cell" }>;

/** A mark Grille could write, for a candidate whose grid is incomplete: written only when the teacher ticks it. */
export interface IncompleteMark {
  candidate: CandidateReport;
  change: CellChange;
  /** Why the grid is incomplete: its blocking findings. */
  reasons: Text[];
}

/**
 * The marks into empty cells, split: those of complete candidates (written), and those of candidates
 * whose grid is incomplete (listed apart, unticked, with the reasons). Never written silently.
 */
export function splitIncomplete(marks: MarkPlan, report: WorkbookReport): { ready: PlanChange[]; incomplete: IncompleteMark[] } {
  const byCell = new Map(report.candidates.flatMap((c) => (c.markCell ? [[qualified(c.markCell.sheet, c.markCell.address), c] as const] : [])));
  const ready: PlanChange[] = [];
  const incomplete: IncompleteMark[] = [];
  for (const change of marks.plan.changes) {
    const candidate = change.kind === "cell" ? byCell.get(qualified(change.sheet, change.address)) : undefined;
    if (change.kind === "cell" && candidate && !candidate.assessment.complete) {
      incomplete.push({ candidate, change, reasons: candidate.assessment.findings.filter((f) => f.severity === "blocking").map((f) => f.message) });
    } else ready.push(change);
  }
  return { ready, incomplete };
}

/**
 * The plan to apply: the marks of complete candidates into empty cells, those of incomplete candidates
 * the teacher ticked (`include`, by candidateKey), and only the differences the teacher ticked
 * (`replace`), each replacing the typed value (kept as `previous`, so the host can tell it overwrites it
 * on purpose).
 */
export function planWithChoices(marks: MarkPlan, report: WorkbookReport, replace: ReadonlySet<string>, include: ReadonlySet<string>): WritePlan {
  const { ready, incomplete } = splitIncomplete(marks, report);
  const included = incomplete.filter((i) => include.has(candidateKey(i.candidate))).map((i) => i.change);
  const replaced = planWithReplacements({ ...marks, plan: { changes: [] } }, replace).changes;
  return { changes: [...ready, ...included, ...replaced] };
}

/**
 * The plan to apply: the marks for the empty cells, plus only the differences the teacher ticked, each
 * replacing the typed value (kept as `previous`, so the host can tell it overwrites it on purpose).
 */
export function planWithReplacements(marks: MarkPlan, replace: ReadonlySet<string>): WritePlan {
  const replacements: PlanChange[] = marks.differences
    .filter((d) => replace.has(differenceKey(d)) && d.candidate.markCell)
    .map((d) => ({
      kind: "cell",
      sheet: d.candidate.markCell!.sheet,
      address: d.candidate.markCell!.address,
      value: d.proposed,
      previous: d.typed,
      reason: bilingual("write.replaceReason", { typed: typedText(d.typed, "fr"), proposed: d.proposed }),
    }));
  return { changes: [...marks.plan.changes, ...replacements] };
}

/** How many cells of a plan already hold something: each needs the teacher's confirmation. */
export function overwrites(plan: WritePlan): number {
  return plan.changes.filter((c) => c.kind === "cell" && c.previous !== null && !(typeof c.previous === "string" && c.previous.trim() === "")).length;
}
