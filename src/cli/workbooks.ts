import type { Workbook } from "exceljs";
import type { CompiledGrid } from "../core/model/compile";
import { readXlsx, type ReadError } from "../hosts/xlsx";
import type { WorkbookSnapshot } from "../recognition/snapshot/workbook";
import { recognizeWorkbook } from "../recognition/workbook/recognize";
import type { WorkbookReport } from "../recognition/workbook/report";

/** A workbook read from disk and recognised, or why it could not be read. */
export type OpenedWorkbook =
  | { ok: true; path: string; workbook: Workbook; snapshot: WorkbookSnapshot; report: WorkbookReport }
  | { ok: false; path: string; error: ReadError };

/** What `check` keeps of a file: the report, without the workbook (a folder may hold many). */
export type FileCheck = { ok: true; path: string; report: WorkbookReport } | { ok: false; path: string; error: ReadError };

/** Reads then recognises a workbook; `onRead` learns the number of sheets in between (for the progress bar). */
export async function openWorkbook(filePath: string, forcedGrid: CompiledGrid | undefined, onRead?: (sheets: number) => void): Promise<OpenedWorkbook> {
  const read = await readXlsx(filePath);
  if (!read.ok) return { ok: false, path: filePath, error: read.error };
  onRead?.(read.snapshot.sheets.length);
  const report = recognizeWorkbook(read.snapshot, forcedGrid ? { forcedGrid } : {});
  return { ok: true, path: filePath, workbook: read.workbook, snapshot: read.snapshot, report };
}

export function fileCheck(opened: OpenedWorkbook): FileCheck {
  if (!opened.ok) return opened;
  return { ok: true, path: opened.path, report: opened.report };
}

/** A workbook with a blocking finding anywhere, or where no grid was recognised, needs the teacher. */
export function needsAttention(check: FileCheck): boolean {
  if (!check.ok) return false;
  return check.report.grid === null || check.report.candidates.some((c) => !c.assessment.complete);
}
