/** Writes schemas/grid.schema.json from the zod schema: `npm run schema`. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gridJsonSchema } from "../src/core/model/json-schema";

const out = path.resolve(__dirname, "../schemas/grid.schema.json");
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(gridJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), out)}`);
