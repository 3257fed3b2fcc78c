import type { Locale } from "../../core/i18n/locale";
import { PREVIEWED } from "../../recognition/plans/consent";
import { gate, refusedResult, type ApplyResult } from "../../recognition/plans/gate";
import type { WritePlan } from "../../recognition/plans/plan";
import { sameSheetName } from "../../recognition/plans/sheet-names";
import { applyPlanToSnapshot } from "../../recognition/snapshot/apply-plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { BindingMap } from "../../recognition/workbook/binding-map";
import type { Host } from "../host";
import { copy, DemoStore, initialLocale, type DemoStoreOptions } from "./demo-store";
import { cellKey, formatSelection, parseLocation, type DemoSelection } from "./location";

export type DemoHostOptions = DemoStoreOptions;

/** What a plan just changed: the view highlights it and announces it. */
export interface DemoApplied {
  /** Keys (`cellKey`) of the cells written. */
  cells: string[];
  /** Sheets added or replaced whole. */
  sheets: string[];
}

export type DemoEvent =
  | { kind: "applied"; applied: DemoApplied }
  | { kind: "selected"; selection: DemoSelection }
  | { kind: "binding-map" }
  | { kind: "locale"; locale: Locale };

/**
 * Everything the view shows, replaced (never mutated) on each change, so that React's
 * `useSyncExternalStore(host.subscribe, host.getState)` sees each change.
 */
export interface DemoState {
  readonly workbook: WorkbookSnapshot;
  readonly selection: DemoSelection | null;
  /** Cells written by plans since the workbook was loaded (`cellKey`). */
  readonly changedCells: ReadonlySet<string>;
  /** Sheets added by plans since the workbook was loaded. */
  readonly addedSheets: ReadonlySet<string>;
  /** The last plan applied, with a counter so that the same numbers twice are announced twice. */
  readonly lastApplied: (DemoApplied & { count: number }) | null;
  readonly locale: Locale;
}

export type DemoListener = (event: DemoEvent) => void;

const isFormula = (value: unknown): boolean => typeof value === "object" && value !== null && "formula" in value;

/**
 * The in-memory host of the browser demo: the task pane runs on it exactly as in Excel, over a
 * workbook held as a snapshot. There is no formula engine: a formula cell keeps the result the plan
 * (or the sample) gave it, and is listed in `formulaCells` so that Grille never writes over it.
 */
export class DemoHost extends DemoStore<DemoState, DemoEvent> implements Host {
  readonly kind = "demo" as const;

  constructor(workbook: WorkbookSnapshot, options: DemoHostOptions = {}) {
    super(
      {
        workbook: copy(workbook),
        selection: null,
        changedCells: new Set(),
        addedSheets: new Set(),
        lastApplied: null,
        locale: initialLocale(options),
      },
      options,
    );
  }

  /** Cells written by plans since the workbook was loaded (`cellKey`: `Sheet!D12`). */
  get changedCells(): ReadonlySet<string> {
    return this.state.changedCells;
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    await this.pause();
    return copy(this.state.workbook);
  }

  /**
   * Applies the plan whole, or refuses it whole with the gate's reasons, as the Excel host does: a
   * non-empty cell is replaced only when it still holds what the preview showed (`previous`).
   */
  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    await this.pause();
    const workbook = this.state.workbook;
    const verdict = gate(plan, workbook, PREVIEWED);
    if (!verdict.ok) return refusedResult(verdict);
    const changes = [...verdict.changes];
    const next = applyPlanToSnapshot(workbook, { changes });
    const applied: DemoApplied = { cells: [], sheets: [] };
    const changedCells = new Set(this.state.changedCells);
    const addedSheets = new Set(this.state.addedSheets);
    for (const change of changes) {
      if (change.kind === "cell") {
        const key = cellKey(change.sheet, change.address);
        changedCells.add(key);
        applied.cells.push(key);
        if (isFormula(change.value)) this.markFormula(next, change.sheet, change.address);
      } else if (change.kind === "sheet") {
        const name = change.sheet.name;
        for (const key of [...changedCells]) if (key.startsWith(`${name}!`)) changedCells.delete(key);
        addedSheets.add(name);
        applied.sheets.push(name);
        const formulas = change.sheet.cells.filter((c) => isFormula(c.value)).map((c) => c.address);
        const sheet = next.sheets.find((s) => s.name === name);
        if (sheet && formulas.length > 0) sheet.formulaCells = formulas;
      }
    }
    this.applyCount++;
    this.update({ workbook: next, changedCells, addedSheets, lastApplied: { ...applied, count: this.applyCount } }, { kind: "applied", applied });
    return { ok: true, written: changes.length };
  }

  /** Selects a cell, a range or a sheet (its A1); rejects a location that names no sheet of the workbook. */
  async select(location: string): Promise<void> {
    await this.pause();
    this.show(location);
  }

  /**
   * `select` at once, without the latency: the teacher clicking in the workbook view is not a call
   * from the pane. Throws on a location that names no sheet of the workbook.
   */
  show(location: string): void {
    const parsed = parseLocation(location);
    const sheet = parsed ? this.sheet(parsed.sheet) : undefined;
    if (!parsed || !sheet) throw new Error(`Grille (démo) : emplacement inconnu « ${location} »`);
    const selection: DemoSelection = { sheet: sheet.name, range: parsed.range };
    this.update({ selection }, { kind: "selected", selection });
  }

  async selection(): Promise<string | null> {
    await this.pause();
    return this.state.selection ? formatSelection(this.state.selection) : null;
  }

  async saveBindingMap(map: BindingMap): Promise<void> {
    await this.pause();
    this.update({ workbook: { ...this.state.workbook, bindingMap: copy(map) } }, { kind: "binding-map" });
  }

  private sheet(name: string): SheetSnapshot | undefined {
    return this.state.workbook.sheets.find((s) => sameSheetName(s.name, name));
  }

  private markFormula(workbook: WorkbookSnapshot, sheetName: string, address: string): void {
    const sheet = workbook.sheets.find((s) => s.name === sheetName);
    const plain = address.replace(/\$/g, "").toUpperCase();
    if (sheet && !sheet.formulaCells?.includes(plain)) sheet.formulaCells = [...(sheet.formulaCells ?? []), plain];
  }
}
