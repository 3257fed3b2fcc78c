/**
 * `npm run bench`: prints the figures the issues set goals for, one `name: value` line each.
 * Not a test: figures depend on the machine; goals are in the README.
 * `npm run bench -- excel first-render` runs some of them, by the names below.
 */
import { benchFirstRender, benchTaskpaneSize } from "./browser";
import { benchCli } from "./cli";
import { benchEngine } from "./engine";
import { benchExcelSyncs } from "./excel";
import { benchLearn } from "./learn";
import { benchRecognition } from "./recognition";

const benches: [string, () => string | Promise<string>][] = [
  ["engine", benchEngine],
  ["recognition", benchRecognition],
  ["learn", benchLearn],
  ["cli", benchCli],
  ["excel", benchExcelSyncs],
  ["taskpane-size", benchTaskpaneSize],
  ["first-render", benchFirstRender],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !benches.some(([known]) => known === name));
  if (unknown.length > 0) {
    console.error(`unknown bench: ${unknown.join(", ")} (known: ${benches.map(([name]) => name).join(", ")})`);
    process.exitCode = 2;
    return;
  }
  for (const [name, run] of benches) {
    if (only.length > 0 && !only.includes(name)) continue;
    try {
      console.log(await run());
    } catch (error) {
      // One failing bench (a build that breaks, say) does not hide the others' figures.
      console.error(`${name}: failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
}

void main();
