import type { CompiledGrid } from "../../core/model/compile";
import { gridName } from "../../referentials/grid-name";

/** The name a teacher knows a grid by (« Bac Pro AGOrA — E31 »): the one name used everywhere. */
export const gridTitle = (grid: CompiledGrid): string => gridName(grid.grid);
