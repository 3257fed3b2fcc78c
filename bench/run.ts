/**
 * `npm run bench`: prints the figures the issues set goals for, one `name: value` line each.
 * Not a test: figures depend on the machine; goals are in the README.
 */
import { benchCli } from "./cli";
import { benchEngine } from "./engine";
import { benchRecognition } from "./recognition";

const benches: [string, () => string | Promise<string>][] = [
  ["engine", benchEngine],
  ["recognition", benchRecognition],
  ["cli", benchCli],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const [name, run] of benches) {
    if (only.length > 0 && !only.includes(name)) continue;
    console.log(await run());
  }
}

void main();
