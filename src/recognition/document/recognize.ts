import type { CompiledGrid } from "../../core/model/compile";
import { text, type Text } from "../../core/i18n/locale";
import { markPlan, type MarkPlan } from "../plans/marks";
import { parseA1, type CellValue } from "../snapshot/cells";
import { cellAt, type WorkbookSnapshot } from "../snapshot/workbook";
import { parseBindingMap, type BindingMap } from "../workbook/binding-map";
import { recognizeWorkbook, type RecognizeOptions } from "../workbook/recognize";
import { gridsForFile, storedGridFiles, withStoredGrids } from "../workbook/stored-grids";
import type { WorkbookReport } from "../workbook/report";
import type { DocumentSnapshot } from "./snapshot";
import { bindingMapFromTags } from "./tags";
import { documentToSheet, type DocumentLayout } from "./to-sheet";

/**
 * A document recognised like a workbook: its pseudo-sheets, the binding map that applies (stored by
 * Grille and still fitting the document, else the tagged content controls', else none: detection), and
 * the report recognizeWorkbook gives.
 */

/** What Grille stores in a document's custom XML part: the map and the structure it was made on. */
export interface StoredDocumentBinding {
  format: "grille-document-binding";
  version: 1;
  /** DocumentLayout.fingerprint when the map was saved: rows move when the document changes. */
  fingerprint: string;
  map: BindingMap;
}

export function storedDocumentBinding(layout: DocumentLayout, map: BindingMap): StoredDocumentBinding {
  return { format: "grille-document-binding", version: 1, fingerprint: layout.fingerprint, map };
}

/** The stored map, when it was saved on a document of the same structure; null otherwise. */
export function storedMapFor(layout: DocumentLayout, raw: unknown): BindingMap | null {
  if (typeof raw !== "object" || raw === null) return null;
  const stored = raw as Partial<StoredDocumentBinding>;
  if (stored.format !== "grille-document-binding" || stored.fingerprint !== layout.fingerprint) return null;
  return parseBindingMap(stored.map);
}

export type BindingSource = "stored" | "tags" | "detection";

export interface DocumentWorkbook {
  snapshot: WorkbookSnapshot;
  layout: DocumentLayout;
  source: BindingSource;
}

const gridsOf = (options: RecognizeOptions, stored: unknown): readonly CompiledGrid[] => (options.forcedGrid ? [options.forcedGrid] : (options.grids ?? gridsForFile(stored)));

/** The document as a workbook snapshot for recognizeWorkbook, with the binding map that applies. */
export function documentWorkbook(doc: DocumentSnapshot, options: RecognizeOptions = {}): DocumentWorkbook {
  const layout = documentToSheet(doc);
  const grids = gridsOf(options, doc.bindingMap);
  const storedGrids = storedGridFiles(doc.bindingMap);
  const usable = (map: BindingMap | null) => (map && grids.some((g) => g.grid.id === map.gridId) ? map : null);
  const stored = usable(storedMapFor(layout, doc.bindingMap));
  const tagged = stored ? null : usable(bindingMapFromTags(layout, doc.contentControls, grids));
  const map = stored ?? tagged;
  const snapshot: WorkbookSnapshot = { sheets: layout.sheets, names: [] };
  // The grids the teacher kept in the document go with the map (or alone), so recognition finds them.
  if (map) snapshot.bindingMap = withStoredGrids(map, storedGrids);
  else if (storedGrids.length > 0) snapshot.bindingMap = { grids: storedGrids };
  return { snapshot, layout, source: stored ? "stored" : tagged ? "tags" : "detection" };
}

export interface DocumentRecognition extends DocumentWorkbook {
  report: WorkbookReport;
}

/** Recognises a document: the same report as for a workbook, its `at`s being pseudo-sheet cells that `layout` describes. */
export function recognizeDocument(doc: DocumentSnapshot, options: RecognizeOptions = {}): DocumentRecognition {
  const workbook = documentWorkbook(doc, options);
  return { ...workbook, report: recognizeWorkbook(workbook.snapshot, { ...options, container: "document" }) };
}

/** A pseudo-sheet cell's value as read. */
export const documentCell =
  (snapshot: WorkbookSnapshot) =>
  (sheet: string, address: string): CellValue => {
    const found = snapshot.sheets.find((s) => s.name === sheet);
    const at = parseA1(address);
    return found && at ? cellAt(found, at.row, at.col) : null;
  };

/**
 * The proposed marks, written into each candidate's mark placeholder (a table cell, or the value between
 * « Note … : » and « / 20 »). As in a workbook: a typed mark that differs is listed, never overwritten;
 * a mark place the document cannot take is skipped with why.
 */
export function documentMarkPlan(recognition: DocumentRecognition): MarkPlan {
  const marks = markPlan(recognition.report, documentCell(recognition.snapshot));
  const skipped = [...marks.skipped];
  const changes = marks.plan.changes.filter((change) => {
    if (change.kind !== "cell") return true;
    const location = recognition.layout.locate(`'${change.sheet.replace(/'/g, "''")}'!${change.address}`);
    if (location && (location.kind === "table" || location.part === "value")) return true;
    const candidate = recognition.report.candidates.find((c) => c.markCell?.sheet === change.sheet && c.markCell.address === change.address);
    if (candidate) skipped.push({ candidate, reason: noPlaceText });
    return false;
  });
  return { ...marks, plan: { changes }, skipped };
}

const noPlaceText: Text = text(
  "La place de la note n'a pas été trouvée dans le document (ni cellule, ni « Note : … / 20 »)",
  "The place of the mark was not found in the document (no cell, no « Note : … / 20 »)",
);
