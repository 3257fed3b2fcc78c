import { text } from "../../src/core/i18n/locale";
import type { SheetBinding } from "../../src/recognition/sheet/binding";
import type { WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import { currentBindings, initialPaneState, paneReducer, pendingCorrections, type PaneAction, type PaneState } from "../../src/taskpane/state/reducer";
import { aReport } from "../recognition/plans/report";
import { grid } from "../support/evaluation-builder";

const snapshot: WorkbookSnapshot = { sheets: [], names: [] };
const e31 = grid("agora-e31");

function binding(sheet: string): SheetBinding {
  return { sheet, gridId: "agora-e31", layout: "sheet", confidence: 0.9, header: null, items: {}, fields: {}, panel: null, flags: {}, missing: { items: [], fields: [] }, notes: [] };
}

const run = (...actions: PaneAction[]): PaneState => actions.reduce(paneReducer, initialPaneState);

describe("paneReducer", () => {
  it("starts idle, with nothing read", () => {
    expect(initialPaneState).toMatchObject({ busy: null, error: null, report: null, snapshot: null });
  });

  it("is busy with one thing, and clears the last error and notice when it starts", () => {
    const failed = run({ type: "failed", error: { message: { key: "error.unexpected", params: { detail: "x" } }, details: [] } });
    const state = paneReducer({ ...failed, notice: { step: "write", message: { key: "write.done" } } }, { type: "started", busy: "write" });
    expect(state).toMatchObject({ busy: "write", error: null, notice: null });
  });

  it("a failure ends the work, keeps the error and announces it", () => {
    const error = { message: { key: "error.applyRefused" as const }, details: [text("Feuille protégée", "Protected sheet")] };
    const state = run({ type: "started", busy: "write" }, { type: "failed", error });
    expect(state.busy).toBeNull();
    expect(state.error).toEqual(error);
    expect(state.announcement).toEqual({ message: error.message, id: 1 });
  });

  it("recognition stores the report, picks the first bound sheet and announces the grid and the candidates", () => {
    const report = aReport(e31, [], { bindings: [binding("Alice"), binding("Bruno")] });
    const state = run({ type: "started", busy: "recognize" }, { type: "recognised", snapshot, report, announce: true });
    expect(state).toMatchObject({ busy: null, report, snapshot, bindingSheet: "Alice" });
    expect(state.announcement?.message).toEqual({ key: "announce.recognised", params: { title: "Bac Pro AGOrA — E31", count: 0 } });
  });

  it("says when nothing was recognised, and stays quiet on a re-check after writing", () => {
    const nothing = aReport(null, [], { layout: "none", confidence: 0 });
    expect(run({ type: "recognised", snapshot, report: nothing, announce: true }).announcement?.message).toEqual({ key: "announce.nothing" });
    const applied = run({ type: "applied", step: "write", message: { key: "write.done", params: { count: 2 } } });
    const rechecked = paneReducer(applied, { type: "recognised", snapshot, report: nothing, announce: false });
    expect(rechecked.announcement).toEqual(applied.announcement);
    expect(rechecked.notice).toEqual({ step: "write", message: { key: "write.done", params: { count: 2 } } });
  });

  it("keeps the chosen binding sheet across a re-recognition, and the unsaved corrections of sheets still bound to the grid", () => {
    const report = aReport(e31, [], { bindings: [binding("Alice"), binding("Bruno")] });
    let state = run({ type: "recognised", snapshot, report, announce: false }, { type: "binding-sheet-chosen", sheet: "Bruno" });
    state = paneReducer(state, { type: "binding-target-chosen", target: { kind: "field", id: "candidate" } });
    state = paneReducer(state, { type: "rebound", bindings: [{ ...binding("Bruno"), confidence: 1 }], message: { key: "binding.rebound" } });
    expect(currentBindings(state).map((b) => b.confidence)).toEqual([0.9, 1]);
    expect(pendingCorrections(state)).toBe(1);
    // Read again after a write of marks: the correction is still pending, not silently dropped.
    state = paneReducer(state, { type: "recognised", snapshot, report, announce: false });
    expect(state.bindingSheet).toBe("Bruno");
    expect(state.bindingTarget).toBeNull();
    expect(currentBindings(state).map((b) => b.confidence)).toEqual([0.9, 1]);
    // Bruno's sheet gone from the file: its correction has nothing left to apply to.
    const alone = paneReducer(state, { type: "recognised", snapshot, report: aReport(e31, [], { bindings: [binding("Alice")] }), announce: false });
    expect(alone.bindingEdits).toEqual({});
    // Dropped only by the teacher's choice, and said.
    const dropped = paneReducer(state, { type: "bindings-dropped", message: { key: "binding.discarded" } });
    expect(pendingCorrections(dropped)).toBe(0);
    expect(dropped.announcement?.message).toEqual({ key: "binding.discarded" });
  });

  it("a correction carried to the sheets built alike is pending on each; asking to leave and settling toggle the question", () => {
    const report = aReport(e31, [], { bindings: [binding("Alice"), binding("Bruno"), binding("Chloé")] });
    let state = run({ type: "recognised", snapshot, report, announce: false });
    state = paneReducer(state, { type: "rebound", bindings: ["Alice", "Chloé"].map((s) => ({ ...binding(s), confidence: 1 })), message: { key: "binding.rebound" } });
    expect(currentBindings(state).map((b) => b.confidence)).toEqual([1, 0.9, 1]);
    expect(pendingCorrections(state)).toBe(2);
    state = paneReducer(state, { type: "leave-asked" });
    expect(state.leaving).toBe(true);
    expect(paneReducer(state, { type: "leave-settled" }).leaving).toBe(false);
  });

  it("choosing another sheet forgets the chosen item", () => {
    const state = run({ type: "binding-target-chosen", target: { kind: "item", id: "1.1" } }, { type: "binding-sheet-chosen", sheet: "Bruno" });
    expect(state).toMatchObject({ bindingSheet: "Bruno", bindingTarget: null });
  });

  it("reports progress, then the prepared synthesis", () => {
    let state = run({ type: "started", busy: "synthesis" }, { type: "progress", done: 10, total: 30 });
    expect(state.progress).toEqual({ done: 10, total: 30 });
    state = paneReducer(state, { type: "synthesis-prepared", plan: { changes: [] } });
    expect(state).toMatchObject({ busy: null, progress: null, synthesis: { changes: [] } });
  });

  it("a rejected grid file keeps its errors until the next recognition", () => {
    let state = run({ type: "started", busy: "load-grid" }, { type: "grid-rejected", fileName: "ma-grille.json", errors: ["grille.titre : texte vide"] });
    expect(state).toMatchObject({ busy: null, rejectedGrid: { fileName: "ma-grille.json", errors: ["grille.titre : texte vide"] } });
    state = paneReducer(state, { type: "grid-forced", grid: e31 });
    expect(state).toMatchObject({ forcedGrid: e31, rejectedGrid: null });
  });

  it("dismisses the error; announcement ids keep increasing", () => {
    const state = run(
      { type: "applied", step: "synthesis", message: { key: "synthesis.done", params: { sheet: "Synthèse" } } },
      { type: "failed", error: { message: { key: "error.unexpected" }, details: [] } },
      { type: "error-dismissed" },
    );
    expect(state.error).toBeNull();
    expect(state.announcement?.id).toBe(2);
  });
});
