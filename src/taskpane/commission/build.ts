import type { Locale } from "../../core/i18n/locale";
import { commissionDocx } from "../../hosts/ooxml/commission-package";
import { commissionSheets, type CommissionSheet } from "../../recognition/document/commission";
import type { WritePlan } from "../../recognition/plans/plan";
import type { WorkbookReport } from "../../recognition/workbook/report";
import { nextTick } from "../state/chunks";

/**
 * The pane's side of « Fiches pour la commission »: the same pure sheets and the same .docx bytes as
 * `grille export`, built candidate by candidate so a class moves a progress bar.
 */

export async function buildSheets(
  report: WorkbookReport,
  locale: Locale,
  describe: ((at: string) => string) | null,
  onProgress: (done: number, total: number) => void,
): Promise<CommissionSheet[]> {
  const options = { locale, ...(describe && { describe }) };
  // One candidate at a time, yielding between two so the progress bar moves; file names are not used in the pane.
  const sheets: CommissionSheet[] = [];
  onProgress(0, report.candidates.length);
  for (const candidate of report.candidates) {
    await nextTick();
    sheets.push(commissionSheets({ ...report, candidates: [candidate] }, options)[0]!);
    onProgress(sheets.length, report.candidates.length);
  }
  return sheets;
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The class's document as a Blob to download. */
export async function commissionBlob(sheets: readonly CommissionSheet[], title: string): Promise<Blob> {
  const bytes = await commissionDocx(sheets, title);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE });
}

/** Word: every sheet inserted at the end of the document, each starting a new page under its candidate's heading. */
export function insertPlan(sheets: readonly CommissionSheet[], sheet: string): WritePlan {
  return {
    changes: sheets.flatMap((s) => [
      ...s.grids.map((table, i) => ({ kind: "insert-table" as const, sheet, table, ...(i === 0 && { heading: s.candidate }), position: "end" as const, pageBreakBefore: true })),
      { kind: "insert-table" as const, sheet, table: s.proposal, position: "end" as const },
    ]),
  };
}

/** Starts the browser's download of `blob` under `name`; returns the object URL (for a link to download it again). */
export function download(blob: Blob, name: string, previous: string | null): string {
  if (previous) URL.revokeObjectURL(previous);
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  return url;
}
