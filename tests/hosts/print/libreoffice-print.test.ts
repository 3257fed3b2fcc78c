import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Workbook } from "exceljs";
import { applyPlan } from "../../../src/hosts/xlsx/apply";
import { newGridPlan } from "../../../src/recognition/plans/new-grid";
import { grid } from "../../support/evaluation-builder";

/**
 * What a teacher prints: a generated E31 workbook converted to PDF by LibreOffice (headless, its own
 * profile). Only the official grid prints (Grille's proposal and helper cells are out of the print
 * area), on A4, with the grid's texts. Skipped when LibreOffice or pdftotext is not installed.
 */

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const available = has("soffice") && has("pdftotext") && has("pdfinfo");
if (!available) console.log("skipped: install libreoffice-calc-nogui and poppler-utils to check printed grids");
const maybe = available ? describe : describe.skip;

maybe("a generated grid printed through LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "grille-print-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function toPdf(file: string): { text: string; pages: number; size: string } {
    const profile = path.join(dir, "profile");
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], {
      env: { ...process.env, HOME: dir },
      timeout: 120_000,
      stdio: "ignore",
    });
    const pdf = file.replace(/\.[a-z]+$/, ".pdf");
    expect(existsSync(pdf)).toBe(true);
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    return { text: execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }), pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), size: /Page size:\s+(.*)/.exec(info)![1]! };
  }

  it("prints the official E31 grid alone, on A4 landscape, with the candidate's name and without Grille's proposal", async () => {
    const compiled = grid("agora-e31");
    const workbook = new Workbook();
    const applied = applyPlan(workbook, newGridPlan(compiled, { candidates: ["MARTIN Alice"], existingSheets: [] }));
    expect(applied.ok).toBe(true);
    const file = path.join(dir, "e31.xlsx");
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const { text, pages, size } = toPdf(file);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("MARTIN Alice");
    expect(flat).toContain(compiled.grid.diploma);
    for (const item of compiled.grid.items) expect(flat).toContain(item.id);
    expect(flat).toContain("Signature");
    // Grille's proposal and its note sit beside and below the grid, out of the print area.
    expect(flat).not.toMatch(/proposée|Proposition par défaut/);
    expect(flat).not.toMatch(/#(VALUE|NAME|REF|DIV)/);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    // A4 landscape: 842 × 595 points.
    expect(size).toMatch(/^841\.\d+ x 595\.\d+|^842 x 595/);
  }, 180_000);
});
