import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { convertToPdf, findSoffice } from "../../src/hosts/node/soffice";
import { keptWithNext } from "../../src/hosts/ooxml/table-xml";
import { gridWordTable } from "../../src/recognition/document/word-table";
import { CLASSES, type ClassGrid } from "../support/class-workbooks";
import { grid } from "../support/evaluation-builder";
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

/**
 * The headings and item rows of a grid that sit alone at the bottom of a page of `pdf` (« page 3: 1.2
 * Traitement… »): each must have at least two lines below the one it starts on, itself and what it announces.
 */
function headingsAlone(pdf: string, gridId: string): string[] {
  const table = gridWordTable(grid(gridId));
  const kept = keptWithNext(table);
  const flat = (text: string) => text.replace(/\s+/g, " ").trim();
  const items = new Set(grid(gridId).grid.items.map((i) => i.id));
  const lastItemRow = Math.max(...table.rows.map((cells, r) => (cells.some((c) => c.tag && items.has(c.tag.split(":")[2]!)) ? r : -1)));
  // Headings (one text across), and rows above the last item kept with the next (an item before its details).
  const announcing = table.rows.flatMap((cells, r) => {
    const text = flat(cells.find((c) => c.text !== "")?.text ?? "");
    const heading = cells.length === 1 && cells[0]!.colSpan === table.columns.length;
    return kept.has(r) && r > table.headerRows!.last && (heading || r < lastItemRow) && text.length > 12 ? [text.slice(0, 30)] : [];
  });
  // A text printed again below the items (the CQP domains' results) cannot tell its occurrences apart.
  const below = new Set(table.rows.slice(lastItemRow + 1).flatMap((cells) => cells.map((c) => flat(c.text).slice(0, 30))));
  const checked = announcing.filter((text) => !below.has(text));
  expect(checked.length).toBeGreaterThan(0);
  const alone: string[] = [];
  pagesOf(pdf).forEach((page, p) => {
    const lines = page.trimEnd().split("\n").slice(0, -1).map(flat).filter((l) => l !== "");
    for (const heading of checked) {
      const at = lines.findIndex((l) => l.includes(heading));
      // At least two lines below the one the heading starts on: the rest of it, and what it announces.
      if (at >= 0 && lines.length - at < 3) alone.push(`page ${p + 1}: ${heading}`);
    }
  });
  return alone;
}

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
    expect(headingsAlone(pdf, "agora-e31")).toEqual([]);
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
  const gridIds: Record<ClassGrid, string> = { e33: "mcv-e33", cqp: "cqp-agc", pfmp: "agora-pfmp" };
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
    // The title above each grid (the footer, last line of every page, names the grid too).
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

  it.each(grids)("%s: no heading or item row sits alone at a page bottom: the rows it announces follow it on its page", (id) => {
    expect(headingsAlone(dir.path(`${id}-fiches.pdf`), gridIds[id])).toEqual([]);
  });

  it.each([
    ["e33", "1. Novice"],
    ["cqp", "Lors de l'observation directe"],
  ] as const)("%s: every page holding rows of the official table under the grid shows that table's header", (id, header) => {
    const table = gridWordTable(grid(gridIds[id]));
    const own = table.ownTables?.[0];
    expect(own).toBeDefined();
    // The first words of each row of the official table below its header (not its phase lines, which the grid shares).
    const flat = (text: string) => text.replace(/\s+/g, " ").trim();
    const starts = table.rows
      .slice(own!.first + own!.repeat, own!.last + 1)
      .filter((cells) => cells.length > 1)
      .map((cells) => flat(cells[0]?.text ?? "").slice(0, 25))
      .filter((text) => text.length >= 15);
    expect(starts.length).toBeGreaterThan(2);
    const pages = pagesOf(dir.path(`${id}-fiches.pdf`)).map(flat);
    const holding = pages.filter((page) => starts.some((start) => page.includes(start)));
    expect(holding.length).toBeGreaterThanOrEqual(candidates[id].length);
    for (const page of holding) expect(page).toContain(header);
  });

  it.each(grids)("%s: the « Synthèse » prints every candidate, without an error, numbers rounded", (id) => {
    const pages = pagesOf(dir.path(`${id}-notee.pdf`));
    expect(pages.join("\n")).not.toMatch(ERRORS);
    // The « Synthèse » is the last sheet; its header row prints again at the top of each of its pages.
    const header = /Feuille\s+Ligne\s+Nom/;
    const first = pages.findIndex((p, i) => header.test(p) && pages.slice(i).every((q) => header.test(q)));
    expect(first).toBeGreaterThan(0);
    const synthesis = pages.slice(first).join("\n");
    for (const c of candidates[id]) expect(synthesis).toContain(c.name);
    expect(synthesis).not.toMatch(/\d[,.]\d{3,}/);
  });
});
