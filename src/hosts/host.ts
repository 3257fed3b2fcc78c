import type { Locale } from "../core/i18n/locale";
import type { ApplyResult } from "../recognition/plans/gate";
import type { DocumentSnapshot } from "../recognition/document/snapshot";
import type { WritePlan } from "../recognition/plans/plan";
import type { LastWrite } from "../recognition/plans/undo";
import type { WorkbookSnapshot } from "../recognition/snapshot/workbook";
import type { BindingMap } from "../recognition/workbook/binding-map";

export type { ApplyResult } from "../recognition/plans/gate";

/**
 * The port every host implements (Excel, Word, the browser demo): take one snapshot, apply one plan,
 * point at a cell, keep the binding map. The task pane talks to nothing else, so it runs the same
 * in Excel, in Word and in a plain page.
 */
export interface Host {
  readonly kind: "excel" | "word" | "demo";
  /** Office's display language (or the browser's), for the pane's strings. */
  readonly locale: Locale;
  /** The whole document as plain data, in as few round trips as the host allows. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * Applies a plan the teacher saw in the preview and confirmed, through the gate (against the last
   * snapshot read), in one batch; refuses whole (no partial write) when something stands in the way.
   */
  applyPlan(plan: WritePlan): Promise<ApplyResult>;
  /** Selects a location given as `'Sheet'!A1` (a finding's `at`), so the teacher sees it. */
  select(location: string): Promise<void>;
  /** The selected cell as `'Sheet'!A1`, or null (to rebind an item to the cell the teacher picked). */
  selection(): Promise<string | null>;
  /** Stores the binding map in the document, so it survives closing the file. */
  saveBindingMap(map: BindingMap): Promise<void>;
  /** The last write of marks kept in the document (« Annuler la dernière écriture »), or null. A host without it offers no undo. */
  readLastWrite?(): Promise<LastWrite | null>;
  /** Keeps the last write in the document until the next one (null: forgets it). */
  saveLastWrite?(write: LastWrite | null): Promise<void>;
  /**
   * A location as the teacher finds it in the document, in the host's language (« tableau 2, ligne 5,
   * colonne 3 »). Workbook hosts have none: `'Sheet'!A1` speaks for itself.
   */
  describe?(at: string): string;
}

/**
 * A host over a Word document (Office.js Word, the demo's simulated document): the pane's Word flow
 * reads the document itself (paragraphs, tables, content controls) and recognises it as pseudo-sheets,
 * whose cells `describe` turns back into places in the document.
 */
export interface DocumentHost extends Host {
  readonly kind: "word";
  /** Reads the document (and keeps it: `describe`, `select` and plans are relative to the last read). */
  readDocument(): Promise<{ document: DocumentSnapshot }>;
  describe(at: string): string;
  /** Whether the cursor is inside a table, where Grille does not insert a grid; a host that cannot tell has none. */
  cursorInTable?(): Promise<boolean>;
}

export function isDocumentHost(host: Host): host is DocumentHost {
  return host.kind === "word" && typeof (host as Partial<DocumentHost>).readDocument === "function";
}
