/// <reference types="office-js" />
import { text, type Text } from "../../core/i18n/locale";
import { refusedResult, type ApplyResult, type Gated } from "../../recognition/plans/gate";
import type { PlanChange, WritePlan } from "../../recognition/plans/plan";
import { foldSheetName, sameSheetName } from "../../recognition/plans/sheet-names";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import { applyBatches, BATCH_BUDGET, batchesOf, type Op } from "./batches";
import { cellOp, lookups, nameOp } from "./cell-ops";
import { officeErrorText } from "./errors";
import { newSheetOps } from "./new-sheet";
import { excelFeatures, officeEnv, type ExcelFeatures, type OfficeEnv } from "./office-env";
import { sheetPositions } from "./read";

export { BATCH_BUDGET, REQUEST_LIMIT } from "./batches";
export { POINTS_PER_CHARACTER } from "./new-sheet";

/**
 * Applies a plan the gate let through (checked against the snapshot the teacher saw: nothing Grille
 * was not asked to change is changed) to the open workbook: queued whole and sent in one sync, the
 * written cells read back in that same sync and compared. Excel on the web refuses requests over 5 MB:
 * a larger plan (hundreds of candidates, a very long synthesis) is cut into batches of at most ~4 MB,
 * one sync each, in order. Excel's refusals (cell being edited, protected or deleted sheet) come back
 * as texts; a refused verdict writes nothing and syncs nothing.
 *
 * Excel does not roll a failed batch back: every sheet and name the plan needs is looked up at the start
 * of the first batch, so that a sheet deleted since the snapshot fails before anything is written; a
 * sheet protected since then fails at its first write, after the changes queued before it.
 */
export async function applyPlan(context: Excel.RequestContext, verdict: Gated, snapshot: WorkbookSnapshot, env: OfficeEnv = officeEnv()): Promise<ApplyResult> {
  if (!verdict.ok) return refusedResult(verdict);
  if (verdict.changes.length === 0) return { ok: true, written: 0 };

  const batches = batchesOf(planOps(verdict.changes, snapshot, excelFeatures(env)), BATCH_BUDGET);
  const progress = { synced: 0, mismatches: [] as Text[] };
  try {
    await applyBatches(context, batches, progress);
  } catch (error) {
    const errors = [officeErrorText(error)];
    if (progress.synced > 0) {
      errors.push(
        text(
          `Les ${progress.synced} premiers lots sur ${batches.length} ont été écrits : vérifiez le classeur avant de recommencer.`,
          `The first ${progress.synced} of ${batches.length} batches were written: check the workbook before trying again.`,
        ),
      );
    }
    return { ok: false, errors };
  }
  return progress.mismatches.length > 0 ? { ok: false, errors: progress.mismatches } : { ok: true, written: verdict.changes.length };
}

/** How many syncs applying the plan takes (1 unless the plan is over ~4 MB). For tests and the bench. */
export const batchCount = (plan: WritePlan, snapshot: WorkbookSnapshot, features: ExcelFeatures): number => batchesOf(planOps(plan.changes, snapshot, features), BATCH_BUDGET).length;

/** The plan's operations in order, the lookups first. */
function planOps(changes: readonly PlanChange[], snapshot: WorkbookSnapshot, features: ExcelFeatures): Op[] {
  const existingSheet = (name: string) => snapshot.sheets.find((s) => sameSheetName(s.name, name))?.name;
  const names = new Set(snapshot.names.map((n) => n.name.toLowerCase()));
  const ops: Op[] = [lookups(changes, snapshot, existingSheet)];
  const created = new Set<string>();
  for (const change of changes) {
    switch (change.kind) {
      case "cell":
        ops.push(cellOp(change));
        break;
      case "name":
        ops.push(nameOp(change.name, change.sheet, change.address, names));
        break;
      case "sheet": {
        const old = change.replaces && !created.has(foldSheetName(change.sheet.name)) ? existingSheet(change.sheet.name) : undefined;
        const position = old === undefined ? undefined : (sheetPositions(snapshot)?.get(old) ?? snapshot.sheets.findIndex((s) => s.name === old));
        ops.push(...newSheetOps(change.sheet, old, position, names, features, snapshot));
        created.add(foldSheetName(change.sheet.name));
        break;
      }
      case "insert-table":
        // Refused by the gate: a Word table has no place in a workbook.
        break;
    }
  }
  return ops;
}

