import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";
import type { Output } from "../../src/cli/terminal";

/** A stream that keeps what is written, and says whether it is a terminal. */
export class Collector implements Output {
  text = "";
  constructor(
    readonly isTTY = false,
    readonly columns?: number,
  ) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdout?: Collector;
  stderr?: Collector;
}

/** Runs `grille <args>` in-process, in French unless the environment or --lang says otherwise. */
export async function grille(args: string[], options: RunOptions = {}): Promise<CliRun> {
  const stdout = options.stdout ?? new Collector();
  const stderr = options.stderr ?? new Collector();
  const code = await run(args, { stdout, stderr, env: options.env ?? { LANG: "fr_FR.UTF-8" } });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A fresh temporary folder per test file, removed at the end. */
export function tempDir(prefix: string): { path: (...parts: string[]) => string } {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), `grille-cli-${prefix}-`));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { path: (...parts) => path.join(dir, ...parts) };
}

/** Parses the one JSON document `check --json` printed. */
export function jsonOf(out: CliRun): { files: Record<string, unknown>[] } {
  return JSON.parse(out.stdout) as { files: Record<string, unknown>[] };
}
