import { assess, text, type CompiledGrid, type Evaluation } from "../../../src/core";
import type { CandidateReport, WorkbookReport } from "../../../src/recognition/workbook/report";

/** A candidate as the workbook reader would report them: one sheet each, the mark cell in C34. */
export function aCandidate(compiled: CompiledGrid, sheet: string, evaluation: Evaluation, options: { row?: number; markCell?: string | null } = {}): CandidateReport {
  const name = evaluation.fields["candidate"]?.value;
  const markCell = options.markCell === undefined ? "C34" : options.markCell;
  return {
    sheet,
    row: options.row ?? null,
    name: typeof name === "string" ? name : null,
    evaluation,
    assessment: assess(compiled, evaluation),
    markCell: markCell === null ? null : { sheet, address: markCell },
    sheets: [sheet],
  };
}

export function aReport(compiled: CompiledGrid | null, candidates: CandidateReport[], extra: Partial<WorkbookReport> = {}): WorkbookReport {
  return {
    grid: compiled,
    layout: "sheet-per-candidate",
    confidence: 0.95,
    candidates,
    templates: [],
    ignored: [],
    bindings: [],
    ...extra,
  };
}

export const ignored = (sheet: string, fr: string, en: string) => ({ sheet, reason: text(fr, en) });
