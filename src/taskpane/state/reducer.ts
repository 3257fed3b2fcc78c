import type { Text } from "../../core/i18n/locale";
import type { CompiledGrid } from "../../core/model/compile";
import type { DocumentRecognition } from "../../recognition/document/recognize";
import type { WritePlan } from "../../recognition/plans/plan";
import type { LastWrite } from "../../recognition/plans/undo";
import type { SheetBinding } from "../../recognition/sheet/binding";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { WorkbookReport } from "../../recognition/workbook/report";
import { gridName } from "../../referentials/grid-name";
import type { MessageKey, Params } from "../i18n";
import { forGrid } from "../i18n/nouns";
import type { BindingTarget } from "./rebind";

/**
 * Every place of the pane that can hold a notice or an error: the steps of both paths (paths.tsx says
 * which path shows which). An entry added to the pane adds its id here.
 */
export type StepId = "recognize" | "binding" | "check" | "marks" | "write" | "undo" | "synthesis" | "new-grid" | "write-mark" | "insert-grid" | "commission";

/** Where the pane moves keyboard focus after an action: its result, never the top of the page. */
export type FocusTarget = "recognition" | "notice" | "error" | "synthesis-preview" | "undo-preview";

/** What the pane is waiting for: one thing at a time, every action button is disabled meanwhile. */
export type Busy = "recognize" | "load-grid" | "rebind" | "save-binding" | "write" | "undo" | "synthesis" | "apply-synthesis" | "new-grid" | "insert-grid" | "keep-grid";

/** A catalogue message with its parameters, translated when rendered. */
export interface PaneMessage {
  key: MessageKey;
  params?: Params;
}

/** An error in the teacher's language, with the details a host or a grid file gave (core texts or French lines). */
export interface PaneError {
  message: PaneMessage;
  details: (Text | string)[];
  /** The step that shows it, next to the action that failed; none: the bar at the top of the pane. */
  step?: StepId;
}

export interface PaneState {
  busy: Busy | null;
  error: PaneError | null;
  /** The last success, shown in the step that produced it. */
  notice: { step: StepId; message: PaneMessage } | null;
  /** What the live region says; `id` changes with every announcement. */
  announcement: { message: PaneMessage; id: number } | null;
  snapshot: WorkbookSnapshot | null;
  report: WorkbookReport | null;
  /** In Word: the document as recognised (its layout turns pseudo-sheet cells into places in the document). */
  document: DocumentRecognition | null;
  /** The grid the teacher imposed (built-in or their own JSON); null: detection. */
  forcedGrid: CompiledGrid | null;
  /** The teacher's grid file that was refused, and why (French messages of the core). */
  rejectedGrid: { fileName: string; errors: string[] } | null;
  bindingSheet: string | null;
  bindingTarget: BindingTarget | null;
  /** Bindings corrected by the teacher and not yet saved, by sheet. */
  bindingEdits: Readonly<Record<string, SheetBinding>>;
  /** The teacher is moving away from corrections not yet saved: the pane asks to save or discard them first. */
  leaving: boolean;
  progress: { done: number; total: number } | null;
  /** The synthesis plan, prepared and shown before it is applied. */
  synthesis: WritePlan | null;
  /** Steps whose action succeeded since the pane opened: a finished step stops offering the primary button. */
  done: readonly StepId[];
  /** Where focus goes after the last action; `id` changes with every move. */
  focus: { target: FocusTarget; id: number } | null;
  /** The last write of marks as kept in the document, for « Annuler la dernière écriture »; null: nothing to undo. */
  lastWrite: LastWrite | null;
}

export const initialPaneState: PaneState = {
  busy: null,
  error: null,
  notice: null,
  announcement: null,
  snapshot: null,
  report: null,
  document: null,
  forcedGrid: null,
  rejectedGrid: null,
  bindingSheet: null,
  bindingTarget: null,
  bindingEdits: {},
  leaving: false,
  progress: null,
  synthesis: null,
  done: [],
  focus: null,
  lastWrite: null,
};

export type PaneAction =
  | { type: "started"; busy: Busy }
  | { type: "failed"; error: PaneError }
  | { type: "idle" }
  | { type: "recognised"; snapshot: WorkbookSnapshot; report: WorkbookReport; announce: boolean; document?: DocumentRecognition }
  | { type: "grid-forced"; grid: CompiledGrid | null }
  | { type: "grid-rejected"; fileName: string; errors: string[] }
  | { type: "binding-sheet-chosen"; sheet: string }
  | { type: "binding-target-chosen"; target: BindingTarget }
  | { type: "rebound"; bindings: readonly SheetBinding[]; message: PaneMessage }
  | { type: "bindings-dropped"; message?: PaneMessage }
  | { type: "leave-asked" }
  | { type: "leave-settled" }
  | { type: "progress"; done: number; total: number }
  | { type: "synthesis-prepared"; plan: WritePlan }
  | { type: "applied"; step: StepId; message: PaneMessage }
  | { type: "last-write"; write: LastWrite | null }
  | { type: "error-dismissed" };

const focus = (state: PaneState, target: FocusTarget): PaneState["focus"] => ({ target, id: (state.focus?.id ?? 0) + 1 });
const finished = (state: PaneState, step: StepId): readonly StepId[] => (state.done.includes(step) ? state.done : [...state.done, step]);

const announce = (state: PaneState, message: PaneMessage): PaneState["announcement"] => ({ message, id: (state.announcement?.id ?? 0) + 1 });

function recognitionMessage(report: WorkbookReport): PaneMessage {
  return report.grid
    ? { key: forGrid("announce.recognised", report.grid), params: { title: gridName(report.grid.grid), count: report.candidates.length } }
    : { key: "announce.nothing" };
}

/** The pane's state machine: pure, so that every transition is tested without a DOM. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "started":
      return { ...state, busy: action.busy, error: null, notice: null, progress: null };
    case "failed":
      return { ...state, busy: null, progress: null, error: action.error, announcement: announce(state, action.error.message), focus: focus(state, "error") };
    case "idle":
      return { ...state, busy: null, progress: null };
    case "recognised": {
      const sheets = action.report.bindings.map((b) => b.sheet);
      const bindingSheet = state.bindingSheet !== null && sheets.includes(state.bindingSheet) ? state.bindingSheet : (sheets[0] ?? null);
      return {
        ...state,
        busy: null,
        progress: null,
        snapshot: action.snapshot,
        report: action.report,
        document: action.document ?? null,
        rejectedGrid: null,
        bindingSheet,
        bindingTarget: null,
        bindingEdits: editsStillBound(state, action.report),
        synthesis: null,
        announcement: action.announce ? announce(state, recognitionMessage(action.report)) : state.announcement,
        ...(action.announce && { done: finished(state, "recognize"), focus: focus(state, "recognition") }),
      };
    }
    case "grid-forced":
      return { ...state, forcedGrid: action.grid, rejectedGrid: null };
    case "grid-rejected":
      return {
        ...state,
        busy: null,
        rejectedGrid: { fileName: action.fileName, errors: action.errors },
        announcement: announce(state, { key: "recognize.rejected", params: { name: action.fileName, count: action.errors.length } }),
      };
    case "binding-sheet-chosen":
      return { ...state, bindingSheet: action.sheet, bindingTarget: null };
    case "binding-target-chosen":
      return { ...state, bindingTarget: action.target };
    case "rebound":
      return {
        ...state,
        busy: null,
        bindingEdits: { ...state.bindingEdits, ...Object.fromEntries(action.bindings.map((b) => [b.sheet, b])) },
        announcement: announce(state, action.message),
      };
    case "bindings-dropped":
      return { ...state, bindingEdits: {}, bindingTarget: null, ...(action.message && { announcement: announce(state, action.message) }) };
    case "leave-asked":
      return { ...state, leaving: true };
    case "leave-settled":
      return { ...state, leaving: false };
    case "progress":
      return { ...state, progress: { done: action.done, total: action.total } };
    case "synthesis-prepared":
      return { ...state, busy: null, progress: null, synthesis: action.plan, focus: focus(state, "synthesis-preview") };
    case "applied":
      return {
        ...state,
        notice: { step: action.step, message: action.message },
        announcement: announce(state, action.message),
        done: finished(state, action.step),
        focus: focus(state, "notice"),
      };
    case "last-write":
      return { ...state, lastWrite: action.write };
    case "error-dismissed":
      return { ...state, error: null };
  }
}

/**
 * The corrections not yet saved that still apply once the file is read again (after a write of marks, a
 * synthesis): those of sheets still bound to the same grid. Dropping them is the teacher's choice only.
 */
function editsStillBound(state: PaneState, report: WorkbookReport): PaneState["bindingEdits"] {
  const edits = Object.values(state.bindingEdits);
  if (edits.length === 0) return state.bindingEdits;
  const bound = new Set(report.bindings.map((b) => `${b.gridId}\u0000${b.sheet}`));
  return Object.fromEntries(edits.filter((b) => bound.has(`${b.gridId}\u0000${b.sheet}`)).map((b) => [b.sheet, b]));
}

/** How many corrections are not yet saved (one per sheet corrected). */
export const pendingCorrections = (state: Pick<PaneState, "bindingEdits">): number => Object.keys(state.bindingEdits).length;

/** The bindings as the pane shows and saves them: the detected ones, with the teacher's corrections. */
export function currentBindings(state: Pick<PaneState, "report" | "bindingEdits">): SheetBinding[] {
  return (state.report?.bindings ?? []).map((b) => state.bindingEdits[b.sheet] ?? b);
}
