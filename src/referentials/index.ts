import { compileGrid, type CompiledGrid } from "../core/model/compile";
import { parseGridFile } from "../core/model/parse";
import agoraE31 from "./agora-e31.json";
import agoraPfmp from "./agora-pfmp.json";
import cqpAgc from "./cqp-agc.json";
import mcvE33 from "./mcv-e33.json";

/** The built-in grid files, as shipped: data, validated by the same schema as a teacher's grid. */
export const BUILT_IN_FILES: Readonly<Record<string, unknown>> = {
  "agora-e31": agoraE31,
  "agora-pfmp": agoraPfmp,
  "cqp-agc": cqpAgc,
  "mcv-e33": mcvE33,
};

const compiled = new Map<string, CompiledGrid>();

/** One built-in grid, parsed and compiled the first time it is asked for. A built-in that fails its schema is a bug: it throws. */
export function builtInGrid(id: string): CompiledGrid | undefined {
  if (!Object.hasOwn(BUILT_IN_FILES, id)) return undefined;
  let grid = compiled.get(id);
  if (!grid) {
    const parsed = parseGridFile(BUILT_IN_FILES[id]);
    if (!parsed.ok) throw new Error(`Built-in grid ${id} is invalid: ${parsed.errors.join("; ")}`);
    if (parsed.value.grid.id !== id) throw new Error(`Built-in grid ${id} says its id is ${parsed.value.grid.id}`);
    grid = compileGrid(parsed.value);
    compiled.set(id, grid);
  }
  return grid;
}

let all: ReadonlyMap<string, CompiledGrid> | undefined;

/**
 * Every built-in grid, parsed and compiled once. (Parsing with zod is the costly part: a page that shows
 * one grid first, as the demo does, asks for that one alone.)
 */
export function builtInGrids(): ReadonlyMap<string, CompiledGrid> {
  all ??= new Map(Object.keys(BUILT_IN_FILES).map((id) => [id, builtInGrid(id)!]));
  return all;
}
