import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileGrid, parseGridJson, type CompiledGrid, type MarkResult } from "../../src/core";
import { readXlsx } from "../../src/hosts/xlsx";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";

/** Real teacher files from ../shared/corpus (see its README); skipped when the folder is absent. */
const CORPUS = path.resolve(__dirname, "../../../shared/corpus");
const maybe = existsSync(CORPUS) ? describe : describe.skip;

async function snapshotOf(file: string) {
  const read = await readXlsx(path.join(CORPUS, file));
  if (!read.ok) throw new Error(read.error.message);
  return read.snapshot;
}

function customGrid(fixture: string): CompiledGrid {
  const parsed = parseGridJson(readFileSync(path.join(__dirname, "../fixtures", fixture), "utf8"));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return compileGrid(parsed.value);
}

maybe("the real files of ../shared/corpus", () => {
  it.each([
    "archambaultv-prof__c3hm__gradebook_1.xlsx",
    "archambaultv-prof__c3hm__grille.xlsx",
    "archambaultv-prof__c3hm__grille_zero.xlsx",
    "archambaultv-prof__c3hm__grille_5_niveaux.xlsx",
    "VincentChtln__NotaComp__niveau_de_competence_4eme_2017_2018_ANONYMISE.xlsx",
    "VincentChtln__NotaComp__Modele_Competences_Cycle_4_-_5e.xlsx",
  ])("%s: no built-in grid is recognised, nothing crashes", async (file) => {
    const report = recognizeWorkbook(await snapshotOf(file));
    expect(report.grid).toBeNull();
    expect(report.candidates).toEqual([]);
    expect(report.ignored.length).toBeGreaterThan(0);
  });

  it("c3hm gradebook: a custom grid recognises the three sheets, reads the crosses and the typed 40s, and reproduces the totals", async () => {
    const report = recognizeWorkbook(await snapshotOf("archambaultv-prof__c3hm__gradebook_1.xlsx"), { grids: [customGrid("c3hm-gradebook.grid.json")] });
    expect(report.grid?.grid.id).toBe("c3hm-420");
    expect(report.candidates.map((c) => [c.sheet, c.name, (c.assessment.result as MarkResult).value])).toEqual([
      ["jdupont", "Jean Dupont", 93.81],
      ["mdurand", "Marie Durand", 79.59],
      ["pmartin", "Pierre Martin", 57.83],
    ]);
    // The workbook's own totals (cached formula results) agree: no « mark differs » warning.
    expect(report.candidates.flatMap((c) => c.assessment.findings)).toEqual([]);
    const pmartin = report.candidates[2]!.evaluation.ratings;
    expect(pmartin["c2"]!.values).toEqual([{ kind: "number", value: 40, at: "pmartin!G15" }]);
  });

  it("c3hm grille_zero: #N/A everywhere is no value; the evaluation is incomplete, not a crash", async () => {
    const report = recognizeWorkbook(await snapshotOf("archambaultv-prof__c3hm__grille_zero.xlsx"), { grids: [customGrid("c3hm-carenage.grid.json")] });
    expect(report.candidates).toHaveLength(1);
    const candidate = report.candidates[0]!;
    expect(candidate.name).toBe("Quartier-maître GrandeColline-Rhum");
    expect(candidate.assessment.complete).toBe(false);
    expect(new Set(candidate.assessment.findings.map((f) => f.code))).toEqual(new Set(["level-missing"]));
    expect(candidate.evaluation.fields["mark"]).toEqual({ value: 0, at: "gc_rhum!C7" });
  });

  it("NotaComp: row-per-candidate with an A–D custom grid; the blank class sheet is a template", async () => {
    const report = recognizeWorkbook(await snapshotOf("VincentChtln__NotaComp__niveau_de_competence_4eme_2017_2018_ANONYMISE.xlsx"), {
      grids: [customGrid("notacomp-4e.grid.json")],
    });
    expect(report.layout).toBe("row-per-candidate");
    expect(report.templates).toEqual([" VIERGE 4ème"]);
    expect(report.ignored.map((i) => i.sheet)).toEqual(["référence "]);
    expect(new Set(report.candidates.map((c) => c.sheet))).toEqual(new Set([" 4ème 1", " 4ème 3", " 4ème 4"]));
    expect(report.candidates.every((c) => /^ELEVE\d{3} Prenom\d{3}$/.test(c.name ?? ""))).toBe(true);
    const first = report.candidates[0]!;
    expect(first.row).toBe(5);
    // D1-3/5 holds « C » in N5 (its merged header spans N:P): the latest filled evaluation counts.
    expect(first.evaluation.ratings["D1-3/5"]!.values).toEqual([{ kind: "level", code: "C", at: "' 4ème 1'!N5" }]);
  });

  it("NotaComp model (500 columns, 615 merges, INDIRECT formulas): read and searched without a false grid", async () => {
    const snapshot = await snapshotOf("VincentChtln__NotaComp__Modele_Competences_Cycle_4_-_5e.xlsx");
    const report = recognizeWorkbook(snapshot, { grids: [customGrid("notacomp-4e.grid.json"), customGrid("c3hm-gradebook.grid.json")] });
    expect(report.candidates).toEqual([]);
  });
});
