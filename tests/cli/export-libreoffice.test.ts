import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { convertToPdf, findSoffice } from "../../src/hosts/node/soffice";
import { CLASSES, type ClassGrid } from "../support/class-workbooks";
import { grille, jsonOf, tempDir } from "./cli-support";

/**
 * What Grille writes, opened in LibreOffice (headless) and read back from the PDF with pdftotext: one
 * grid per candidate, names and marks printed, no error in a cell, the « Synthèse » numbers rounded.
 * Two LibreOffice runs on the bundled six-candidate E31 class and one for E33, CQP and PFMP classes
 * (three .docx and three « Synthèse » workbooks converted at once) keep this around a minute.
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
  sheets: string[] | null;
  mark: { value: number | null } | null;
  panel?: { domains: { label: string; percent: number | null }[] };
  coverage?: { practised: number; total: number };
}

/** A figure as the box prints it (« 56,7 »). */
const french = (n: number, decimals: number) => String(Math.round(n * 10 ** decimals) / 10 ** decimals).replace(".", ",");

/** What each candidate's pages must show of their result: the mark, each domain's figure, or the coverage. */
function resultPatterns(c: CandidateJson): RegExp[] {
  if (c.coverage) return [new RegExp(`Couverture\\s+${c.coverage.practised} / ${c.coverage.total} compétences pratiquées`)];
  if (c.panel) return c.panel.domains.map((d) => new RegExp(`${d.label.replace(/[/]/g, "\\/")} : ${d.percent === null ? "—" : french(d.percent, 1)} %`));
  return [c.mark?.value != null ? new RegExp(`Note proposée\\s+${french(c.mark.value, 2)} / 20`) : /pas de note proposée/];
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

maybe("exported PDFs of E33, CQP and PFMP classes, through LibreOffice", () => {
  const grids = Object.keys(CLASSES) as ClassGrid[];
  const titles: Record<ClassGrid, string> = { e33: "GRILLE D'ÉVALUATION E33", cqp: "Grille d'observation", pfmp: "Grilles de suivi des compétences mises en œuvre en PFMP" };
  const candidates = {} as Record<ClassGrid, CandidateJson[]>;
  beforeAll(async () => {
    const inputs: string[] = [];
    for (const id of grids) {
      const input = dir.path(`${id}.xlsx`);
      await CLASSES[id](input);
      candidates[id] = jsonOf(await grille(["check", input, "--json"])).files[0]!.candidates as CandidateJson[];
      expect((await grille(["export", input, "-o", dir.path(`${id}-fiches.docx`)])).code).toBeLessThanOrEqual(1);
      expect((await grille(["mark", input, "-o", dir.path(`${id}-notee.xlsx`)])).code).toBeLessThanOrEqual(1);
      inputs.push(dir.path(`${id}-fiches.docx`), dir.path(`${id}-notee.xlsx`));
    }
    // One LibreOffice run for the six files.
    const converted = await convertToPdf(inputs, dir.path(), { soffice: soffice! });
    expect(converted).toEqual({ ok: true, pdfs: expect.any(Array) });
  }, 180_000);

  it.each(grids)("%s: one grid per candidate (per jury member for the CQP), each candidate's pages numbered from 1 with their name and result", (id) => {
    const pages = pagesOf(dir.path(`${id}-fiches.pdf`));
    const grids = candidates[id].reduce((n, c) => n + (id === "cqp" ? (c.sheets?.length ?? 1) : 1), 0);
    // The grid's title in a page's body (the footer repeats it on every page of a grid that prints on several).
    const body = (page: string) => page.trimEnd().split("\n").slice(0, -1).join("\n");
    expect(pages.filter((p) => body(p).includes(titles[id]))).toHaveLength(grids);
    // Each candidate's section restarts its page numbers: as many « page 1 » footers as candidates.
    expect(pages.filter((p) => / — page 1\s*$/.test(p))).toHaveLength(candidates[id].length);
    const starts = candidates[id].map((c) => pages.findIndex((p) => p.trimStart().startsWith(c.name)));
    expect(starts.every((s, i) => s >= 0 && (i === 0 || s > starts[i - 1]!))).toBe(true);
    candidates[id].forEach((c, i) => {
      const own = pages.slice(starts[i], starts[i + 1] ?? pages.length).join("\n");
      for (const pattern of resultPatterns(c)) expect(own).toMatch(pattern);
    });
    expect(pages.join("\n")).not.toMatch(ERRORS);
  });

  it.each(grids)("%s: the « Synthèse » prints every candidate, without an error, numbers rounded", (id) => {
    const text = pagesOf(dir.path(`${id}-notee.pdf`)).join("\n");
    expect(text).not.toMatch(ERRORS);
    const synthesis = text.slice(text.lastIndexOf("Feuille"));
    for (const c of candidates[id]) expect(synthesis).toContain(c.name);
    expect(synthesis).not.toMatch(/\d[,.]\d{3,}/);
  });
});
