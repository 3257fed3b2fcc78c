import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Locale } from "../../core/i18n/locale";
import type { CompiledGrid } from "../../core/model/compile";
import type { GridFile } from "../../core/model/grid";
import { isDocumentHost, type Host } from "../../hosts/host";
import type { WritePlan } from "../../recognition/plans/plan";
import { lastWriteOf, undoPlan } from "../../recognition/plans/undo";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { WorkbookReport } from "../../recognition/workbook/report";
import { loadEngine, loadWordEngine, type Engine } from "../engine/load";
import type { MessageKey, Params } from "../i18n";
import { nextTick } from "./chunks";
import { nextStep } from "./next";
import { currentBindings, initialPaneState, paneReducer, pendingCorrections, type Busy, type PaneState, type StepId } from "./reducer";
import { parseReference, rebind, type BindingTarget } from "./rebind";
import { splitQualified } from "../../recognition/snapshot/cells";

/** The choice of a grid stored in the file, as the grid chooser names it (built-in grids go by their id). */
export const FILE_GRID = "file:";

export interface PaneActions {
  /** Reads the workbook and recognises it (with the imposed grid, if any). */
  recognise(): Promise<void>;
  /** Imposes a built-in grid, or a grid stored in the file (`file:<id>`), and recognises again (null: back to detection). */
  chooseBuiltInGrid(id: string | null): Promise<void>;
  /** Reads a teacher's grid file; if valid, imposes it and recognises again. */
  loadCustomGrid(file: Blob & { name: string }): Promise<void>;
  /** Points at a location in the document (a finding's `at`, a bound cell). */
  select(location: string): Promise<void>;
  /** Shows another sheet's binding (asking first when corrections are not saved). */
  chooseBindingSheet(sheet: string): void;
  /** Picks an item or field to bind again, and shows its cell. */
  chooseBindingTarget(target: BindingTarget, location: string | null): Promise<void>;
  /**
   * Binds the picked item or field to the cell selected in the document (same sheet), and on the sheets
   * `alike` (built like it) to the same cell; refused, with why, when a cell cannot hold it.
   */
  rebindToSelection(alike?: readonly string[]): Promise<void>;
  /** Stores the bindings in the document, then recognises again (the stored map wins). */
  saveBinding(): Promise<void>;
  /** Runs `then` (leaving the corrections' step) at once, or once the teacher has saved or discarded the corrections not yet saved. */
  leaveCorrections(then: () => void): void;
  /** The teacher's answer about the corrections not yet saved: save or discard them and go on, or stay. */
  settleLeave(choice: "save" | "discard" | "stay"): Promise<void>;
  /** CQP: writes the chair's synthesis (a previewed plan), then reads the workbook again. */
  writePanelSynthesis(plan: WritePlan): Promise<void>;
  /** Applies the marks plan in one batch, keeps what it replaced in the document (for undo), then reads and checks the workbook again. */
  writeMarks(plan: WritePlan): Promise<void>;
  /** Puts back what the last write replaced, in one batch (refused whole if a cell changed since), then forgets it. */
  undoLastWrite(): Promise<void>;
  /** Reads the workbook again and computes the synthesis, candidate by candidate. */
  prepareSynthesis(): Promise<void>;
  applySynthesis(): Promise<void>;
  addNewGrid(gridId: string, candidates: string[]): Promise<void>;
  /** Word: inserts a grid at the cursor (one plan with an insert-table change), refused when the cursor is in a table; then reads the document again. */
  insertGrid(plan: WritePlan): Promise<void>;
  dismissError(): void;
  /** Keeps a grid the teacher confirmed (learned, or a built-in grid's variant) in the document, then recognises again with it. */
  keepGrid(file: GridFile): Promise<void>;
  /** The cells selected in the document (`'Sheet'!B7:E7`), or null. */
  readSelection(): Promise<string | null>;
}

export interface Pane {
  state: PaneState;
  /** The report as recognised from the file (the CQP chair's synthesis included). */
  report: WorkbookReport | null;
  /** The engine once loaded (always, once there is a report). */
  engine: Engine | null;
  /** The built-in grids; empty until the engine is loaded. */
  grids: readonly CompiledGrid[];
  /** The grids stored in the file (learned, or a variant), listed after the built-in ones; chosen as `file:<id>`. */
  fileGrids: readonly CompiledGrid[];
  actions: PaneActions;
  /** What the pane runs on: Word shows the Word flow. */
  hostKind: Host["kind"];
  /** A location as the teacher finds it in the document (« tableau 2, ligne 5 »), when the host can say; null in a workbook. */
  describe: ((at: string) => string) | null;
  /** The step whose button is the one primary action now (state/next.ts); null: none. */
  primary: StepId | null;
}

const message = (key: MessageKey, params?: Params) => (params ? { key, params } : { key });

/** The names asked for a new grid that a sheet of the workbook already has (Excel compares sheet names without case). */
export function takenSheetNames(names: readonly string[], sheets: readonly string[]): string[] {
  const existing = new Set(sheets.map((s) => s.toLocaleLowerCase("fr")));
  return names.filter((n) => existing.has(n.toLocaleLowerCase("fr")));
}

/** A file's text (FileReader where Blob.text is missing). */
export function readText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsText(file);
  });
}

const detail = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The pane's state and what it can do, over the Host port only: the components get data and callbacks,
 * never the host. Every async action sets `busy`, and turns an exception into a message.
 */
export function usePaneState(host: Host, locale: Locale): Pane {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const [engine, setEngine] = useState<Engine | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  /** What the teacher was about to do when asked about corrections not yet saved. */
  const leaveRef = useRef<{ busy: Busy; work: (engine: Engine) => Promise<void> } | null>(null);

  useEffect(() => {
    let live = true;
    loadEngine().then(
      (loaded) => live && setEngine(() => loaded),
      (error: unknown) => live && dispatch({ type: "failed", error: { message: message("error.unexpected", { detail: detail(error) }), details: [] } }),
    );
    return () => {
      live = false;
    };
  }, []);

  const run = useCallback(async (busy: Busy, work: (engine: Engine) => Promise<void>) => {
    if (stateRef.current.busy !== null) return;
    stateRef.current = { ...stateRef.current, busy };
    dispatch({ type: "started", busy });
    try {
      await work(await loadEngine());
    } catch (error) {
      dispatch({ type: "failed", error: { message: message("error.unexpected", { detail: detail(error) }), details: [] } });
    }
  }, []);

  const actions = useMemo<PaneActions>(() => {
    const recogniseWith = async (engine: Engine, snapshot: WorkbookSnapshot | null, forced: CompiledGrid | null, announce: boolean) => {
      if (isDocumentHost(host)) {
        // A Word document: read as it is (tables, paragraphs, content controls), recognised as pseudo-sheets.
        const [word, read] = await Promise.all([loadWordEngine(), host.readDocument()]);
        await nextTick();
        const recognition = word.recognise(read.document, forced);
        dispatch({ type: "recognised", snapshot: recognition.snapshot, report: recognition.report, announce, document: recognition });
        return;
      }
      const read = snapshot ?? (await host.readSnapshot());
      await nextTick();
      dispatch({ type: "recognised", snapshot: read, report: engine.recognise(read, forced), announce });
    };

    const applyThenRecheck = async (
      engine: Engine,
      plan: WritePlan,
      step: StepId,
      done: (written: number) => { key: MessageKey; params?: Params },
      errorStep?: StepId,
      kept?: (plan: WritePlan) => Promise<void>,
    ) => {
      const result = await host.applyPlan(plan);
      if (!result.ok) {
        const refused = isDocumentHost(host) ? "error.documentRefused" : "error.applyRefused";
        dispatch({ type: "failed", error: { message: message(refused), details: result.errors, ...(errorStep && { step: errorStep }) } });
        return;
      }
      await kept?.(plan);
      dispatch({ type: "applied", step, message: done(result.written) });
      await recogniseWith(engine, null, stateRef.current.forcedGrid, false);
    };

    const select = async (location: string) => {
      try {
        await host.select(location);
      } catch (error) {
        // Named as the teacher finds it: « tableau 2, ligne 5 », « Léa Martin, cellule C35 ».
        const { sheet, address } = splitQualified(location);
        const failed = host.describe
          ? message("error.select", { place: host.describe(location), detail: detail(error) })
          : sheet === null
            ? message("error.select", { place: location, detail: detail(error) })
            : message("error.selectCell", { sheet, cell: address, detail: detail(error) });
        dispatch({ type: "failed", error: { message: failed, details: [] } });
      }
    };

    /** Stores the bindings as corrected (the grids kept in the file stay), then reads the file again: the stored map wins. */
    const storeCorrections = async (engine: Engine, saved?: () => void) => {
      const current = stateRef.current;
      if (!current.report?.grid) return;
      await host.saveBindingMap(engine.bindingMapOf(current.report.grid.grid.id, currentBindings(current), current.snapshot?.bindingMap));
      dispatch({ type: "bindings-dropped" });
      saved?.();
      await recogniseWith(engine, null, current.forcedGrid, false);
    };

    /** Runs an action that reads the file again, once the teacher has saved or discarded the corrections not yet saved. */
    const guarded = (busy: Busy, work: (engine: Engine) => Promise<void>): Promise<void> => {
      if (pendingCorrections(stateRef.current) === 0) return run(busy, work);
      leaveRef.current = { busy, work };
      dispatch({ type: "leave-asked" });
      return Promise.resolve();
    };

    /** A move in the pane itself (closing the step, another sheet): no busy state of its own. */
    const leave = (then: () => void) => {
      if (pendingCorrections(stateRef.current) === 0) return then();
      leaveRef.current = {
        busy: "save-binding",
        work: async () => {
          then();
          dispatch({ type: "idle" });
        },
      };
      dispatch({ type: "leave-asked" });
    };

    /** Keeps what a write replaced in the document, until the next write; a host that cannot keep it keeps it for the session. */
    const keepLastWrite = async (plan: WritePlan) => {
      const write = lastWriteOf(plan, new Date());
      dispatch({ type: "last-write", write });
      await host.saveLastWrite?.(write).catch(() => undefined);
    };

    return {
      recognise: () =>
        guarded("recognize", async (engine) => {
          const kept = host.readLastWrite ? await host.readLastWrite().catch(() => null) : stateRef.current.lastWrite;
          dispatch({ type: "last-write", write: kept });
          await recogniseWith(engine, null, stateRef.current.forcedGrid, true);
        }),
      chooseBuiltInGrid: (id) =>
        guarded("recognize", async (engine) => {
          const stored = id?.startsWith(FILE_GRID) ? id.slice(FILE_GRID.length) : null;
          const grid =
            id === null
              ? null
              : stored !== null
                ? (engine.storedGrids(stateRef.current.snapshot?.bindingMap).find((g) => g.grid.id === stored) ?? null)
                : (engine.grids().find((g) => g.grid.id === id) ?? null);
          dispatch({ type: "grid-forced", grid });
          await recogniseWith(engine, null, grid, true);
        }),
      loadCustomGrid: (file) =>
        guarded("load-grid", async (engine) => {
          const parsed = engine.parseGrid(await readText(file));
          if (!parsed.ok) {
            dispatch({ type: "grid-rejected", fileName: file.name, errors: parsed.errors });
            return;
          }
          dispatch({ type: "grid-forced", grid: parsed.grid });
          await recogniseWith(engine, null, parsed.grid, true);
        }),
      select,
      chooseBindingSheet: (sheet) => leave(() => dispatch({ type: "binding-sheet-chosen", sheet })),
      chooseBindingTarget: async (target, location) => {
        dispatch({ type: "binding-target-chosen", target });
        if (location !== null) await select(location);
      },
      rebindToSelection: (alike = []) =>
        run("rebind", async (engine) => {
          const current = stateRef.current;
          const { bindingTarget, bindingSheet } = current;
          const bindings = currentBindings(current);
          const binding = bindings.find((b) => b.sheet === bindingSheet);
          const grid = current.report?.grid;
          if (!bindingTarget || !binding || !grid) return dispatch({ type: "idle" });
          const selection = await host.selection();
          const reference = selection === null ? null : parseReference(selection);
          if (selection === null || reference === null) {
            const key = selection === null ? "binding.noSelection" : "binding.badSelection";
            return dispatch({ type: "failed", error: { message: message(key, { selection: selection ?? "" }), details: [] } });
          }
          if (reference.sheet !== binding.sheet) {
            const wrong = message("binding.otherSheet", { selected: reference.sheet, cell: reference.address, sheet: binding.sheet });
            return dispatch({ type: "failed", error: { message: wrong, details: [], step: "binding" } });
          }
          const name = engine.targetName(grid, bindingTarget);
          // The same cell on every sheet built alike; refused whole if one of them cannot hold it.
          const rebound: typeof bindings = [];
          for (const before of [binding, ...bindings.filter((b) => b.sheet !== binding.sheet && alike.includes(b.sheet))]) {
            const after = rebind(before, bindingTarget, reference.address);
            const sheet = current.snapshot?.sheets.find((s) => s.name === before.sheet);
            const refusal = sheet ? engine.refusedTarget(sheet, grid, before, after, bindingTarget) : null;
            if (refusal) {
              const refused = message(`binding.refused.${refusal.reason}`, { sheet: before.sheet, cell: refusal.cell, text: refusal.text, name });
              return dispatch({ type: "failed", error: { message: refused, details: [], step: "binding" } });
            }
            rebound.push(after);
          }
          const done =
            rebound.length > 1
              ? message("binding.reboundAlike", { name, cell: reference.address, count: rebound.length })
              : message("binding.rebound", { name, cell: reference.address });
          dispatch({ type: "rebound", bindings: rebound, message: done });
        }),
      saveBinding: () =>
        run("save-binding", async (engine) => {
          if (!stateRef.current.report?.grid) return dispatch({ type: "idle" });
          await storeCorrections(engine, () => dispatch({ type: "applied", step: "binding", message: message("binding.saved") }));
        }),
      leaveCorrections: leave,
      settleLeave: async (choice) => {
        const next = leaveRef.current;
        leaveRef.current = null;
        dispatch({ type: "leave-settled" });
        if (!next || choice === "stay") return;
        await run(next.busy, async (engine) => {
          if (choice === "save") await storeCorrections(engine);
          else dispatch({ type: "bindings-dropped", message: message("binding.discarded") });
          await next.work(engine);
        });
      },
      writePanelSynthesis: (plan) => run("write", (engine) => applyThenRecheck(engine, plan, "marks", (written) => message("panelSynthesis.done", { count: written }))),
      writeMarks: (plan) =>
        run("write", (engine) =>
          isDocumentHost(host)
            ? applyThenRecheck(engine, plan, "write-mark", (written) => message("wordWrite.done", { count: written }), undefined, keepLastWrite)
            : applyThenRecheck(engine, plan, "write", (written) => message("write.done", { count: written }), undefined, keepLastWrite),
        ),
      undoLastWrite: () =>
        run("undo", async (engine) => {
          const last = stateRef.current.lastWrite;
          if (!last) return dispatch({ type: "idle" });
          const step = isDocumentHost(host) ? "write-mark" : "write";
          await applyThenRecheck(engine, undoPlan(last), step, (written) => message("undo.done", { count: written }), undefined, async () => {
            dispatch({ type: "last-write", write: null });
            await host.saveLastWrite?.(null).catch(() => undefined);
          });
        }),
      prepareSynthesis: () =>
        run("synthesis", async (engine) => {
          const snapshot = await host.readSnapshot();
          await nextTick();
          const report = engine.recognise(snapshot, stateRef.current.forcedGrid);
          const plan = engine.synthesisPlan(report, { existingSheets: snapshot.sheets.map((s) => s.name), locale });
          dispatch({ type: "recognised", snapshot, report, announce: false });
          dispatch({ type: "synthesis-prepared", plan });
        }),
      applySynthesis: () =>
        run("apply-synthesis", async (engine) => {
          const plan = stateRef.current.synthesis;
          if (!plan) return dispatch({ type: "idle" });
          const sheet = plan.changes[0]?.kind === "sheet" ? plan.changes[0].sheet.name : "";
          await applyThenRecheck(engine, plan, "synthesis", () => message("synthesis.done", { sheet }));
        }),
      addNewGrid: (gridId, candidates) =>
        run("new-grid", async (engine) => {
          const grid = engine.grids().find((g) => g.grid.id === gridId);
          if (!grid) return dispatch({ type: "idle" });
          const snapshot = await host.readSnapshot();
          const taken = takenSheetNames(candidates, snapshot.sheets.map((s) => s.name));
          if (taken.length > 0) {
            return dispatch({ type: "failed", error: { message: message("newGrid.taken", { names: taken.join(", "), count: taken.length }), details: [], step: "new-grid" } });
          }
          const plan = engine.newGridPlan(grid, { candidates, existingSheets: snapshot.sheets.map((s) => s.name), existingNames: snapshot.names.map((n) => n.name) });
          await applyThenRecheck(engine, plan, "new-grid", () => message("newGrid.done", { count: plan.changes.length }));
        }),
      insertGrid: (plan) =>
        run("insert-grid", async (engine) => {
          if (isDocumentHost(host) && host.cursorInTable && (await host.cursorInTable())) {
            return dispatch({ type: "failed", error: { message: message("insert.inTable"), details: [], step: "insert-grid" } });
          }
          await applyThenRecheck(engine, plan, "insert-grid", () => message("insert.done"), "insert-grid");
        }),
      dismissError: () => dispatch({ type: "error-dismissed" }),
      keepGrid: (file) =>
        guarded("keep-grid", async (engine) => {
          await host.saveBindingMap(engine.mapWithGrid(stateRef.current.snapshot?.bindingMap, file));
          dispatch({ type: "grid-forced", grid: null });
          dispatch({ type: "applied", step: "recognize", message: message("learn.kept") });
          await recogniseWith(engine, null, null, true);
        }),
      readSelection: () => host.selection(),
    };
  }, [host, locale, run]);

  const report = state.report;
  const grids = useMemo(() => engine?.grids() ?? [], [engine]);
  const storedMap = state.snapshot?.bindingMap;
  const fileGrids = useMemo(() => engine?.storedGrids(storedMap) ?? [], [engine, storedMap]);
  const describe = useMemo(() => (host.describe ? (at: string) => host.describe!(at) : null), [host]);
  const primary = useMemo(() => nextStep(state, report, host.kind), [state, report, host.kind]);
  return { state, report, engine, grids, fileGrids, actions, hostKind: host.kind, describe, primary };
}
