/**
 * Writes examples/classe-e31.xlsx, the class workbook of the README's main job: `npm run example`.
 * Six candidates on the official AGOrA E31 grid (one sheet each) and a blank template sheet:
 * - DUPONT Léa, MARTIN Hugo, BERNARD Inès: complete, mark cell empty (`grille mark` fills it);
 * - LEFEBVRE Nathan: complete, but the typed mark (12) differs from the proposed one (14,5): a warning;
 * - PETIT Lucas: no level for activity 1.2: incomplete;
 * - MOREAU Chloé: the appraisal on the activities is empty: incomplete.
 * The layouts are the test builders' imitation of the official grid, so the example and the tests agree.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { aWorkbook, e31Sheet, type E31Options } from "../tests/support/workbook-builder";

const out = path.resolve(__dirname, "../examples/classe-e31.xlsx");

const candidates: [string, E31Options][] = [
  ["DUPONT Léa", { levels: { "1.1": "M", "1.2": "F", "1.3": "E" } }],
  ["MARTIN Hugo", { levels: { "1.1": "E", "1.2": "M", "1.3": "M" }, fields: { registration: "02612345679" } }],
  ["BERNARD Inès", { levels: { "1.1": "F", "1.2": "F", "1.3": "M" }, fields: { registration: "02612345680" } }],
  ["PETIT Lucas", { levels: { "1.1": "M", "1.2": null, "1.3": "F" }, fields: { registration: "02612345681" } }],
  ["MOREAU Chloé", { levels: { "1.1": "F", "1.2": "M", "1.3": "M" }, fields: { registration: "02612345682", "appraisal-activities": null } }],
  ["LEFEBVRE Nathan", { levels: { "1.1": "M", "1.2": "M", "1.3": "F" }, mark: 12, fields: { registration: "02612345683" } }],
];

const blank: E31Options = {
  name: null,
  levels: {},
  panel: [],
  fields: { session: null, date: null, establishment: null, registration: null, "appraisal-activities": null, "appraisal-pfmp": null },
};

async function main(): Promise<void> {
  const builder = aWorkbook();
  for (const [name, options] of candidates) builder.sheet(name, (s) => e31Sheet(s, { ...options, name }));
  builder.sheet("Modèle", (s) => e31Sheet(s, blank));
  // Fixed document dates, so that re-running the script changes nothing a reader can see.
  const workbook = builder.build();
  workbook.creator = "Grille";
  workbook.created = new Date(Date.UTC(2026, 4, 12));
  workbook.modified = workbook.created;
  mkdirSync(path.dirname(out), { recursive: true });
  await builder.toFile(out);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

void main();
