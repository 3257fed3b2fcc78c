import { readFileBytes } from "../hosts/node/files";
import { readFailureReason } from "./file-errors";
import type { Text } from "../core/i18n/locale";
import { compileGrid, type CompiledGrid } from "../core/model/compile";
import { parseGridJson } from "../core/model/parse";
import { builtInGrid, builtInGrids } from "../referentials";
import { messages } from "./messages";
import type { Terminal } from "./terminal";

export type GridChoice = { ok: true; grid: CompiledGrid } | { ok: false; messages: (Text | string)[] };

const looksLikeFile = (spec: string) => /\.json$/i.test(spec) || /[\\/]/.test(spec);

/** A grid file written by a teacher: parsed and validated, its errors in French with their paths. */
async function gridFromFile(file: string): Promise<GridChoice> {
  const read = await readFileBytes(file);
  if (!read.ok) return { ok: false, messages: [messages.gridFileUnreadable(file, readFailureReason(read.failure))] };
  const source = read.bytes.toString("utf8");
  const parsed = parseGridJson(source.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return { ok: false, messages: [messages.gridFileInvalid(file), ...parsed.errors.map((e) => `  - ${e}`)] };
  return { ok: true, grid: compileGrid(parsed.value) };
}

function gridById(id: string): GridChoice {
  const grid = builtInGrid(id);
  return grid ? { ok: true, grid } : { ok: false, messages: [messages.unknownGrid(id, [...builtInGrids().keys()])] };
}

/** `--grid`: a built-in grid by id, or a grid file (a path, or a name ending in .json). */
async function resolveGrid(spec: string): Promise<GridChoice> {
  return looksLikeFile(spec) ? gridFromFile(spec) : gridById(spec);
}

/** The grid `spec` names, or null once the reasons it names none are printed. */
export async function chooseGrid(spec: string, term: Terminal): Promise<CompiledGrid | null> {
  const choice = await resolveGrid(spec);
  if (choice.ok) return choice.grid;
  for (const message of choice.messages) term.err(message);
  return null;
}

/** `--grid`: the forced grid, undefined when not given, null when it names nothing usable (reasons printed). */
export const forcedGridOption = async (spec: string | undefined, term: Terminal): Promise<CompiledGrid | undefined | null> =>
  spec === undefined ? undefined : chooseGrid(spec, term);
