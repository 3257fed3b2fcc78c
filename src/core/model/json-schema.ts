import { z } from "zod";
import { GridFileSchema } from "./grid";

/** The JSON Schema of a grid file, for teachers and tools that author custom grids. */
export function gridJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(GridFileSchema, { io: "input", unrepresentable: "any" }),
    $id: "https://grille.app/schemas/grid.schema.json",
    title: "Grille — fichier de grille (référentiel + grille d'évaluation)",
  };
}
