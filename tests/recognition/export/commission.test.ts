import path from "node:path";
import { readXlsx } from "../../../src/hosts/xlsx";
import { commissionSheets } from "../../../src/recognition/document/commission";
import { candidateFileNames, safeFileName } from "../../../src/recognition/document/file-names";
import { parseGrilleTag } from "../../../src/recognition/document/tags";
import type { WordTable } from "../../../src/recognition/document/word-table";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";
import type { WorkbookReport } from "../../../src/recognition/workbook/report";
import { cqpPanel } from "../../taskpane/workbooks";

/** The bundled class: 4 complete (LEFEBVRE with a typed 12 against a proposed 13,5), PETIT without 1.2, MOREAU without appraisal. */
const EXAMPLE = path.resolve(__dirname, "../../../examples/classe-e31.xlsx");

let report: WorkbookReport;
beforeAll(async () => {
  const read = await readXlsx(EXAMPLE);
  if (!read.ok) throw new Error(read.error.message);
  report = recognizeWorkbook(read.snapshot);
});

/** The text of the cell tagged `id` (and `level`), in a filled grid. */
function tagged(table: WordTable, id: string, level: string | null = null): string | undefined {
  for (const cells of table.rows)
    for (const cell of cells) {
      const tag = cell.tag ? parseGrilleTag(cell.tag) : null;
      if (tag?.id === id && tag.level === level) return cell.text;
    }
  return undefined;
}

const allText = (table: WordTable) => table.rows.flatMap((cells) => cells.map((c) => c.text)).join("\n");

describe("commission sheets", () => {
  it("gives one sheet per candidate, in the class's order, templates left out", () => {
    const sheets = commissionSheets(report);
    expect(sheets.map((s) => [s.candidate, s.complete])).toEqual([
      ["DUPONT Léa", true],
      ["MARTIN Hugo", true],
      ["BERNARD Inès", true],
      ["PETIT Lucas", false],
      ["MOREAU Chloé", false],
      ["LEFEBVRE Nathan", true],
    ]);
  });

  it("fills the official grid: levels ticked, name, appraisal, panel members", () => {
    const dupont = commissionSheets(report)[0]!;
    expect(tagged(dupont.grids[0]!, "1.1", "M")).toBe("X");
    expect(tagged(dupont.grids[0]!, "1.1", "E")).toBe("");
    expect(tagged(dupont.grids[0]!, "1.3", "E")).toBe("X");
    expect(tagged(dupont.grids[0]!, "candidate")).toBe("DUPONT Léa");
    expect(tagged(dupont.grids[0]!, "appraisal-activities")).toMatch(/\S/);
    expect(allText(dupont.grids[0]!)).toContain("Mme DURAND Claire");
  });

  it("leaves the commission's mark cell empty unless the file holds a typed mark, which it copies", () => {
    const sheets = commissionSheets(report);
    expect(tagged(sheets[0]!.grids[0]!, "mark")).toBe("");
    expect(tagged(sheets[5]!.grids[0]!, "mark")).toBe("12");
    expect(allText(sheets[0]!.grids[0]!)).not.toContain("15");
  });

  it("puts Grille's proposal, its trace and the status in their own labelled box", () => {
    const box = allText(commissionSheets(report)[0]!.proposal);
    expect(box).toContain("Note proposée par Grille");
    expect(box).toContain("15 / 20");
    expect(box).toContain("arrondi au ½ point supérieur → 15");
    expect(box).toContain("complète");
  });

  it("lists an incomplete candidate's findings with where they are, so nothing is hidden", () => {
    const petit = allText(commissionSheets(report)[3]!.proposal);
    expect(petit).toContain("incomplète : 1 point bloquant");
    expect(petit).toContain("pas de note proposée");
    expect(petit).toMatch(/• bloquant : Niveau manquant : 1\.2 .*\(cellule C22\)/);
    const lefebvre = allText(commissionSheets(report)[5]!.proposal);
    expect(lefebvre).toContain("• attention : La note saisie (12) diffère de la note proposée (13,5)");
  });

  it("speaks English when asked", () => {
    const box = allText(commissionSheets(report, { locale: "en", describe: (at) => `at ${at}` })[3]!.proposal);
    expect(box).toContain("Mark proposed by Grille");
    expect(box).toContain("incomplete: 1 blocking point");
    expect(box).toContain("(at 'PETIT Lucas'!C22)");
    // Without a document's describe: the cell on the candidate's own sheet, no A1 reference.
    expect(allText(commissionSheets(report, { locale: "en" })[3]!.proposal)).toContain("(cell C22)");
  });
});

describe("commission sheets of a CQP panel (one official sheet per jury member)", () => {
  it("prints one grid per assessor, with their name and their percentages", async () => {
    const cqp = recognizeWorkbook(await cqpPanel());
    const [sheet] = commissionSheets(cqp);
    expect(sheet!.grids).toHaveLength(2);
    const [first, second] = sheet!.grids.map(allText);
    expect(first).toContain("Mme DURAND");
    expect(second).toContain("M. PETIT");
    expect(first).toMatch(/\d+ %/);
    expect(first).not.toEqual(second);
    expect(allText(sheet!.proposal)).toContain("Pourcentages par domaine");
  });
});

describe("file names from candidates' names", () => {
  it("removes what a file system refuses, keeps accents", () => {
    expect(safeFileName('DUPONT/Léa: "L\'aînée"?', "x")).toBe("DUPONT Léa L'aînée");
    expect(safeFileName("  ..Martin.  ", "x")).toBe("Martin");
    expect(safeFileName("CON", "x")).toBe("CON_");
    expect(safeFileName("\u0007\t", "candidat-3")).toBe("candidat-3");
    expect(safeFileName("a".repeat(200), "x")).toHaveLength(80);
  });

  it("never gives two candidates the same file, whatever the case", () => {
    expect(candidateFileNames(["Martin Léa", "MARTIN LÉA", "Martin Léa", "Martin Léa (2)", ""])).toEqual(["Martin Léa", "MARTIN LÉA (2)", "Martin Léa (3)", "Martin Léa (2) (2)", "candidat-5"]);
  });
});
