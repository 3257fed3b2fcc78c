/// <reference types="office-js" />
import type { Text } from "../../core/i18n/locale";
import { foldSheetName } from "../../recognition/plans/sheet-names";
import { SHEET_TRACE } from "./errors";

/**
 * A plan becomes operations (each with its estimated request size), cut into batches that each fit in
 * one sync: Excel on the web refuses a request over 5 MB.
 */

/** Excel on the web refuses a request over 5 MB. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** What one sync may carry by Grille's estimate: well under the limit, estimates being rough. */
export const BATCH_BUDGET = 4 * 1024 * 1024;
/** The JSON one Office.js statement costs beyond its arguments (object path, action, ids): generous. */
export const STATEMENT_BYTES = 300;

/** Shared by the operations of one batch: the context, the sheets looked up or added, the read-backs. */
export class Batch {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private traced: string | null = null;
  readonly checks: (() => Text | null)[] = [];

  constructor(readonly context: Excel.RequestContext) {}

  /** Names what comes next, so that an error says which sheet or name Excel refused. */
  about(subject: string): void {
    if (this.traced === subject) return;
    this.context.trace(subject);
    this.traced = subject;
  }

  sheet(name: string): Excel.Worksheet {
    this.about(SHEET_TRACE + name);
    let ws = this.sheets.get(foldSheetName(name));
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(foldSheetName(name), ws);
    }
    return ws;
  }

  added(name: string, ws: Excel.Worksheet): void {
    this.sheets.set(foldSheetName(name), ws);
  }
}

/** One step of a plan: what it queues and about how many bytes of request it costs. */
export interface Op {
  bytes: number;
  queue(batch: Batch): void;
}

export const jsonSize = (value: unknown): number => JSON.stringify(value).length;

/** Ops in order, cut into batches of at most `budget` bytes each (an op is never split). */
export function batchesOf<T extends { bytes: number }>(ops: T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Each batch: calculation suspended, its ops queued, one sync, then its read-backs compared. */
export async function applyBatches(context: Excel.RequestContext, batches: Op[][], progress: { synced: number; mismatches: Text[] }): Promise<void> {
  const ops = batches[progress.synced];
  if (!ops) return;
  const batch = new Batch(context);
  context.application.suspendApiCalculationUntilNextSync();
  for (const op of ops) op.queue(batch);
  await context.sync();
  progress.synced++;
  for (const check of batch.checks) {
    const mismatch = check();
    if (mismatch) progress.mismatches.push(mismatch);
  }
  await applyBatches(context, batches, progress);
}

