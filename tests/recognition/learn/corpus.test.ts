import { existsSync } from "node:fs";
import path from "node:path";
import { compileGrid, type MarkResult } from "../../../src/core";
import { readXlsx } from "../../../src/hosts/xlsx";
import { learnGrid, type LearnResult } from "../../../src/recognition/learn";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";

/**
 * Real teacher files from ../shared/corpus (see its README), beside the repository (or beside the
 * folder of worktrees); skipped when absent.
 */
const CORPUS = [path.resolve(__dirname, "../../../../shared/corpus"), path.resolve(__dirname, "../../../../../shared/corpus")].find((dir) => existsSync(dir)) ?? "";
const maybe = CORPUS !== "" ? describe : describe.skip;

async function snapshotOf(file: string) {
  const read = await readXlsx(path.join(CORPUS, file));
  if (!read.ok) throw new Error(read.error.message);
  return read.snapshot;
}

function proposed(result: LearnResult) {
  if (result.kind !== "proposed") throw new Error(result.notes.map((n) => n.fr).join("\n"));
  return result;
}

maybe("learning the real files of ../shared/corpus", () => {
  it("c3hm gradebook: learned from its first sheet, the grid reproduces the workbook's totals on all three sheets", async () => {
    const snapshot = await snapshotOf("archambaultv-prof__c3hm__gradebook_1.xlsx");
    const result = proposed(learnGrid(snapshot, { sheet: "jdupont" }));
    const grid = result.file.grid;
    expect(grid.scale.kind === "levels" && grid.scale.levels.map((l) => [l.code, l.points])).toEqual([
      ["Insuffisant", 0],
      ["Passable", 60],
      ["Bien", 70],
      ["Très bien", 85],
      ["Excellent", 100],
    ]);
    expect(grid.items).toHaveLength(11);
    expect(result.file.referential.nodes.map((n) => n.label)).toEqual(["Rédiger un rapport", "Écrire du code lisible", "Donner une présentation orale"]);
    expect(grid.fields.map((f) => [f.kind, f.label])).toEqual(expect.arrayContaining([["identity", "Étudiant"], ["mark", "Total sur 100 pts"]]));
    expect(result.reproductions.map((r) => [r.sheet, r.matches])).toEqual([
      ["jdupont", true],
      ["mdurand", true],
      ["pmartin", true],
    ]);

    // The learned file serves recognition unchanged, with no editing.
    const report = recognizeWorkbook(snapshot, { grids: [compileGrid(result.file)] });
    expect(report.candidates.map((c) => [c.name, Math.round((c.assessment.result as MarkResult).value! * 100) / 100])).toEqual([
      ["Jean Dupont", 93.81],
      ["Marie Durand", 79.59],
      ["Pierre Martin", 57.83],
    ]);
    expect(report.candidates.flatMap((c) => c.assessment.findings.filter((f) => f.code === "mark-differs"))).toEqual([]);
  });

  it("NotaComp class workbook: pupils as rows on the A–D scale, the blank sheet a template", async () => {
    const snapshot = await snapshotOf("VincentChtln__NotaComp__niveau_de_competence_4eme_2017_2018_ANONYMISE.xlsx");
    const result = proposed(learnGrid(snapshot));
    const grid = result.file.grid;
    expect(grid.scale.kind === "levels" && grid.scale.levels.map((l) => l.code)).toEqual(["D", "C", "B", "A"]);
    expect(result.file.referential.nodes.map((n) => n.label)).toEqual(["D1-3/1", "D1-3/2", "D1-3/3", "D1-3/4", "D1-3/5", "D2/1", "D2/2", "D3/1", "D3/2", "D4/1", "D4/2", "D4/3", "D5/1"]);
    expect(result.notes.find((n) => n.part === "items" && /calculées/.test(n.fr))?.fr).toContain("C3, D2, D3, D4, D5");

    const report = recognizeWorkbook(snapshot, { grids: [compileGrid(result.file)] });
    expect(report.layout).toBe("row-per-candidate");
    expect(report.templates).toEqual([" VIERGE 4ème"]);
    expect(new Set(report.candidates.map((c) => c.sheet))).toEqual(new Set([" 4ème 1", " 4ème 3", " 4ème 4"]));
    expect(report.candidates.every((c) => /^ELEVE\d{3} Prenom\d{3}$/.test(c.name ?? ""))).toBe(true);
    const first = report.candidates[0]!;
    const d135 = grid.items.find((i) => result.file.referential.nodes.find((n) => n.id === i.node)?.label === "D1-3/5")!;
    expect(first.evaluation.ratings[d135.id]!.values).toEqual([{ kind: "level", code: "C", at: "' 4ème 1'!N5" }]);
  });

  it("c3hm key/value list: nothing grid-like, and says why", async () => {
    const result = learnGrid(await snapshotOf("archambaultv-prof__c3hm__grille_5_niveaux.xlsx"));
    expect(result.kind).toBe("nothing");
    expect(result.notes[0]!.fr).toMatch(/Rien qui ressemble à une grille : aucune ligne d'en-tête de niveaux/);
  });

  it("BTS CIEL E6 (blank): one block per competency, their weights, levels 0–3 from the mark's formula, the fields", async () => {
    const result = proposed(learnGrid(await snapshotOf("bouhenic__EvalE6__GRILLE_E6.xlsx"), { sheet: "E6 STAGE - IR" }));
    const grid = result.file.grid;
    expect(grid.scale.kind === "levels" && grid.scale.levels.map((l) => [l.label, l.points])).toEqual([
      ["Non réalisé", 0],
      ["Réalisation partielle", 1],
      ["Réalisation satisfaisante", 2],
      ["Réalisation très satisfaisante", 3],
    ]);
    const marking = grid.marking!;
    expect(marking.kind === "weighted-mean" && marking.groups.slice(0, 4).map((g) => [g.id, g.weight])).toEqual([
      ["C01", 0.4],
      ["C03", 0.2],
      ["C08", 0.2],
      ["C10", 0.2],
    ]);
    expect(grid.fields.map((f) => f.label)).toEqual(expect.arrayContaining(["Nom", "Numéro du candidat", "Date", "Établissement"]));
    expect(result.notes.some((n) => n.part === "marking" && /Aucun total/.test(n.fr))).toBe(true);
  });

  it.each([
    "archambaultv-prof__c3hm__grille.xlsx",
    "archambaultv-prof__c3hm__grille_zero.xlsx",
    "VincentChtln__NotaComp__Modele_Competences_Cycle_4_-_5e.xlsx",
    "bouhenic__EvalE6__GRILLE_E6.xlsx",
    "ThomasBernard28__projetM1__bulletin.xlsx",
  ])("%s: learning gives a result, never a crash, and leaves the snapshot as it was", async (file) => {
    const snapshot = await snapshotOf(file);
    const before = JSON.stringify(snapshot);
    const result = learnGrid(snapshot);
    expect(["proposed", "nothing"]).toContain(result.kind);
    expect(result.notes.length).toBeGreaterThan(0);
    expect(JSON.stringify(snapshot)).toBe(before);
  });
});
