import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Workbook } from "exceljs";

/**
 * peak-rss-far-cell: the peak memory of `grille check` on the example class workbook with one value
 * typed at XFD1048576 (issue 12 §1: it used to exhaust Node's heap), beside the same workbook without.
 * Each run is its own process, so its peak is its own.
 */

const root = path.join(__dirname, "..");

/** Peak resident memory (MB) and exit code of `grille check --json <file>` in a fresh process. */
function checkPeak(file: string): { mb: number; code: number } {
  const script = `
    const { run } = require("./src/cli/main");
    const quiet = { write: () => true };
    run(["check", "--json", ${JSON.stringify(file)}], { stdout: quiet, stderr: quiet, env: {} }).then((code) => {
      process.stdout.write(JSON.stringify({ code, kb: process.resourceUsage().maxRSS }));
    });`;
  const out = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { cwd: root, encoding: "utf8", timeout: 120_000 });
  const { code, kb } = JSON.parse(out) as { code: number; kb: number };
  return { mb: Math.round(kb / 1024), code };
}

export async function benchFarCell(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "grille-bench-far-"));
  try {
    const plain = path.join(root, "examples", "classe-e31.xlsx");
    const workbook = new Workbook();
    await workbook.xlsx.readFile(plain);
    workbook.worksheets[0]!.getCell("XFD1048576").value = "oups";
    const stray = path.join(dir, "classe-cellule-lointaine.xlsx");
    await workbook.xlsx.writeFile(stray);
    const far = checkPeak(stray);
    const base = checkPeak(plain);
    return `peak-rss-far-cell: ${far.mb} MB (exit ${far.code}; the same workbook without the stray cell: ${base.mb} MB)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
