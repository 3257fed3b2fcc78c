import type { WorkbookReport } from "../../recognition/workbook/report";
import type { PaneState, StepId } from "./reducer";

/** The typed mark of a candidate, as read from their mark cell; null when the cell is empty or there is none. */
export function typedMark(report: WorkbookReport, candidate: WorkbookReport["candidates"][number]): string | number | null {
  const field = report.grid?.markField;
  const value = field ? candidate.evaluation.fields[field.id]?.value : undefined;
  if (value === undefined || value === null) return null;
  return typeof value === "string" && value.trim() === "" ? null : value;
}

/** Whether some complete candidate has a proposed mark and an empty mark cell: « Écrire les notes » has work. */
export function marksToWrite(report: WorkbookReport): boolean {
  if (report.grid?.grid.marking?.kind !== "weighted-mean") return false;
  return report.candidates.some((c) => {
    const result = c.assessment.result;
    return c.assessment.complete && c.markCell !== null && result?.kind === "mark" && !result.absent && result.value !== null && typedMark(report, c) === null;
  });
}

/**
 * The step whose button is the pane's one primary action: what a teacher does next on an evaluation day.
 * Nothing read yet: recognise. Marks to write: write them. In a workbook, the class summary once. A
 * finished step stops being primary; nothing left: no primary button at all.
 */
export function nextStep(state: Pick<PaneState, "report" | "done" | "synthesis">, report: WorkbookReport | null, host: "excel" | "word" | "demo"): StepId | null {
  if (!state.report || !report) return "recognize";
  if (!report.grid) return null;
  if (marksToWrite(report)) return host === "word" ? "write-mark" : "write";
  if (host !== "word" && report.candidates.length > 0 && !state.done.includes("synthesis")) return "synthesis";
  return null;
}
