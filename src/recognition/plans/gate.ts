import type { Text } from "../../core/i18n/locale";
import type { WorkbookSnapshot } from "../snapshot/workbook";
import { describeCell, planConflicts, type Describe, type GateTarget, type Refusal } from "./conflicts";
import type { Consent } from "./consent";
import type { PlanChange, WritePlan } from "./plan";
import { sameSheetName } from "./sheet-names";

/** Not exported: without it no other module can make a `Gated`. */
const GATED = Symbol("gated");

/**
 * The gate's verdict on a plan: either every change may be written (`changes`, with sheet names spelt as
 * the workbook spells them), or the refusals with why, and the changes that would have passed (for the
 * pane to offer them alone). Only `gate` makes one: every host's apply takes a `Gated`, never a raw
 * plan, so nothing reaches a document without going through the gate.
 */
export type Gated = ({ ok: true; changes: readonly PlanChange[] } | { ok: false; refusals: Refusal[]; allowed: PlanChange[] }) & { readonly [GATED]: true };

/** What applying a plan did, in every host: written whole, or nothing written and why (both languages, to the edge). */
export type ApplyResult = { ok: true; written: number } | { ok: false; errors: Text[] };

export interface GateOptions {
  /** A workbook by default; a document refuses sheets and names, a workbook Word tables. */
  target?: GateTarget;
  /** How refusals name a cell (a document says « tableau 2, ligne 5 »). */
  describe?: Describe;
}

/** A change that names an existing sheet names it as the workbook spells it (Excel compares names without case). */
function spelt(change: PlanChange, snapshot: WorkbookSnapshot): PlanChange {
  if (change.kind !== "cell" && change.kind !== "name") return change;
  const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, change.sheet));
  return sheet && sheet.name !== change.sheet ? { ...change, sheet: sheet.name } : change;
}

/**
 * The one check before any write, the same in every host: plan + the document as the teacher saw it +
 * what the teacher agreed to → the changes allowed, or the refusals with French and English reasons
 * naming the sheet or cell. A plan is applied whole or not at all, so one refusal stops it.
 */
export function gate(plan: WritePlan, snapshot: WorkbookSnapshot, consent: Consent, options: GateOptions = {}): Gated {
  const changes = plan.changes.map((change) => spelt(change, snapshot));
  const refusals = planConflicts(changes, snapshot, consent, options.target ?? "workbook", options.describe ?? describeCell);
  if (refusals.length === 0) return { ok: true, changes, [GATED]: true };
  const refused = new Set(refusals.map((r) => r.change));
  return { ok: false, refusals, allowed: changes.filter((c) => !refused.has(c)), [GATED]: true };
}

/** A refused plan as the hosts report it: nothing written, the reasons. */
export const refusedResult = (verdict: Gated & { ok: false }): ApplyResult => ({ ok: false, errors: verdict.refusals.map((r) => r.message) });
