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

let cache: ReadonlyMap<string, CompiledGrid> | undefined;

/** Every built-in grid, parsed and compiled once. A built-in that fails its schema is a bug: it throws. */
export function builtInGrids(): ReadonlyMap<string, CompiledGrid> {
  if (!cache) {
    const grids = new Map<string, CompiledGrid>();
    for (const [id, data] of Object.entries(BUILT_IN_FILES)) {
      const parsed = parseGridFile(data);
      if (!parsed.ok) throw new Error(`Built-in grid ${id} is invalid: ${parsed.errors.join("; ")}`);
      grids.set(parsed.value.grid.id, compileGrid(parsed.value));
    }
    cache = grids;
  }
  return cache;
}

export function builtInGrid(id: string): CompiledGrid | undefined {
  return builtInGrids().get(id);
}
