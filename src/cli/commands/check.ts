import path from "node:path";
import type { CompiledGrid } from "../../core/model/compile";
import { checkDocument } from "../format/json";
import { renderFile, renderSummary } from "../format/report";
import { EXIT } from "../exit-codes";
import { expandInputs, isDocumentPath } from "../files";
import { forcedGridOption } from "../grids";
import { messages, readErrorMessage } from "../messages";
import { Progress } from "../progress";
import type { Terminal } from "../terminal";
import { fileCheck, needsAttention, openFile, type FileCheck } from "../workbooks";

export interface CheckOptions {
  grid?: string;
  json?: boolean;
}

async function checkAll(files: string[], grid: CompiledGrid | undefined, term: Terminal, json: boolean): Promise<FileCheck[]> {
  const progress = new Progress(term.io.stderr, files.length, !json && term.io.stderr.isTTY === true);
  const checks: FileCheck[] = [];
  for (const [i, file] of files.entries()) {
    const name = path.basename(file);
    progress.update(i, name);
    const said = isDocumentPath(file) ? messages.progressReadDocument : messages.progressRead;
    const opened = await openFile(file, grid, (parts) => progress.update(i, term.t(said(name, parts)), parts));
    checks.push(fileCheck(opened));
  }
  progress.finish();
  return checks;
}

function exitCodeOf(checks: readonly FileCheck[], emptyFolders: number): number {
  if (emptyFolders > 0 || checks.some((c) => !c.ok || c.damaged === true)) return EXIT.unreadable;
  return checks.some(needsAttention) ? EXIT.findings : EXIT.ok;
}

/** `grille check <file.xlsx|file.docx|folder>…` */
export async function checkCommand(inputs: string[], options: CheckOptions, term: Terminal): Promise<number> {
  const grid = await forcedGridOption(options.grid, term);
  if (grid === null) return EXIT.unreadable;
  const { files, emptyFolders } = await expandInputs(inputs);
  for (const folder of emptyFolders) term.err(messages.emptyFolder(folder));
  const checks = await checkAll(files, grid, term, options.json === true);
  for (const check of checks) if (!check.ok) term.err(readErrorMessage(check.error, check.path, term.locale));

  if (options.json) term.out(JSON.stringify(checkDocument(checks, term.locale), null, 2));
  else {
    for (const check of checks) {
      for (const line of renderFile(check, term)) term.out(line);
      term.out();
    }
    term.out(renderSummary(checks, term));
  }
  return exitCodeOf(checks, emptyFolders.length);
}
