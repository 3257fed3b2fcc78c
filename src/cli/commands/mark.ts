import { formatNumber } from "../../core/text/numbers";
import { gate, markPlan, synthesisPlan, type Consent, type MarkPlan, type PlanChange, type WritePlan } from "../../recognition/plans";
import { cellText, parseA1, qualified, type CellValue } from "../../recognition/snapshot/cells";
import { cellInputValue } from "../../recognition/snapshot/apply-plan";
import { cellAt, type WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { WorkbookReport } from "../../recognition/workbook/report";
import type { CompiledGrid } from "../../core/model/compile";
import { documentMarkPlan } from "../../recognition/document/recognize";
import { gateDocument } from "../../recognition/document/edits";
import type { DocumentLayout } from "../../recognition/document/to-sheet";
import { applyDocumentPlan, writeDocx, writeDocxInPlace } from "../../hosts/docx";
import { problemText } from "../../hosts/xlsx/package";
import { EXIT } from "../exit-codes";
import { isDocumentPath } from "../files";
import { forcedGridOption } from "../grids";
import { messages, readErrorMessage } from "../messages";
import { applyAndWrite, outputAllowed, printRefusal, sameFile } from "../output";
import type { Terminal } from "../terminal";
import { openDocument, openWorkbook } from "../workbooks";
import { cellPlace } from "../format/place";

export interface MarkOptions {
  output?: string;
  inPlace?: boolean;
  grid?: string;
  force?: boolean;
}

interface Target {
  path: string;
  inPlace: boolean;
  /** --force: replace an existing output, or write a read-only input in place. */
  force: boolean;
}

/** Where to write: a copy (-o), or the input itself with --in-place; null when the options do not say (printed). */
function targetOf(input: string, options: MarkOptions, term: Terminal): Target | null {
  if (options.inPlace) {
    if (options.output !== undefined && !sameFile(options.output, input)) {
      term.err(messages.inPlaceAndOutput);
      return null;
    }
    return { path: input, inPlace: true, force: options.force === true };
  }
  if (options.output === undefined) {
    term.err(messages.outputMissing);
    return null;
  }
  if (sameFile(options.output, input)) {
    term.err(messages.outputIsInput(options.output));
    return null;
  }
  const format = isDocumentPath(input) ? "docx" : "xlsx";
  if (format === "docx" ? !/\.docx$/i.test(options.output) : /\.docx?$/i.test(options.output)) {
    term.err(messages.outputFormat(options.output, format));
    return null;
  }
  return outputAllowed(options.output, options.force, term) ? { path: options.output, inPlace: false, force: options.force === true } : null;
}

const cellReader = (snapshot: WorkbookSnapshot) => (sheet: string, address: string): CellValue => {
  const found = snapshot.sheets.find((s) => s.name === sheet);
  const at = parseA1(address);
  return found && at ? cellAt(found, at.row, at.col) : null;
};

/** No preview on the command line: the mark cells Grille found are the only non-empty cells it may write to. */
const markCellsConsent = (report: WorkbookReport): Consent => ({
  previewed: false,
  outputs: report.candidates.flatMap((c) => (c.markCell ? [qualified(c.markCell.sheet, c.markCell.address)] : [])),
});

function describeChange(change: PlanChange, term: Terminal, document?: DocumentLayout): string {
  switch (change.kind) {
    case "cell": {
      const value = cellInputValue(change.value);
      const where = cellPlace(qualified(change.sheet, change.address), term.locale, document ? { document } : {});
      return `  ${where} ← ${typeof value === "number" ? formatNumber(value, term.locale) : cellText(value)}`;
    }
    case "name":
      return `  ${change.name} → ${qualified(change.sheet, change.address)}`;
    case "sheet":
      return `  ${term.t(change.replaces ? messages.sheetReplaced(change.sheet.name) : messages.sheetAdded(change.sheet.name))}`;
    case "insert-table":
      return `  ${term.t(messages.tableInserted(change.heading ?? change.table.gridId))}`;
  }
}

function report(plan: WritePlan, marks: MarkPlan, target: Target, backup: string | undefined, term: Terminal, document?: DocumentLayout): void {
  term.out(messages.wrote(target.path, backup));
  for (const change of plan.changes) term.out(describeChange(change, term, document));
  if (marks.differences.length > 0) term.out(messages.differencesHeading);
  for (const { candidate, typed, proposed } of marks.differences) {
    const at = candidate.markCell ? qualified(candidate.markCell.sheet, candidate.markCell.address) : null;
    const cell = at === null ? candidate.sheet : cellPlace(at, term.locale, document ? { document } : {});
    // A sheet named after the candidate already names them.
    const name = candidate.name !== null && candidate.name !== candidate.markCell?.sheet ? candidate.name : null;
    term.out(`  ${term.t(messages.notOverwritten(cell, name, cellText(typed), formatNumber(proposed, term.locale)))}`);
  }
  if (marks.skipped.length > 0) term.out(messages.skippedHeading);
  for (const { candidate, reason } of marks.skipped) term.out(`  ${candidate.name ?? candidate.sheet}${term.colon}${term.t(reason)}`);
}

/** `grille mark <file> -o <out.xlsx> | --in-place`: proposed marks into empty mark cells, and the synthesis sheet. */
export async function markCommand(input: string, options: MarkOptions, term: Terminal): Promise<number> {
  const target = targetOf(input, options, term);
  if (!target) return EXIT.unreadable;
  const grid = await forcedGridOption(options.grid, term);
  if (grid === null) return EXIT.unreadable;
  if (isDocumentPath(input)) return markDocument(input, grid, target, term);
  const opened = await openWorkbook(input, grid);
  if (!opened.ok) {
    term.err(readErrorMessage(opened.error, input, term.locale));
    return EXIT.unreadable;
  }
  const { snapshot, workbook } = opened;
  if (opened.problems.length > 0) {
    // Written back, the workbook would lack the unreadable sheet, or carry a merge it did not have.
    term.err(messages.planRefused);
    for (const problem of opened.problems) term.err(`  - ${input}${term.colon}${term.t(problemText(problem))}.`);
    term.err(`  ${term.t(messages.repairFirst)}`);
    return EXIT.unreadable;
  }
  if (opened.macros) {
    term.err(`${input}${term.colon}${term.t(messages.macrosNotWritten)}`);
    return EXIT.unreadable;
  }
  if (!opened.report.grid) {
    term.err(`${input}${term.colon}${term.t(messages.noGrid)}`);
    return EXIT.findings;
  }

  const isFormula = (sheet: string, address: string) => snapshot.sheets.find((s) => s.name === sheet)?.formulaCells?.includes(address) ?? false;
  const marks = markPlan(opened.report, cellReader(snapshot), isFormula);
  const synthesis = synthesisPlan(opened.report, { existingSheets: snapshot.sheets.map((s) => s.name), locale: term.locale });
  const plan: WritePlan = { changes: [...marks.plan.changes, ...synthesis.changes] };
  const { outcome, backup } = await applyAndWrite(workbook, gate(plan, snapshot, markCellsConsent(opened.report)), target, term);
  if (outcome === "refused") return EXIT.findings;
  if (outcome === "failed") return EXIT.unreadable;
  report(plan, marks, target, backup, term);
  return EXIT.ok;
}

/**
 * A Word document: each proposed mark goes where the document keeps it (the mark cell of a table, or
 * between « Note … : » and « / 20 »), when it is empty; a different typed mark is listed, never replaced.
 * Documents get no « Synthèse » (that is a workbook's sheet).
 */
async function markDocument(input: string, grid: CompiledGrid | undefined, target: Target, term: Terminal): Promise<number> {
  const opened = await openDocument(input, grid);
  if (!opened.ok) {
    term.err(readErrorMessage(opened.error, input, term.locale));
    return EXIT.unreadable;
  }
  if (!opened.report.grid) {
    term.err(`${input}${term.colon}${term.t(messages.noGridDocument)}`);
    return EXIT.findings;
  }
  const { layout } = opened.recognition;
  const marks = documentMarkPlan(opened.recognition);
  const plan = marks.plan;
  const verdict = gateDocument(plan, layout, markCellsConsent(opened.report));
  const applied = await applyDocumentPlan(opened.document, verdict, layout);
  if (!applied.ok) {
    printRefusal(verdict.ok ? messages.planRefused : messages.conflictsHeading, applied.errors, term);
    return EXIT.findings;
  }
  const written = target.inPlace ? await writeDocxInPlace(opened.document, target.path, { force: target.force }) : await writeDocx(opened.document, target.path);
  if (!written.ok) {
    term.err(written.error);
    return EXIT.unreadable;
  }
  report(plan, marks, target, written.backup, term, layout);
  return EXIT.ok;
}
