import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import type { Workbook } from "exceljs";
import { applyPlan, writeXlsx, writeXlsxInPlace } from "../hosts/xlsx";
import type { WritePlan } from "../recognition/plans";
import { messages } from "./messages";
import type { Terminal } from "./terminal";

/** An output file that exists is only replaced with --force: a teacher's file is never overwritten by surprise. */
export function outputAllowed(output: string, force: boolean | undefined, term: Terminal): boolean {
  if (force || !existsSync(output)) return true;
  term.err(messages.outputExists(output));
  return false;
}

/** Two names for one file (« ./classe.xlsx », a symbolic link…)? */
export function sameFile(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : path.resolve(p));
  return real(a) === real(b);
}

export type WriteOutcome = "written" | "refused" | "failed";

/** `backup`: where the original was saved, after a write in place. */
export interface Written {
  outcome: WriteOutcome;
  backup?: string;
}

/**
 * Applies the plan (whole or not at all), then writes the file. "refused": the adapter found a change
 * it cannot make (nothing written); "failed": the file could not be written. Reasons are printed.
 */
export async function applyAndWrite(workbook: Workbook, plan: WritePlan, target: { path: string; inPlace?: boolean; force?: boolean }, term: Terminal): Promise<Written> {
  const applied = applyPlan(workbook, plan);
  if (!applied.ok) {
    term.err(messages.planRefused);
    for (const error of applied.errors) term.err(`  - ${error}`);
    return { outcome: "refused" };
  }
  const written = target.inPlace ? await writeXlsxInPlace(workbook, target.path, { force: target.force === true }) : await writeXlsx(workbook, target.path);
  if (!written.ok) {
    term.err(written.error);
    return { outcome: "failed" };
  }
  return { outcome: "written", ...(written.backup !== undefined && { backup: written.backup }) };
}
