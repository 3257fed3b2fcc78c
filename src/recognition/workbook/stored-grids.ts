import { compileGrid, type CompiledGrid } from "../../core/model/compile";
import type { GridFile } from "../../core/model/grid";
import { parseGridFile } from "../../core/model/parse";
import { builtInGrids } from "../../referentials";
import { parseBindingMap, type BindingMap } from "./binding-map";

/**
 * The grids a teacher confirmed in Grille (a learned grid, a variant of a built-in grid's marking) travel
 * inside the file, in the same stored payload as the binding map: a colleague who opens the file gets
 * them. In a workbook the payload is the map itself (`grids` beside `sheets`); in a Word document the map
 * is wrapped with the document's fingerprint (`{ map: { grids } }`), but the grids hold whatever the
 * document's structure has become, so both places are read here.
 */

/** The grid files stored with the binding map, each validated by the schema; an invalid one is left out (nothing breaks). */
export function storedGridFiles(raw: unknown): GridFile[] {
  const list = gridsField(raw) ?? gridsField(field(raw, "map"));
  if (!list) return [];
  const files: GridFile[] = [];
  for (const entry of list) {
    const parsed = parseGridFile(entry);
    if (parsed.ok && !files.some((f) => f.grid.id === parsed.value.grid.id)) files.push(parsed.value);
  }
  return files;
}

function field(raw: unknown, key: string): unknown {
  return typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>)[key] : undefined;
}

function gridsField(raw: unknown): unknown[] | null {
  const grids = field(raw, "grids");
  return Array.isArray(grids) ? grids : null;
}

/**
 * The grids recognition looks for in a file: the built-in ones, a stored variant replacing the built-in
 * grid of the same id (the teacher's marking wins in their file), then the grids learned for this file.
 */
export function gridsForFile(raw: unknown, builtIns: Iterable<CompiledGrid> = builtInGrids().values()): CompiledGrid[] {
  const stored = storedGridFiles(raw);
  if (stored.length === 0) return [...builtIns];
  const byId = new Map(stored.map((file) => [file.grid.id, file]));
  const grids = [...builtIns].map((grid) => {
    const variant = byId.get(grid.grid.id);
    byId.delete(grid.grid.id);
    return variant ? compileGrid(variant) : grid;
  });
  return [...grids, ...[...byId.values()].map(compileGrid)];
}

/** The map with the file's grids stored beside it (none: the map alone). */
export function withStoredGrids(map: BindingMap, grids: readonly GridFile[]): BindingMap {
  const rest: BindingMap = { ...map };
  delete rest.grids;
  return grids.length > 0 ? { ...rest, grids: [...grids] } : rest;
}

/** The stored grids with `file` in place of the one of the same id (or added). */
export const keepGrid = (stored: readonly GridFile[], file: GridFile): GridFile[] => [...stored.filter((g) => g.grid.id !== file.grid.id), file];

/**
 * What to store in a workbook once the teacher confirms `file`: the stored map as it is (bindings kept),
 * or an empty one for that grid, with `file` among the file's grids.
 */
export function mapWithGrid(raw: unknown, file: GridFile): BindingMap {
  const map = parseBindingMap(raw) ?? { version: 1, gridId: file.grid.id, sheets: {} };
  return withStoredGrids(map, keepGrid(storedGridFiles(raw), file));
}
