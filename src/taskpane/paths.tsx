import { lazy, type ComponentType } from "react";
import type { Host } from "../hosts/host";
import type { MessageKey } from "./i18n";
import type { StepId } from "./state/reducer";
import type { Pane } from "./state/usePaneState";
import { CheckStep } from "./steps/CheckStep";
import { MarksStep } from "./steps/MarksStep";
import { RecognizeStep } from "./steps/RecognizeStep";

/** One entry of the pane: a title, and its body (loaded when first opened if it is lazy). */
export interface PaneEntry {
  id: StepId;
  title: MessageKey;
  View: ComponentType<{ pane: Pane }>;
}

/**
 * One of the pane's two paths: the evaluation days (recognise → check → mark → write → summary) and the
 * start of the year (new grids). `steps` are numbered and followed in order; `more` are the tools a
 * teacher opens now and then, unnumbered, under « Autres actions ». To plug an entry into the pane, add
 * it to the list where a teacher would look for it (one line), with its StepId in state/reducer.ts.
 */
export interface PanePath {
  id: "evaluate" | "prepare";
  label: MessageKey;
  /** One sentence under the path's tab: what it is for. */
  hint: MessageKey;
  steps: readonly PaneEntry[];
  more: readonly PaneEntry[];
}

/** The entries' views loaded when first opened: only they need a Suspense boundary (see `loadsLater`). */
const LOADED_LATER = new WeakSet<ComponentType<{ pane: Pane }>>();

/** A view whose code loads when it is first shown (React.lazy), known as such to `loadsLater`. */
function loadedLater(load: () => Promise<{ default: ComponentType<{ pane: Pane }> }>): ComponentType<{ pane: Pane }> {
  const View = lazy(load);
  LOADED_LATER.add(View);
  return View;
}

/**
 * Whether an entry's view loads when first shown, and so needs a Suspense boundary. The others render
 * without one: the demo's first screen, rendered at build time and hydrated in the browser, must hold no
 * boundary, or React hydrates it in several passes (see src/demo/prerender.tsx).
 */
export const loadsLater = (View: ComponentType<{ pane: Pane }>): boolean => LOADED_LATER.has(View);

/** The entries a teacher opens less often load when first opened (the first screen stays light). */
const BindingStep = loadedLater(() => import(/* webpackChunkName: "step-binding", webpackPrefetch: true */ "./steps/BindingStep").then((m) => ({ default: m.BindingStep })));
const WriteStep = loadedLater(() => import(/* webpackChunkName: "step-write", webpackPrefetch: true */ "./steps/WriteStep").then((m) => ({ default: m.WriteStep })));
const SynthesisStep = loadedLater(() => import(/* webpackChunkName: "step-synthesis", webpackPrefetch: true */ "./steps/SynthesisStep").then((m) => ({ default: m.SynthesisStep })));
const CommissionStep = loadedLater(() => import(/* webpackChunkName: "step-commission" */ "./commission/CommissionStep").then((m) => ({ default: m.CommissionStep })));
const NewGridStep = loadedLater(() => import(/* webpackChunkName: "step-new-grid", webpackPrefetch: true */ "./steps/NewGridStep").then((m) => ({ default: m.NewGridStep })));

/** The Word flow's own steps, in a chunk that Excel never loads. */
const WordRecognizeStep = loadedLater(() => import(/* webpackChunkName: "word-steps" */ "./word/WordRecognizeStep").then((m) => ({ default: m.WordRecognizeStep })));
const WordWriteStep = loadedLater(() => import(/* webpackChunkName: "word-steps" */ "./word/WordWriteStep").then((m) => ({ default: m.WordWriteStep })));
const InsertGridStep = loadedLater(() => import(/* webpackChunkName: "word-steps" */ "./word/InsertGridStep").then((m) => ({ default: m.InsertGridStep })));

/** A workbook: the evaluation days, then the start of the year. */
export const WORKBOOK_PATHS: readonly PanePath[] = [
  {
    id: "evaluate",
    label: "path.evaluate",
    hint: "path.evaluateHint",
    steps: [
      { id: "recognize", title: "step.recognize", View: RecognizeStep },
      { id: "check", title: "step.check", View: CheckStep },
      { id: "marks", title: "step.marks", View: MarksStep },
      { id: "write", title: "step.write", View: WriteStep },
      { id: "synthesis", title: "step.synthesis", View: SynthesisStep },
      { id: "commission", title: "step.commission", View: CommissionStep },
    ],
    more: [{ id: "binding", title: "step.binding", View: BindingStep }],
  },
  {
    id: "prepare",
    label: "path.prepare",
    hint: "path.prepareHint",
    steps: [{ id: "new-grid", title: "step.newGrid", View: NewGridStep }],
    more: [],
  },
];

/** A Word document: mark the document, or insert a grid into a report. */
export const DOCUMENT_PATHS: readonly PanePath[] = [
  {
    id: "evaluate",
    label: "path.wordEvaluate",
    hint: "path.wordEvaluateHint",
    steps: [
      { id: "recognize", title: "step.recognize", View: WordRecognizeStep },
      { id: "check", title: "step.check", View: CheckStep },
      { id: "marks", title: "step.marks", View: MarksStep },
      { id: "write-mark", title: "step.writeMark", View: WordWriteStep },
      { id: "commission", title: "step.commission", View: CommissionStep },
    ],
    more: [],
  },
  {
    id: "prepare",
    label: "path.wordPrepare",
    hint: "path.wordPrepareHint",
    steps: [{ id: "insert-grid", title: "step.insertGrid", View: InsertGridStep }],
    more: [],
  },
];

export const pathsOf = (host: Pick<Host, "kind">): readonly PanePath[] => (host.kind === "word" ? DOCUMENT_PATHS : WORKBOOK_PATHS);
