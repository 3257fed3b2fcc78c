import { existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Workbook } from "exceljs";
import { InvalidArgumentError, Option, type Command } from "commander";
import { candidateLabel, commissionSheets, type CommissionSheet } from "../../recognition/document/commission";
import { commissionWorkbookPlan } from "../../recognition/plans/commission-workbook";
import { NO_CONSENT } from "../../recognition/plans/consent";
import { gate } from "../../recognition/plans/gate";
import { resultsCsv } from "../../recognition/plans/results-csv";
import type { WorkbookReport } from "../../recognition/workbook/report";
import type { CompiledGrid } from "../../core/model/compile";
import { gridName } from "../../referentials/grid-name";
import { commissionDocx } from "../../hosts/ooxml/commission-package";
import { applyPlan } from "../../hosts/xlsx";
import { writeAtomically } from "../../hosts/node/files";
import { writePdfs, type PdfJob } from "../../hosts/node/pdf-files";
import { findSoffice, type SofficeFailure } from "../../hosts/node/soffice";
import { EXIT } from "../exit-codes";
import { exportMessages as M } from "../export-messages";
import { forcedGridOption } from "../grids";
import { messages, readErrorMessage } from "../messages";
import { outputAllowed, sameFile } from "../output";
import type { Terminal } from "../terminal";
import { openFile } from "../workbooks";

export type ExportFormat = "docx" | "pdf" | "xlsx" | "csv";

export interface ExportOptions {
  output: string;
  format?: ExportFormat;
  split?: boolean;
  grid?: string;
  force?: boolean;
}

const FORMATS: readonly ExportFormat[] = ["docx", "pdf", "xlsx", "csv"];

/** The format: --format, else the output's extension, else docx (a folder with --split). */
export function formatOf(options: ExportOptions): ExportFormat {
  if (options.format) return options.format;
  const extension = path.extname(options.output).slice(1).toLowerCase();
  return (FORMATS as readonly string[]).includes(extension) ? (extension as ExportFormat) : "docx";
}

/** One file to write: its path and its bytes (a .docx or .xlsx; PDFs are converted from them). */
interface Planned {
  path: string;
  bytes: Uint8Array;
  extension: "docx" | "xlsx";
  candidates: number;
}

async function officeBytes(format: "docx" | "xlsx", grid: CompiledGrid, sheets: CommissionSheet[], title: string): Promise<Uint8Array> {
  if (format === "docx") return commissionDocx(sheets, title);
  const workbook = new Workbook();
  // A new workbook: the gate still checks what Excel itself would refuse (names, sheet names).
  const applied = applyPlan(workbook, gate(commissionWorkbookPlan(grid, sheets), { sheets: [], names: [] }, NO_CONSENT));
  if (!applied.ok) throw new Error(applied.errors.map((e) => e.en).join("; "));
  // ExcelJS types its result as its own Buffer; at run time it is Node's.
  return (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
}

function describeFailure(failure: SofficeFailure | { kind: "write"; error: string }, term: Terminal): string {
  switch (failure.kind) {
    case "missing":
      return term.t(M.sofficeMissing);
    case "timeout":
      return term.t(M.sofficeTimeout(failure.seconds));
    case "failed":
      return term.t(M.sofficeFailed(failure.detail));
    case "write":
      return failure.error;
  }
}

/** Checks the destination before anything is read: right extension, not the input, not there unless --force. */
function checkDestination(input: string, options: ExportOptions, format: ExportFormat, term: Terminal): boolean {
  const output = options.output;
  if (sameFile(output, input)) {
    term.err(M.outputIsInput(output));
    return false;
  }
  if (options.split) {
    if (format === "csv") {
      term.err(M.splitCsv);
      return false;
    }
    if (existsSync(output) && !statSync(output).isDirectory()) {
      term.err(M.splitNeedsFolder(output));
      return false;
    }
    return true;
  }
  if (path.extname(output).toLowerCase() !== `.${format}`) {
    term.err(M.outputExtension(output, format));
    return false;
  }
  return outputAllowed(output, options.force, term);
}

/** `grille export <class.xlsx|.docx> [--format docx|pdf|xlsx|csv] [--split] -o <out>` */
export async function exportCommand(input: string, options: ExportOptions, term: Terminal): Promise<number> {
  const format = formatOf(options);
  if (!checkDestination(input, options, format, term)) return EXIT.unreadable;
  const soffice = format === "pdf" ? findSoffice(term.io.env as NodeJS.ProcessEnv) : null;
  if (format === "pdf" && soffice === null) {
    term.err(M.sofficeMissing);
    return EXIT.unreadable;
  }
  const grid = await forcedGridOption(options.grid, term);
  if (grid === null) return EXIT.unreadable;
  const opened = await openFile(input, grid);
  if (!opened.ok) {
    term.err(readErrorMessage(opened.error, input, term.locale));
    return EXIT.unreadable;
  }
  const report: WorkbookReport = opened.report;
  if (!report.grid) {
    term.err(`${input}${term.colon}${term.t(opened.kind === "docx" ? messages.noGridDocument : messages.noGrid)}`);
    return EXIT.findings;
  }
  if (report.candidates.length === 0) {
    term.err(M.noCandidate(input));
    return EXIT.findings;
  }
  const incomplete = report.candidates.filter((c) => !c.assessment.complete);
  const done = (written: number): number => {
    if (incomplete.length > 0) term.out(M.incomplete(incomplete.map((c) => candidateLabel(c, term.locale))));
    return written === EXIT.ok && incomplete.length > 0 ? EXIT.findings : written;
  };

  if (format === "csv") {
    const written = await writeAtomically(options.output, async () => new TextEncoder().encode(resultsCsv(report, term.locale)), "Excel");
    if (!written.ok) {
      term.err(written.error);
      return EXIT.unreadable;
    }
    term.out(M.wroteCsv(options.output, report.candidates.length));
    return done(EXIT.ok);
  }

  const layout = opened.kind === "docx" ? opened.recognition.layout : null;
  const sheets = commissionSheets(report, { locale: term.locale, ...(layout && { describe: (at: string) => layout.describe(at)[term.locale] }) });
  const office: "docx" | "xlsx" = format === "xlsx" ? "xlsx" : "docx";
  const title = `${gridName(report.grid.grid)} — ${path.basename(input)}`;
  const planned = await plannedFiles(options, format, office, report.grid, sheets, title, term);
  if (planned === null) return EXIT.unreadable;

  if (format === "pdf") {
    const jobs: PdfJob[] = planned.map((p) => ({ destination: p.path, bytes: p.bytes, extension: p.extension }));
    const result = await writePdfs(jobs, soffice!);
    if (!result.ok) {
      term.err(describeFailure(result.failure, term));
      return EXIT.unreadable;
    }
  } else {
    for (const file of planned) {
      const written = await writeAtomically(file.path, async () => file.bytes, office === "docx" ? "Word" : "Excel");
      if (!written.ok) {
        term.err(written.error);
        return EXIT.unreadable;
      }
    }
  }
  if (options.split) {
    term.out(M.wroteSplit(options.output, planned.length));
    for (const file of planned) term.out(`  ${path.basename(file.path)}`);
  } else term.out(M.wrote(options.output, sheets.length));
  return done(EXIT.ok);
}

/** The files to write, built in memory first: nothing is written when one cannot be built or is refused. */
async function plannedFiles(
  options: ExportOptions,
  format: ExportFormat,
  office: "docx" | "xlsx",
  grid: CompiledGrid,
  sheets: CommissionSheet[],
  title: string,
  term: Terminal,
): Promise<Planned[] | null> {
  if (!options.split) return [{ path: options.output, bytes: await officeBytes(office, grid, sheets, title), extension: office, candidates: sheets.length }];
  try {
    await mkdir(options.output, { recursive: true });
  } catch (err) {
    term.err(M.folderUnwritable(options.output, (err as NodeJS.ErrnoException).code ?? String(err)));
    return null;
  }
  const planned: Planned[] = [];
  for (const sheet of sheets) {
    const file = path.join(options.output, `${sheet.fileName}.${format}`);
    if (!outputAllowed(file, options.force, term)) return null;
    planned.push({ path: file, bytes: await officeBytes(office, grid, [sheet], `${title} — ${sheet.candidate}`), extension: office, candidates: 1 });
  }
  return planned;
}

const formatValue = (term: Terminal) => (value: string) => {
  const format = value.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new InvalidArgumentError(term.t(M.formatChoices));
  return format as ExportFormat;
};

/** Adds `grille export` to the program (one line in main.ts). */
export function registerExport(program: Command, term: Terminal, done: (code: number) => void): void {
  const h = M.help;
  program
    .command("export")
    .description(term.t(h.command))
    .argument(`<${term.t(messages.help.fileArg)}>`, term.t(h.input))
    .requiredOption(`-o, --output <${term.t(h.outputArg)}>`, term.t(h.output))
    .addOption(new Option(`--format <${term.t(messages.help.formatArg)}>`, term.t(h.format)).argParser(formatValue(term)))
    .option("--split", term.t(h.split))
    .option(`--grid <${term.t(messages.help.gridArg)}>`, term.t(messages.help.grid))
    .option("--force", term.t(messages.help.force))
    .addHelpText("after", term.t(h.after))
    .action(async (input: string, options: ExportOptions) => done(await exportCommand(input, options, term)));
}
