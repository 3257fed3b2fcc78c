import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { convertToPdf, findSoffice } from "../../src/hosts/node/soffice";
import { grille, jsonOf, tempDir } from "./cli-support";

/**
 * What Grille writes, opened in LibreOffice (headless) and read back from the PDF with pdftotext: one
 * grid per candidate, names and marks printed, no error in a cell, the « Synthèse » numbers rounded.
 * Two LibreOffice runs on the bundled six-candidate class keep this under a minute.
 */

const EXAMPLE = path.resolve(__dirname, "../../examples/classe-e31.xlsx");
const soffice = findSoffice();
const hasPdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const ready = soffice !== null && hasPdftotext;
if (!ready) console.warn("skipped: install LibreOffice and poppler-utils (apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils) to run the PDF tests");
const maybe = ready ? describe : describe.skip;

const dir = tempDir("pdf");

/** The PDF's text, page by page. */
const pagesOf = (pdf: string): string[] => execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);

const GRID_TITLE = "Grille d’aide à l’évaluation par contrôle en cours de formation";
const ERRORS = /#N\/A|#VALUE!|#VALEUR!|#REF!|#DIV\/0!|#NAME\?|#NOM\?|#NUM!|Err:\d{3}|###/;

interface CandidateJson {
  name: string;
  mark: { value: number | null } | null;
}

maybe("exported PDFs, through LibreOffice", () => {
  let candidates: CandidateJson[];
  beforeAll(async () => {
    candidates = jsonOf(await grille(["check", EXAMPLE, "--json"])).files[0]!.candidates as CandidateJson[];
  });

  it("`grille export --format pdf` prints one grid per candidate, each starting its own page with its name and Grille's mark", async () => {
    const pdf = dir.path("fiches.pdf");
    const out = await grille(["export", EXAMPLE, "--format", "pdf", "-o", pdf], { env: { LANG: "fr_FR.UTF-8", PATH: process.env.PATH } });
    expect(out.stderr).toBe("");
    expect(out.code).toBe(1);
    const pages = pagesOf(pdf);
    expect(pages.filter((p) => p.includes(GRID_TITLE))).toHaveLength(candidates.length);
    expect(pages.filter((p) => p.includes("Note proposée par Grille"))).toHaveLength(candidates.length);
    // Each candidate's name heads a page of its own, in the class's order; their mark is on their pages.
    const starts = candidates.map((c) => pages.findIndex((p) => p.trimStart().startsWith(c.name)));
    expect(starts.every((s, i) => s >= 0 && (i === 0 || s > starts[i - 1]!))).toBe(true);
    candidates.forEach((c, i) => {
      const own = pages.slice(starts[i], starts[i + 1] ?? pages.length).join("\n");
      expect(own).toContain(c.name);
      expect(own).toMatch(c.mark?.value != null ? new RegExp(`Note proposée\\s+${String(c.mark.value).replace(".", ",")} / 20`) : /pas de note proposée/);
    });
    expect(pages.join("\n")).not.toMatch(ERRORS);
  }, 120_000);

  it("the exported workbook and the « Synthèse » of `grille mark` print without an error and with rounded numbers", async () => {
    const exported = dir.path("fiches.xlsx");
    const marked = dir.path("classe-notee.xlsx");
    const input = dir.path("classe.xlsx");
    copyFileSync(EXAMPLE, input);
    expect((await grille(["export", input, "-o", exported])).code).toBe(1);
    expect((await grille(["mark", input, "-o", marked])).code).toBe(0);
    const converted = await convertToPdf([exported, marked], dir.path(), { soffice: soffice! });
    expect(converted.ok).toBe(true);
    const exportedPages = pagesOf(dir.path("fiches.pdf"));
    expect(exportedPages.filter((p) => p.includes(GRID_TITLE))).toHaveLength(candidates.length);
    for (const c of candidates) expect(exportedPages.join("\n")).toContain(c.name);
    expect(exportedPages.join("\n")).not.toMatch(ERRORS);

    const markedText = pagesOf(dir.path("classe-notee.pdf")).join("\n");
    expect(markedText).not.toMatch(ERRORS);
    const synthesis = markedText.slice(markedText.lastIndexOf("Feuille"));
    expect(synthesis).toContain("LEFEBVRE Nathan");
    // « 74,4444444444 » would be unreadable: two decimals at most.
    expect(synthesis).not.toMatch(/\d[,.]\d{3,}/);
  }, 120_000);
});
