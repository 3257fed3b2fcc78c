import { readFile } from "node:fs/promises";
import { Workbook } from "exceljs";
import { newGridPlan } from "../../recognition/plans";
import { parseNames } from "../csv";
import { EXIT } from "../exit-codes";
import { chooseGrid } from "../grids";
import { messages } from "../messages";
import { applyAndWrite, outputAllowed } from "../output";
import type { Terminal } from "../terminal";

export interface NewOptions {
  candidates?: string;
  output: string;
  force?: boolean;
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

/** `grille new <grid> [--candidates names.csv] -o <out.xlsx>`: a class workbook, one grid sheet per candidate. */
export async function newCommand(gridId: string, options: NewOptions, term: Terminal): Promise<number> {
  const grid = await chooseGrid(gridId, term);
  if (!grid) return EXIT.unreadable;
  const names = await candidateNames(options.candidates, term);
  if (names === null || !outputAllowed(options.output, options.force, term)) return EXIT.unreadable;

  const workbook = new Workbook();
  const plan = newGridPlan(grid, { candidates: names, existingSheets: [] });
  if ((await applyAndWrite(workbook, plan, { path: options.output }, term)) !== "written") return EXIT.unreadable;
  const sheets = plan.changes.flatMap((c) => (c.kind === "sheet" ? [c.sheet.name] : []));
  term.out(messages.created(options.output, grid.grid.id, sheets));
  return EXIT.ok;
}
