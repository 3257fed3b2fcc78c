/// <reference types="office-js" />
import { localeFromLanguageTag, type Locale } from "../../core/i18n/locale";
import { PREVIEWED } from "../../recognition/plans/consent";
import { gate, type ApplyResult } from "../../recognition/plans/gate";
import type { WritePlan } from "../../recognition/plans/plan";
import { qualified } from "../../recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { BindingMap } from "../../recognition/workbook/binding-map";
import type { Host } from "../host";
import { parseLocation, splitSheet } from "./addresses";
import { applyPlan } from "./apply";
import { saveBindingMap } from "./binding-store";
import { readLastWrite, saveLastWrite } from "./last-write-store";
import type { LastWrite } from "../../recognition/plans/undo";
import { isOfficeError, officeErrorText, SHEET_TRACE } from "./errors";
import { officeEnv, type OfficeEnv } from "./office-env";
import { readWorkbookSnapshot } from "./read";

/** Runs a batch against Excel: `Excel.run` in the add-in, a fake context in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What `excelRun` needs of the global `Excel`. */
export interface ExcelRunner {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * `Excel.run` that waits while the teacher is typing in a cell (`delayForCellEdit`) instead of failing,
 * where Excel supports it; elsewhere the batch fails and the teacher is told to confirm the cell.
 */
export const excelRun =
  (excel: ExcelRunner = Excel): ExcelRun =>
  (batch) =>
    excel.run({ delayForCellEdit: true }, batch);

/**
 * The Excel host: reads the open workbook as a snapshot (2 syncs), applies plans (1 sync, more only
 * past 4 MB), selects cells, stores the binding map. It keeps the last snapshot: a plan is checked
 * against what the teacher saw; after a plan is applied the next one is checked against a fresh read.
 */
export class ExcelHost implements Host {
  readonly kind = "excel" as const;
  readonly locale: Locale;
  private last: WorkbookSnapshot | null = null;

  constructor(
    private readonly run: ExcelRun = excelRun(),
    private readonly env: OfficeEnv = officeEnv(),
  ) {
    this.locale = localeFromLanguageTag(env.displayLanguage);
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const snapshot = await this.run((context) => readWorkbookSnapshot(context, this.env));
    this.last = snapshot;
    return snapshot;
  }

  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    const snapshot = this.last ?? (await this.readSnapshot());
    const verdict = gate(plan, snapshot, PREVIEWED);
    const result = await this.run((context) => applyPlan(context, verdict, snapshot, this.env));
    if (result.ok && plan.changes.length > 0) this.last = null;
    return result;
  }

  /** Activates the sheet and selects the range, in one sync; a sheet gone since is said in French. */
  async select(location: string): Promise<void> {
    const target = parseLocation(location);
    if (!target) return;
    try {
      await this.run(async (context) => {
        const sheets = context.workbook.worksheets;
        const ws = target.sheet === null ? sheets.getActiveWorksheet() : sheets.getItem(target.sheet);
        ws.activate();
        ws.getRange(target.address).select();
        await context.sync();
      });
    } catch (error) {
      if (!isOfficeError(error)) throw error;
      const about = { code: error.code, message: error.message, traceMessages: [SHEET_TRACE + (target.sheet ?? "")] };
      throw new Error(officeErrorText(about)[this.locale]);
    }
  }

  /** The active cell as 'Sheet'!A1, or null when Excel has none to give (a chart is selected…). */
  async selection(): Promise<string | null> {
    try {
      return await this.run(async (context) => {
        const cell = context.workbook.getActiveCell().load("address");
        await context.sync();
        const { sheet, address } = splitSheet(cell.address);
        return sheet === null ? null : qualified(sheet, address.replace(/\$/g, ""));
      });
    } catch (error) {
      if (isOfficeError(error)) return null;
      throw error;
    }
  }

  /** The last write of marks, from the workbook's settings (they travel with the file). */
  async readLastWrite(): Promise<LastWrite | null> {
    return readLastWrite(this.env.settings);
  }

  async saveLastWrite(write: LastWrite | null): Promise<void> {
    await saveLastWrite(this.env.settings, write);
  }

  /** Stores the map (custom XML part, settings, names); Excel's refusal rejects with its French text. */
  async saveBindingMap(map: BindingMap): Promise<void> {
    const result = await this.run((context) => saveBindingMap(context, map, this.env));
    if (!result.ok) throw new Error(result.errors.map((e) => e[this.locale]).join("\n"));
    if (this.last) this.last = { ...this.last, bindingMap: map };
  }
}
