/** Validates grid files: `npx ts-node --transpile-only scripts/check-grid.ts src/referentials/*.json`. */
import { readFileSync } from "node:fs";
import { parseGridJson } from "../src/core/model/parse";

let failed = false;
for (const path of process.argv.slice(2)) {
  const result = parseGridJson(readFileSync(path, "utf8"));
  if (result.ok) console.log(`${path}: OK (${result.value.grid.items.length} items)`);
  else {
    failed = true;
    console.log(`${path}:\n  ${result.errors.join("\n  ")}`);
  }
}
process.exitCode = failed ? 1 : 0;
