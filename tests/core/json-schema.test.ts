import { readFileSync } from "node:fs";
import path from "node:path";
import { gridJsonSchema } from "../../src/core/model/json-schema";

describe("schemas/grid.schema.json", () => {
  it("is the JSON Schema generated from the zod schema (run `npm run schema` after changing it)", () => {
    const committed = JSON.parse(readFileSync(path.resolve(__dirname, "../../schemas/grid.schema.json"), "utf8"));
    expect(committed).toEqual(gridJsonSchema());
  });

  it("describes the grid file's top-level keys and rejects others", () => {
    const schema = gridJsonSchema() as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(["schemaVersion", "referential", "grid"]);
    expect(schema.required).toEqual(["schemaVersion", "referential", "grid"]);
    expect(schema.additionalProperties).toBe(false);
  });
});
