import type { GridDefinition } from "../core/model/grid";

/**
 * The short name a teacher knows each built-in grid by, the same in the pane, the demo, the CLI and the
 * sheets Grille writes. The official titles are long and printed on the grids themselves; these are what
 * a teacher says.
 */
const BUILT_IN_NAMES: Readonly<Record<string, string>> = {
  "agora-e31": "Bac Pro AGOrA — E31",
  "agora-pfmp": "Bac Pro AGOrA — suivi des PFMP",
  "cqp-agc": "CQP AGC — grille d'observation",
  "mcv-e33": "Bac Pro MCV — E33",
};

/** One name per grid, everywhere: a built-in grid's short name; a teacher's grid by its épreuve code and title, or its title. */
export function gridName(grid: Pick<GridDefinition, "id" | "title" | "epreuve">): string {
  return BUILT_IN_NAMES[grid.id] ?? (grid.epreuve ? `${grid.epreuve.code} — ${grid.title}` : grid.title);
}
