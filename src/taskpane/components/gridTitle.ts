import type { CompiledGrid } from "../../core/model/compile";

/** The title a teacher knows a grid by: « E31 — Grille d'aide… ». */
export const gridTitle = (grid: CompiledGrid): string => (grid.grid.epreuve ? `${grid.grid.epreuve.code} — ${grid.grid.title}` : grid.grid.title);
