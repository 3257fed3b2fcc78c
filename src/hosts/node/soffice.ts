import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * PDF through LibreOffice, headless. Each conversion gets its own user profile and HOME in a fresh
 * temporary folder: LibreOffice refuses to share a profile between two running instances, and as root
 * (CI) the default profile may not be writable. The folder is removed afterwards, whatever happened.
 */

export type SofficeFailure = { kind: "missing" } | { kind: "timeout"; seconds: number } | { kind: "failed"; detail: string };
export type ConvertResult = { ok: true; pdfs: string[] } | { ok: false; failure: SofficeFailure };

const CANDIDATES = ["soffice", "libreoffice"];

/** The soffice executable: $SOFFICE_PATH, else the first of soffice / libreoffice on the PATH; null when none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const explicit = env.SOFFICE_PATH;
  if (explicit !== undefined) return isExecutable(explicit) ? explicit : null;
  const dirs = (env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const name of CANDIDATES) for (const dir of dirs) if (isExecutable(path.join(dir, name))) return path.join(dir, name);
  return null;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ConvertOptions {
  soffice: string;
  /** Default 120 s: a class of 35 grids takes a few seconds; a hung LibreOffice must not hang the CLI. */
  timeoutMs?: number;
}

/** Converts .docx (or .xlsx) files to PDF in `outDir`, one soffice run for all; the PDFs are named after the inputs. */
export async function convertToPdf(inputs: readonly string[], outDir: string, options: ConvertOptions): Promise<ConvertResult> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const profile = await mkdtemp(path.join(tmpdir(), "grille-soffice-"));
  try {
    const args = [`-env:UserInstallation=${pathToFileURL(path.join(profile, "profile")).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", outDir, ...inputs];
    const run = await runProcess(options.soffice, args, { ...process.env, HOME: profile }, timeoutMs);
    if (run.kind === "missing") return { ok: false, failure: { kind: "missing" } };
    if (run.kind === "timeout") return { ok: false, failure: { kind: "timeout", seconds: Math.round(timeoutMs / 1000) } };
    const pdfs = inputs.map((input) => path.join(outDir, `${path.basename(input, path.extname(input))}.pdf`));
    const missing: string[] = [];
    for (const pdf of pdfs) if (!(await exists(pdf))) missing.push(path.basename(pdf));
    if (missing.length > 0 || run.code !== 0) {
      const detail = run.output.trim().split("\n").slice(-3).join(" ").trim();
      return { ok: false, failure: { kind: "failed", detail: detail || `code ${run.code}` } };
    }
    return { ok: true, pdfs };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

const exists = async (file: string) => (await stat(file).catch(() => null))?.isFile() === true;

type Run = { kind: "missing" } | { kind: "timeout" } | { kind: "done"; code: number; output: string };

function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    // Its own process group, so that a timeout ends soffice and the helper it starts, nothing else.
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let output = "";
    let settled = false;
    const finish = (run: Run) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(run);
    };
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
      finish({ kind: "timeout" });
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (err: NodeJS.ErrnoException) => finish(err.code === "ENOENT" ? { kind: "missing" } : { kind: "done", code: -1, output: err.message }));
    child.on("close", (code) => finish({ kind: "done", code: code ?? -1, output }));
  });
}
