import { readFile } from "node:fs/promises";
import path from "node:path";
import { Workbook } from "exceljs";
import type { CompiledGrid } from "../../core/model/compile";
import { applyDocumentPlan, newDocx, writeDocx } from "../../hosts/docx";
import { workbookSnapshot } from "../../hosts/xlsx";
import { gateDocument } from "../../recognition/document/edits";
import { documentToSheet } from "../../recognition/document/to-sheet";
import { gridWordTable } from "../../recognition/document/word-table";
import { gate, newGridPlan, NO_CONSENT, type PlanChange } from "../../recognition/plans";
import { parseNames } from "../csv";
import { EXIT } from "../exit-codes";
import { chooseGrid } from "../grids";
import { messages } from "../messages";
import { applyAndWrite, outputAllowed, printRefusal } from "../output";
import type { Terminal } from "../terminal";

export type NewFormat = "xlsx" | "docx";

export interface NewOptions {
  candidates?: string;
  output: string;
  force?: boolean;
  /** xlsx or docx; by default, from the output's extension. */
  format?: NewFormat;
}

/** The names in the class list, or null when it cannot be read or holds none (the reason is printed). */
async function candidateNames(file: string | undefined, term: Terminal): Promise<string[] | null> {
  if (file === undefined) return [];
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (err) {
    term.err(messages.csvUnreadable(file, (err as NodeJS.ErrnoException).code ?? String(err)));
    return null;
  }
  const names = parseNames(source);
  if (names.length === 0) {
    term.err(messages.csvEmpty(file));
    return null;
  }
  return names;
}

/**
 * A Word document with the grid: one table, or one per candidate, each after a Heading 1 with the
 * candidate's name and on a page of its own.
 */
async function newDocument(grid: CompiledGrid, names: string[], output: string, term: Terminal): Promise<number> {
  const document = newDocx(path.basename(output));
  const sheet = document.name;
  const changes: PlanChange[] =
    names.length > 0
      ? names.map((name, i) => ({ kind: "insert-table", sheet, table: gridWordTable(grid, { candidate: name }), heading: name, position: "end", pageBreakBefore: i > 0 }))
      : [{ kind: "insert-table", sheet, table: gridWordTable(grid), position: "end" }];
  const layout = documentToSheet({ name: sheet, blocks: [], contentControls: [] });
  const applied = await applyDocumentPlan(document, gateDocument({ changes }, layout, NO_CONSENT), layout);
  if (!applied.ok) {
    printRefusal(messages.planRefused, applied.errors, term);
    return EXIT.unreadable;
  }
  const written = await writeDocx(document, output);
  if (!written.ok) {
    term.err(written.error);
    return EXIT.unreadable;
  }
  term.out(messages.createdDocument(output, grid.grid.id, names));
  return EXIT.ok;
}

/** `grille new <grid> [--candidates names.csv] [--format xlsx|docx] -o <out>`: a class workbook, or a Word document. */
export async function newCommand(gridId: string, options: NewOptions, term: Terminal): Promise<number> {
  const format: NewFormat = options.format ?? (/\.docx$/i.test(options.output) ? "docx" : "xlsx");
  if (format === "docx" ? !/\.docx$/i.test(options.output) : /\.docx?$/i.test(options.output)) {
    term.err(messages.outputFormat(options.output, format));
    return EXIT.unreadable;
  }
  const grid = await chooseGrid(gridId, term);
  if (!grid) return EXIT.unreadable;
  const names = await candidateNames(options.candidates, term);
  if (names === null || !outputAllowed(options.output, options.force, term)) return EXIT.unreadable;
  if (format === "docx") return newDocument(grid, names, options.output, term);

  const workbook = new Workbook();
  const plan = newGridPlan(grid, { candidates: names, existingSheets: [] });
  const verdict = gate(plan, workbookSnapshot(workbook).snapshot, NO_CONSENT);
  if ((await applyAndWrite(workbook, verdict, { path: options.output }, term)) !== "written") return EXIT.unreadable;
  const sheets = plan.changes.flatMap((c) => (c.kind === "sheet" ? [c.sheet.name] : []));
  term.out(messages.created(options.output, grid.grid.id, sheets));
  return EXIT.ok;
}
