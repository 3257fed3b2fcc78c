import type { Workbook } from "exceljs";
import type { CompiledGrid } from "../core/model/compile";
import { readDocx, type DocxDocument } from "../hosts/docx";
import { readXlsx } from "../hosts/xlsx";
import { problemText, type PackageProblem } from "../hosts/xlsx/package";
import { text, type Text } from "../core/i18n/locale";
import { recognizeDocument, type DocumentRecognition } from "../recognition/document/recognize";
import type { DocumentLayout } from "../recognition/document/to-sheet";
import type { WorkbookSnapshot } from "../recognition/snapshot/workbook";
import { recognizeWorkbook } from "../recognition/workbook/recognize";
import type { WorkbookReport } from "../recognition/workbook/report";
import { isDocumentPath } from "./files";
import type { InputError } from "./messages";

/** A workbook read from disk and recognised, or why it could not be read. */
export type OpenedWorkbook =
  | { ok: true; kind: "xlsx"; path: string; workbook: Workbook; snapshot: WorkbookSnapshot; report: WorkbookReport; problems: PackageProblem[]; macros: boolean }
  | { ok: false; path: string; error: InputError };

/** A Word document read from disk and recognised (as pseudo-sheets), or why it could not be read. */
export type OpenedDocument =
  | { ok: true; kind: "docx"; path: string; document: DocxDocument; recognition: DocumentRecognition; snapshot: WorkbookSnapshot; report: WorkbookReport }
  | { ok: false; path: string; error: InputError };

export type OpenedFile = OpenedWorkbook | OpenedDocument;

/**
 * What `check` keeps of a file: the report, without the workbook (a folder may hold many); for a Word
 * document, its layout too, which says « tableau 1, ligne 7, colonne 4 » for a pseudo-sheet cell.
 */
export type FileCheck =
  | {
      ok: true;
      path: string;
      report: WorkbookReport;
      document?: DocumentLayout;
      /** Workbooks: what was read differently or not at all (far cells, a missing sheet, a giant merge). */
      notes?: Text[];
      /** A sheet the file lists could not be read: the file counts as not read in full. */
      damaged?: boolean;
    }
  | { ok: false; path: string; error: InputError };

/** Reads then recognises a workbook; `onRead` learns the number of sheets in between (for the progress bar). */
export async function openWorkbook(filePath: string, forcedGrid: CompiledGrid | undefined, onRead?: (sheets: number) => void): Promise<OpenedWorkbook> {
  const read = await readXlsx(filePath);
  if (!read.ok) return { ok: false, path: filePath, error: read.error };
  onRead?.(read.snapshot.sheets.length);
  const report = recognizeWorkbook(read.snapshot, forcedGrid ? { forcedGrid } : {});
  return { ok: true, kind: "xlsx", path: filePath, workbook: read.workbook, snapshot: read.snapshot, report, problems: read.problems, macros: read.macros };
}

/** Reads then recognises a Word document. */
export async function openDocument(filePath: string, forcedGrid: CompiledGrid | undefined, onRead?: (tables: number) => void): Promise<OpenedDocument> {
  const read = await readDocx(filePath);
  if (!read.ok) return { ok: false, path: filePath, error: read.error };
  onRead?.(read.snapshot.blocks.filter((b) => b.kind === "table").length);
  const recognition = recognizeDocument(read.snapshot, forcedGrid ? { forcedGrid } : {});
  return { ok: true, kind: "docx", path: filePath, document: read.document, recognition, snapshot: recognition.snapshot, report: recognition.report };
}

/** A workbook or a Word document, by its extension (.docx, .doc… go to the Word reader). */
export const openFile = (filePath: string, forcedGrid: CompiledGrid | undefined, onRead?: (parts: number) => void): Promise<OpenedFile> =>
  isDocumentPath(filePath) ? openDocument(filePath, forcedGrid, onRead) : openWorkbook(filePath, forcedGrid, onRead);

export function fileCheck(opened: OpenedFile): FileCheck {
  if (!opened.ok) return opened;
  if (opened.kind === "docx") return { ok: true, path: opened.path, report: opened.report, document: opened.recognition.layout };
  const notes = [...opened.problems.map(problemText), ...farContentNotes(opened.snapshot)];
  return {
    ok: true,
    path: opened.path,
    report: opened.report,
    ...(notes.length > 0 && { notes }),
    ...(opened.problems.some((p) => p.kind === "missing-sheet") && { damaged: true }),
  };
}

/** Far cells a snapshot left out, one note per sheet: the teacher sees what Grille did not read. */
export function farContentNotes(snapshot: WorkbookSnapshot): Text[] {
  return snapshot.sheets.flatMap(({ name, farContent: far }) => {
    if (!far) return [];
    const where = `${far.ranges.join(", ")}${far.cells > far.ranges.length ? "…" : ""}`;
    return [
      text(
        `feuille « ${name} » : ${far.cells} cellule${far.cells > 1 ? "s" : ""} isolée${far.cells > 1 ? "s" : ""} loin du reste, non lue${far.cells > 1 ? "s" : ""} (${where})`,
        `sheet "${name}": ${far.cells} isolated cell${far.cells > 1 ? "s" : ""} far from the rest, not read (${where})`,
      ),
    ];
  });
}

/** A workbook with a blocking finding anywhere, or where no grid was recognised, needs the teacher. */
export function needsAttention(check: FileCheck): boolean {
  if (!check.ok) return false;
  return check.report.grid === null || check.report.candidates.some((c) => !c.assessment.complete);
}
