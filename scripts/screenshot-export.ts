/**
 * `npm run screenshot:export`: what a commission receives, as the README shows it. Exports the bundled
 * class (examples/classe-e31.xlsx) to PDF through LibreOffice, then renders with pdftoppm the first
 * candidate's first page, the page with their « Note proposée par Grille » box and panel, and the page
 * with an incomplete candidate's box, into docs/export-*.png. Needs soffice and poppler-utils.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../src/cli/main";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples", "classe-e31.xlsx");
const DOCS = path.join(ROOT, "docs");

const quiet = { write: () => true };

async function main(): Promise<void> {
  const temp = mkdtempSync(path.join(os.tmpdir(), "grille-screenshot-"));
  try {
    const pdf = path.join(temp, "fiches.pdf");
    const code = await run(["export", EXAMPLE, "--format", "pdf", "-o", pdf], { stdout: quiet, stderr: process.stderr, env: process.env });
    if (code > 1) throw new Error("grille export failed (is LibreOffice installed? apt-get install libreoffice-writer-nogui)");
    const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
    const firstBox = pages.findIndex((p) => p.includes("Note proposée par Grille")) + 1;
    const incompleteBox = pages.findIndex((p) => p.includes("Note proposée par Grille") && p.includes("incomplète")) + 1;
    const shots: [number, string][] = [
      [1, "export-e31-page1.png"],
      [firstBox, "export-e31-proposal.png"],
      [incompleteBox, "export-e31-incomplete.png"],
    ];
    for (const [page, name] of shots) {
      if (page < 1) throw new Error(`no page for ${name}`);
      const prefix = path.join(temp, `page-${page}`);
      execFileSync("pdftoppm", ["-png", "-r", "70", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
      renameSync(`${prefix}.png`, path.join(DOCS, name));
      console.log(`docs/${name} written (page ${page} of ${pages.length - 1})`);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
