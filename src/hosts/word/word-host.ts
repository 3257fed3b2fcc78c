/// <reference types="office-js" />
import { localeFromLanguageTag, type Locale } from "../../core/i18n/locale";
import { storedDocumentBinding, documentWorkbook } from "../../recognition/document/recognize";
import type { DocumentSnapshot } from "../../recognition/document/snapshot";
import type { DocumentLayout } from "../../recognition/document/to-sheet";
import { gateDocument } from "../../recognition/document/edits";
import { PREVIEWED } from "../../recognition/plans/consent";
import type { ApplyResult } from "../../recognition/plans/gate";
import type { WritePlan } from "../../recognition/plans/plan";
import { qualified } from "../../recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { BindingMap } from "../../recognition/workbook/binding-map";
import { BINDING_NAMESPACE, bindingMapXml } from "../excel/binding-xml";
import type { Host } from "../host";
import { readLastWrite, saveLastWrite } from "../excel/last-write-store";
import type { LastWrite } from "../../recognition/plans/undo";
import { applyDocumentPlan, wordErrorText } from "./apply";
import { wordFeatures, type WordEnv } from "./env";
import { readDocumentSnapshot, type WordHandles } from "./read";

/** Word.run, or a fake of it in tests. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** The last document read: what the pane's locations and the host's writes are relative to. */
export interface WordState {
  document: DocumentSnapshot;
  layout: DocumentLayout;
  snapshot: WorkbookSnapshot;
  handles: WordHandles;
}

const normal = (s: string) => s.replace(/\s+/g, " ").trim();

/** What a plan that only inserts grids is applied against: nothing read. */
function emptyState(name: string): WordState {
  const document: DocumentSnapshot = { name, blocks: [], contentControls: [] };
  const { layout, snapshot } = documentWorkbook(document);
  return { document, layout, snapshot, handles: { paragraphs: [], tables: [] } };
}

/**
 * The Office.js Word host: the pane talks to it as to the Excel host. The document is read as
 * pseudo-sheets (documentToSheet), so `readSnapshot` gives a workbook snapshot that recognition reads
 * as any other; locations are pseudo-sheet cells (`'rapport.docx'!C14`), which `describe` turns into
 * « tableau 1, ligne 7, colonne 4 » and `select` into a selection in Word.
 */
export class WordHost implements Host {
  readonly kind = "word" as const;
  readonly locale: Locale;
  private state: WordState | null = null;
  /** Without custom XML parts (WordApi < 1.4), a saved map lasts for the session. */
  private sessionMap: unknown;
  /** Without document settings, the last write lasts for the session. */
  private sessionLastWrite: LastWrite | null = null;

  constructor(
    private readonly env: WordEnv,
    private readonly run: WordRun,
  ) {
    this.locale = localeFromLanguageTag(env.displayLanguage);
  }

  /** The document as read last (null before the first read). */
  get current(): WordState | null {
    return this.state;
  }

  /** Reads the document (at most 2 round trips) and keeps it, for writes, selections and descriptions. */
  async readDocument(): Promise<WordState> {
    const features = wordFeatures(this.env);
    const read = await this.run((context) => readDocumentSnapshot(context, { name: this.env.documentName ?? "Document", customXml: features.customXml }));
    const document = read.snapshot;
    if (document.bindingMap === undefined && this.sessionMap !== undefined) document.bindingMap = this.sessionMap;
    const { layout, snapshot } = documentWorkbook(document);
    this.state = { document, layout, snapshot, handles: read.handles };
    return this.state;
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return (await this.readDocument()).snapshot;
  }

  /** « tableau 2, ligne 5, colonne 3 » for a finding's `at`, in the pane's language. */
  describe(at: string): string {
    return this.state ? this.state.layout.describe(at)[this.locale] : at;
  }

  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    // Inserting a grid needs no reading: one round trip.
    const insertsOnly = plan.changes.every((c) => c.kind === "insert-table");
    const state = insertsOnly ? (this.state ?? emptyState(this.env.documentName ?? "Document")) : (this.state ?? (await this.readDocument()));
    const verdict = gateDocument(plan, state.layout, PREVIEWED);
    const result = await this.run((context) => applyDocumentPlan(context, verdict, { layout: state.layout, handles: state.handles, controls: state.document.contentControls }));
    // Cells and paragraphs moved or changed: the next call reads the document again.
    if (result.ok) this.state = null;
    return result;
  }

  async select(at: string): Promise<void> {
    const state = this.state ?? (await this.readDocument());
    const location = state.layout.locate(at);
    if (!location) return;
    await this.run(async (context) => {
      let paragraph = context.document.body.paragraphs.getFirst();
      const index = location.kind === "table" ? state.handles.tables[location.table - 1]! : state.handles.paragraphs[location.paragraph - 1]!;
      for (let i = 0; i < index; i++) paragraph = paragraph.getNext();
      if (location.kind === "table") paragraph.parentTable.getCell(location.row - 1, location.cell - 1).body.select("Select");
      else paragraph.select("Select");
      await context.sync();
    });
  }

  /** The selected table cell (or form line) as a pseudo-sheet cell, when Grille can tell which it is. */
  async selection(): Promise<string | null> {
    const state = this.state ?? (await this.readDocument());
    try {
      return await this.run(async (context) => {
        const selection = context.document.getSelection();
        // cellIndex and nestingLevel are Word scalars (numbers) missing from the plugin's list of Office properties, which only knows Excel's.
        // eslint-disable-next-line office-addins/no-navigational-load
        const cell = selection.parentTableCellOrNullObject.load("rowIndex,cellIndex");
        // eslint-disable-next-line office-addins/no-navigational-load
        const table = selection.parentTableOrNullObject.load("values,nestingLevel");
        const paragraph = selection.paragraphs.getFirst().load("text,tableNestingLevel");
        await context.sync();
        if (!cell.isNullObject && !table.isNullObject && table.nestingLevel === 1) {
          const texts = normal(table.values.flat().join("|"));
          const matches = state.document.blocks.filter((b) => b.kind === "table" && normal(b.rows.flatMap((r) => r.cells.map((c) => c.text)).join("|")) === texts);
          if (matches.length !== 1 || matches[0]!.kind !== "table") return null;
          const at = state.layout.addressOf({ kind: "table", table: matches[0]!.index, row: cell.rowIndex + 1, cell: cell.cellIndex + 1 });
          return at ? qualified(at.sheet, at.address) : null;
        }
        if (paragraph.tableNestingLevel !== 0) return null;
        const matches = state.document.blocks.filter((b) => b.kind === "paragraph" && normal(b.text) === normal(paragraph.text));
        if (matches.length !== 1 || matches[0]!.kind !== "paragraph") return null;
        const at = state.layout.addressOf({ kind: "paragraph", paragraph: matches[0]!.index });
        return at ? qualified(at.sheet, at.address) : null;
      });
    } catch (error) {
      // Reading a vertically merged cell's index can fail in Word: no selection Grille can name.
      wordErrorText(error);
      return null;
    }
  }

  /** Whether the cursor (the selection) is inside a table: Grille inserts a grid after a paragraph, never in a cell. One round trip. */
  async cursorInTable(): Promise<boolean> {
    return this.run(async (context) => {
      const table = context.document.getSelection().parentTableOrNullObject.load("nestingLevel");
      await context.sync();
      return !table.isNullObject;
    });
  }

  /** The last write of marks, from the document's settings (they travel with the file). */
  async readLastWrite(): Promise<LastWrite | null> {
    return this.env.settings ? readLastWrite(this.env.settings) : this.sessionLastWrite;
  }

  async saveLastWrite(write: LastWrite | null): Promise<void> {
    this.sessionLastWrite = write;
    if (this.env.settings) await saveLastWrite(this.env.settings, write);
  }

  /**
   * Stores the map in a custom XML part (WordApi 1.4), with the structure of the document it was made
   * on: the map is used again only while the document keeps that structure (rows move in a document).
   */
  async saveBindingMap(map: BindingMap): Promise<void> {
    const state = this.state ?? (await this.readDocument());
    const stored = storedDocumentBinding(state.layout, map);
    this.sessionMap = stored;
    if (!wordFeatures(this.env).customXml) return;
    await this.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(BINDING_NAMESPACE).load("items/id");
      await context.sync();
      for (const part of parts.items) part.delete();
      context.document.customXmlParts.add(bindingMapXml(stored));
      await context.sync();
    });
  }
}
