import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Workbook } from "exceljs";
import { aWorkbook, e31Sheet } from "../tests/support/workbook-builder";

const ROOT = path.resolve(__dirname, "..");
const CLI = path.join(ROOT, "dist", "cli", "cli", "main.js");

async function classWorkbook(file: string, sheets: number): Promise<void> {
  const builder = aWorkbook();
  const levels = ["N", "F", "M", "E"];
  for (let i = 0; i < sheets; i++) {
    builder.sheet(`Élève ${i + 1}`, (s) => e31Sheet(s, { name: `ÉLÈVE ${i + 1}`, levels: { "1.1": levels[i % 4]!, "1.2": levels[(i + 1) % 4]!, "1.3": levels[(i + 2) % 4]! } }));
  }
  await builder.toFile(file);
}

/** Median wall time of `runs` runs of `task`, in ms. */
async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await task();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** A compiled CLI run in a child process, reporting its own peak memory (KB) on stderr's last line. */
function childPeakRss(args: string[]): number {
  const script = `const cli = require(${JSON.stringify(CLI)});
const { Writable } = require("node:stream");
const sink = new Writable({ write(_c, _e, cb) { cb(); } });
cli.run(${JSON.stringify(args)}, { stdout: sink, stderr: sink, env: process.env }).then(() => {
  process.stderr.write(String(process.resourceUsage().maxRSS));
});`;
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  return Number(child.stderr.trim().split("\n").pop());
}

/**
 * `grille check --json` on a 35-sheet class workbook against ExcelJS alone loading the same file (goal ≤ 1.3),
 * and the peak memory of `grille check` on a 200-sheet workbook. Uses the compiled CLI (npm run build:cli).
 */
export async function benchCli(): Promise<string> {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "ignore" });
  const dir = mkdtempSync(path.join(tmpdir(), "grille-bench-"));
  try {
    const file35 = path.join(dir, "classe-35.xlsx");
    const file200 = path.join(dir, "classe-200.xlsx");
    await classWorkbook(file35, 35);
    await classWorkbook(file200, 200);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cli = require(CLI) as { run(argv: string[], io: unknown): Promise<number> };
    const { Writable } = await import("node:stream");
    const sink = () => new Writable({ write: (_c, _e, cb) => cb() });
    const io = { stdout: sink(), stderr: sink(), env: process.env };
    // Interleaved runs, so that load from the rest of the machine weighs on both alike.
    const exceljsTimes: number[] = [];
    const grilleTimes: number[] = [];
    for (let i = 0; i < 11; i++) {
      exceljsTimes.push(await median(1, () => new Workbook().xlsx.readFile(file35)));
      grilleTimes.push(await median(1, () => cli.run(["check", file35, "--json"], io)));
    }
    const mid = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    const exceljs = mid(exceljsTimes);
    const grille = mid(grilleTimes);
    const rss = childPeakRss(["check", file200, "--json"]);
    return [
      `cli-vs-exceljs: ${(grille / exceljs).toFixed(2)} (grille ${grille.toFixed(0)} ms, exceljs ${exceljs.toFixed(0)} ms, 35 sheets)`,
      `peak-rss-200-sheets: ${(rss / 1024).toFixed(0)} MB`,
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
