import type { Field, GridDefinition, GridFile, RatedItem } from "./grid";
import { walkNodes, type Referential, type ReferentialNode } from "./referential";
import { levelsOf, type Level } from "./scale";

/** A grid file with its lookups computed once, so that marking and checking are map look-ups. */
export interface CompiledGrid {
  readonly file: GridFile;
  readonly grid: GridDefinition;
  readonly referential: Referential;
  readonly nodes: ReadonlyMap<string, ReferentialNode>;
  readonly itemNodes: ReadonlyMap<string, ReferentialNode>;
  /** Level code → level and its rank (1 = lowest). */
  readonly levels: ReadonlyMap<string, { level: Level; rank: number }>;
  /** Level code → points (explicit, or rank / number of levels). */
  readonly points: ReadonlyMap<string, number>;
  /** The points of the best level (or the top of a percent scale): a mean of points is divided by it. */
  readonly bestPoints: number;
  readonly markField: Field | undefined;
}

export function compileGrid(file: GridFile): CompiledGrid {
  const { grid, referential } = file;
  const nodes = new Map<string, ReferentialNode>();
  for (const node of walkNodes(referential.nodes)) nodes.set(node.id, node);
  const itemNodes = new Map<string, ReferentialNode>();
  for (const item of grid.items) {
    const node = nodes.get(item.node);
    if (node) itemNodes.set(item.id, node);
  }
  const levelList = levelsOf(grid.scale);
  const levels = new Map(levelList.map((level, i) => [level.code, { level, rank: i + 1 }]));
  const points = new Map(levelList.map((level, i) => [level.code, level.points ?? (i + 1) / levelList.length]));
  const bestPoints =
    grid.scale.kind === "percent" ? grid.scale.max : Math.max(...points.values());
  return {
    file,
    grid,
    referential,
    nodes,
    itemNodes,
    levels,
    points,
    bestPoints,
    markField: grid.fields.find((f) => f.kind === "mark"),
  };
}

/** The label a teacher knows an item by: « 1.1 Préparation et prise en charge… ». */
export function itemLabel(compiled: CompiledGrid, item: RatedItem): string {
  const node = compiled.itemNodes.get(item.id);
  if (!node) return item.id;
  return node.code ? `${node.code} ${node.label}` : node.label;
}

/** A short name for an item in traces and findings: its code, or its label. */
export function itemShortName(compiled: CompiledGrid, item: RatedItem): string {
  const node = compiled.itemNodes.get(item.id);
  return node?.code ?? node?.label ?? item.id;
}
