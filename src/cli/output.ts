import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import type { Workbook } from "exceljs";
import { applyPlan, writeXlsx, writeXlsxInPlace } from "../hosts/xlsx";
import type { Text } from "../core/i18n/locale";
import type { Gated } from "../recognition/plans";
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

/** Why nothing was written: a heading, then each reason in the teacher's language. */
export function printRefusal(heading: Text, reasons: readonly Text[], term: Terminal): void {
  term.err(heading);
  for (const reason of reasons) term.err(`  - ${term.t(reason)}`);
}

/**
 * Applies the gate's verdict (whole or not at all), then writes the file. "refused": the gate found a
 * change it must not make (nothing written); "failed": the file could not be written. Reasons are printed.
 */
export async function applyAndWrite(workbook: Workbook, verdict: Gated, target: { path: string; inPlace?: boolean }, term: Terminal): Promise<WriteOutcome> {
  const applied = applyPlan(workbook, verdict);
  if (!applied.ok) {
    printRefusal(verdict.ok ? messages.planRefused : messages.conflictsHeading, applied.errors, term);
    return "refused";
  }
  const written = target.inPlace ? await writeXlsxInPlace(workbook, target.path) : await writeXlsx(workbook, target.path);
  if (!written.ok) {
    term.err(written.error);
    return "failed";
  }
  return "written";
}
