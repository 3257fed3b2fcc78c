import { text, type Locale } from "../../core/i18n/locale";
import { applyPlanToDocument } from "../../recognition/document/apply-document";
import { documentEdits, gateDocument, type DocumentEdit } from "../../recognition/document/edits";
import { documentWorkbook, storedDocumentBinding } from "../../recognition/document/recognize";
import type { Block, BlockLocation, DocumentSnapshot } from "../../recognition/document/snapshot";
import { documentToSheet, type DocumentLayout } from "../../recognition/document/to-sheet";
import { wordTableParts } from "../../recognition/document/word-table";
import type { WritePlan } from "../../recognition/plans/plan";
import { PREVIEWED } from "../../recognition/plans/consent";
import { refusedResult, type ApplyResult } from "../../recognition/plans/gate";
import { qualified } from "../../recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { BindingMap } from "../../recognition/workbook/binding-map";
import type { DocumentHost } from "../host";
import { copy, DemoStore, initialLocale, type DemoStoreOptions } from "./demo-store";

/**
 * The demo's Word host: the task pane's Word flow runs on it as in Word, over a document held as a
 * DocumentSnapshot. Plans go through applyPlanToDocument (the edits the Word adapters make), a grid is
 * inserted after the paragraph the simulated cursor is in, `select` highlights a table cell or a
 * paragraph (and puts the cursor there, as clicking in Word does), `describe` speaks of « tableau 2,
 * ligne 5 » through documentToSheet's layout.
 */

export interface DemoWordHostOptions extends DemoStoreOptions {
  /** Where the cursor is at first; null (the default): at the end of the document. */
  cursor?: BlockLocation | null;
}

/** What a plan just changed: the view marks it and announces it. */
export interface DemoDocumentApplied {
  /** Table cells written. */
  cells: number;
  /** Paragraphs whose placeholder was filled. */
  paragraphs: number;
  /** Grids inserted. */
  tables: number;
}

export type DemoWordEvent =
  | { kind: "applied"; applied: DemoDocumentApplied }
  | { kind: "selected"; selection: BlockLocation }
  | { kind: "binding-map" }
  | { kind: "locale"; locale: Locale };

export type DemoWordListener = (event: DemoWordEvent) => void;

/**
 * Everything the document view shows, replaced (never mutated) on each change, for
 * `useSyncExternalStore(host.subscribe, host.getState)`. Locations are in the document's current
 * numbering (1-based, as `describe` counts); the markers follow their blocks when a grid is inserted.
 */
export interface DemoWordState {
  readonly document: DocumentSnapshot;
  /** Where the cursor is: a paragraph (a grid goes after it) or a table cell (no grid goes there). Null: at the end. */
  readonly cursor: BlockLocation | null;
  /** What `select` (or a click in the view) highlighted. */
  readonly selection: BlockLocation | null;
  /** Written by plans since the document was loaded: `blockKey` of paragraphs and cells. */
  readonly changed: ReadonlySet<string>;
  /** Tables inserted by plans since the document was loaded: `t<n>`. */
  readonly inserted: ReadonlySet<string>;
  /** The column widths (% of the page's text width) of the inserted tables, by `t<n>`, as Word lays them out. */
  readonly widths: ReadonlyMap<string, readonly number[]>;
  /** The last plan applied, with a counter so that the same numbers twice are announced twice. */
  readonly lastApplied: (DemoDocumentApplied & { count: number }) | null;
  readonly locale: Locale;
}

/** The key of a paragraph (`p7`), a table (`t2`) or a table cell (`t2:r5:c3`, physical cell, 1-based) in the state's sets. */
export function blockKey(location: BlockLocation | { kind: "table"; table: number }): string {
  if (location.kind === "paragraph") return `p${location.paragraph}`;
  return "row" in location ? `t${location.table}:r${location.row}:c${location.cell}` : `t${location.table}`;
}

/**
 * Where each block of the document after a plan comes from: its index in the blocks before, or the
 * insert-table edit that put it there. Mirrors applyPlanToDocument: each grid (its Heading 1 if any, the
 * grid's blocks, an empty paragraph) goes right after the cursor's paragraph, or at the end.
 */
type Origin = { from: number } | { edit: DocumentEdit & { kind: "insert-table" }; kind: Block["kind"] };

function origins(before: readonly Block[], edits: readonly DocumentEdit[], selection: number | undefined): Origin[] {
  let out: Origin[] = before.map((_, from) => ({ from }));
  for (const edit of edits) {
    if (edit.kind !== "insert-table") continue;
    const parts = wordTableParts(edit.table).map((part): Block["kind"] => (part.kind === "table" ? "table" : "paragraph"));
    const kinds: Block["kind"][] = [...(edit.heading ? ["paragraph" as const] : []), ...parts, "paragraph"];
    const after = edit.position === "selection" ? (selection ?? null) : null;
    const cursor = after === null ? -1 : out.findIndex((o) => "from" in o && before[o.from]!.kind === "paragraph" && before[o.from]!.index === after);
    const at = cursor < 0 ? out.length : cursor + 1;
    out = [...out.slice(0, at), ...kinds.map((kind) => ({ edit, kind })), ...out.slice(at)];
  }
  return out;
}

/**
 * The in-memory Word host of the browser demo. There is no Word: the document is plain data, and what
 * a plan does to it is exactly what the Word adapters' edits (documentEdits) say.
 */
export class DemoWordHost extends DemoStore<DemoWordState, DemoWordEvent> implements DocumentHost {
  readonly kind = "word" as const;
  private laid: { document: DocumentSnapshot; layout: DocumentLayout } | null = null;

  constructor(document: DocumentSnapshot, options: DemoWordHostOptions = {}) {
    super(
      {
        document: copy(document),
        cursor: options.cursor ?? null,
        selection: null,
        changed: new Set(),
        inserted: new Set(),
        widths: new Map(),
        lastApplied: null,
        locale: initialLocale(options),
      },
      options,
    );
  }

  /** The document as it is now, laid out as pseudo-sheets (computed once per version of the document). */
  layout(): DocumentLayout {
    if (this.laid?.document !== this.state.document) this.laid = { document: this.state.document, layout: documentToSheet(this.state.document) };
    return this.laid.layout;
  }

  async readDocument(): Promise<{ document: DocumentSnapshot; layout: DocumentLayout; snapshot: WorkbookSnapshot }> {
    await this.pause();
    const document = copy(this.state.document);
    const { layout, snapshot } = documentWorkbook(document);
    return { document, layout, snapshot };
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return (await this.readDocument()).snapshot;
  }

  /** « tableau 1, ligne 5, colonne 2 » for a finding's `at`, in the host's language. */
  describe(at: string): string {
    return this.layout().describe(at)[this.state.locale];
  }

  async cursorInTable(): Promise<boolean> {
    await this.pause();
    return this.state.cursor?.kind === "table";
  }

  /**
   * Applies the plan whole, or refuses it whole with the reasons: a grid to insert while the cursor is
   * in a table; the gate's (a value that is no longer what the pane showed, a change a document cannot
   * take), as the Word host does.
   */
  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    await this.pause();
    const { document, cursor } = this.state;
    const layout = this.layout();
    if (cursor?.kind === "table" && plan.changes.some((c) => c.kind === "insert-table" && c.position === "selection")) {
      return {
        ok: false,
        errors: [
          text(
            `Le curseur est dans un tableau (${layout.describe(qualifiedCursor(layout, cursor)).fr}) : Grille n’insère pas de grille dans un tableau.`,
            `The cursor is inside a table (${layout.describe(qualifiedCursor(layout, cursor)).en}): Grille does not insert a grid into a table.`,
          ),
        ],
      };
    }
    const verdict = gateDocument(plan, layout, PREVIEWED);
    if (!verdict.ok) return refusedResult(verdict);
    const allowed = { changes: [...verdict.changes] };
    const planned = documentEdits(allowed, layout, document.contentControls);
    if (!planned.ok) return planned;
    const selection = cursor?.kind === "paragraph" ? cursor.paragraph : undefined;
    const result = applyPlanToDocument(document, allowed, selection === undefined ? {} : { selection });
    if (!result.ok) return result;

    const next = result.document;
    const from = origins(document.blocks, planned.edits, selection);
    const sameShape = from.length === next.blocks.length && from.every((f, i) => ("from" in f ? document.blocks[f.from]!.kind : f.kind) === next.blocks[i]!.kind);
    // Old numbers → new numbers, for the markers, the cursor and the selection.
    const paragraphs = new Map<number, number>();
    const tables = new Map<number, number>();
    const inserted = new Map<string, readonly number[]>();
    if (sameShape) {
      next.blocks.forEach((block, i) => {
        const origin = from[i]!;
        if (!("from" in origin)) {
          if (block.kind === "table") inserted.set(blockKey({ kind: "table", table: block.index }), origin.edit.table.columns);
          return;
        }
        const was = document.blocks[origin.from]!;
        if (was.kind === "paragraph") paragraphs.set(was.index, block.index);
        else tables.set(was.index, block.index);
      });
    }
    const move = (location: BlockLocation | null): BlockLocation | null => {
      if (!location || !sameShape) return null;
      if (location.kind === "paragraph") {
        const paragraph = paragraphs.get(location.paragraph);
        return paragraph === undefined ? null : { kind: "paragraph", paragraph };
      }
      const table = tables.get(location.table);
      return table === undefined ? null : { ...location, table };
    };
    const moveKey = (key: string): string | null => {
      const match = /^([pt])(\d+)(.*)$/.exec(key);
      if (!match) return null;
      const moved = (match[1] === "p" ? paragraphs : tables).get(Number(match[2]));
      return moved === undefined ? null : `${match[1]}${moved}${match[3]}`;
    };
    const keep = (keys: ReadonlySet<string>) => new Set([...keys].map((k) => (sameShape ? moveKey(k) : null)).filter((k): k is string => k !== null));

    const changed = keep(this.state.changed);
    const applied: DemoDocumentApplied = { cells: 0, paragraphs: 0, tables: 0 };
    for (const edit of planned.edits) {
      if (edit.kind === "cell") {
        applied.cells++;
        const table = sameShape ? tables.get(edit.table) : undefined;
        if (table !== undefined) changed.add(blockKey({ kind: "table", table, row: edit.row, cell: edit.cell }));
      } else if (edit.kind === "paragraph") {
        applied.paragraphs++;
        const paragraph = sameShape ? paragraphs.get(edit.paragraph) : undefined;
        if (paragraph !== undefined) changed.add(blockKey({ kind: "paragraph", paragraph }));
      } else applied.tables++;
    }
    this.applyCount++;
    this.update(
      {
        document: next,
        cursor: move(cursor),
        selection: move(this.state.selection),
        changed,
        inserted: new Set([...keep(this.state.inserted), ...inserted.keys()]),
        widths: new Map([
          ...[...this.state.widths].flatMap(([key, widths]) => {
            const moved = sameShape ? moveKey(key) : null;
            return moved === null ? [] : [[moved, widths] as const];
          }),
          ...inserted,
        ]),
        lastApplied: { ...applied, count: this.applyCount },
      },
      { kind: "applied", applied },
    );
    return { ok: true, written: planned.edits.length };
  }

  /** Selects a finding's place (`'doc.docx'!B9`): its table cell or its paragraph, and puts the cursor there. */
  async select(at: string): Promise<void> {
    await this.pause();
    const location = this.layout().locate(at);
    if (!location) throw new Error(`Grille (démo) : emplacement inconnu « ${at} »`);
    this.show(location.kind === "table" ? { kind: "table", table: location.table, row: location.row, cell: location.cell } : { kind: "paragraph", paragraph: location.paragraph });
  }

  /**
   * Puts the cursor and the highlight on a paragraph or a table cell at once, without the latency: the
   * teacher clicking in the document view is not a call from the pane. Throws on a place the document
   * does not have.
   */
  show(location: BlockLocation): void {
    const exists =
      location.kind === "paragraph"
        ? this.state.document.blocks.some((b) => b.kind === "paragraph" && b.index === location.paragraph)
        : this.state.document.blocks.some((b) => b.kind === "table" && b.index === location.table && b.rows[location.row - 1]?.cells[location.cell - 1] !== undefined);
    if (!exists) throw new Error(`Grille (démo) : emplacement inconnu (${blockKey(location)})`);
    this.update({ cursor: location, selection: location }, { kind: "selected", selection: location });
  }

  /** The cursor's place as a pseudo-sheet cell (`'doc.docx'!B9`), or null at the end of the document. */
  async selection(): Promise<string | null> {
    await this.pause();
    const cursor = this.state.cursor;
    if (!cursor) return null;
    const at = this.layout().addressOf(cursor);
    return at ? qualified(at.sheet, at.address) : null;
  }

  /** Stores the map in the document with its structure, as the Word host's custom XML part does. */
  async saveBindingMap(map: BindingMap): Promise<void> {
    await this.pause();
    this.update({ document: { ...this.state.document, bindingMap: storedDocumentBinding(this.layout(), copy(map)) } }, { kind: "binding-map" });
  }
}

/** The cursor's place as a pseudo-sheet reference, for `describe`. */
function qualifiedCursor(layout: DocumentLayout, cursor: BlockLocation): string {
  const at = layout.addressOf(cursor);
  return at ? qualified(at.sheet, at.address) : blockKey(cursor);
}
