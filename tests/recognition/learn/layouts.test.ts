import { compileGrid, levelsOf, type MarkResult } from "../../../src/core";
import type { DocumentSnapshot, TableRowBlock } from "../../../src/recognition/document";
import { learnDocument, learnGrid, type LearnResult } from "../../../src/recognition/learn";
import type { CellValue } from "../../../src/recognition/snapshot/cells";
import type { SheetSnapshot } from "../../../src/recognition/snapshot/workbook";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";
import { aSheet, aWorkbookSnapshot, type SnapshotSheetBuilder } from "../../support/snapshot-builder";

/** A formula cell: its cached value, and its text where the host reads it. */
function withFormula(sheet: SheetSnapshot, address: string, formula: string): SheetSnapshot {
  return { ...sheet, formulaCells: [...(sheet.formulaCells ?? []), address], formulas: { ...sheet.formulas, [address]: formula } };
}

function proposed(result: LearnResult) {
  if (result.kind !== "proposed") throw new Error(result.notes.map((n) => n.fr).join("\n"));
  return result;
}

const labels = (result: ReturnType<typeof proposed>) => {
  const compiled = compileGrid(result.file);
  return compiled.grid.items.map((item) => {
    const node = compiled.itemNodes.get(item.id)!;
    return node.code ? `${node.code} ${node.label}` : node.label;
  });
};

describe("a CCF grid with points per criterion (« /4 », « /6 »), sections by code, NT", () => {
  const copy = (name: string, points: CellValue[], total: number) =>
    withFormula(
      aSheet(name)
        .cell("A1", "Baccalauréat professionnel MELEC — Épreuve E2, grille de CCF")
        .cell("A3", "Nom et prénom du candidat :")
        .cell("B3", name)
        .cell("A4", "Date :")
        .cell("A5", "Établissement :")
        .cell("A7", "C1 Analyser le dossier technique")
        .row(8, ["C1.1 Identifier les contraintes du chantier", points[0]!, "/4"])
        .row(9, ["C1.2 Choisir le matériel", points[1]!, "/6"])
        .cell("A10", "C2 Réaliser l'installation")
        .row(11, ["C2.1 Câbler les équipements", points[2]!, "/5"])
        .row(12, ["C2.2 Vérifier le fonctionnement", points[3]!, "/5"])
        .row(14, ["Total", total, "/20"])
        .cell("A16", "Appréciation :")
        .row(18, ["Membres du jury", "Qualité"])
        .build(),
      "B14",
      "SUM(B8:B12)",
    );
  const workbook = { sheets: [copy("Léa Martin", [3, 5, 4, 4], 16), copy("Hugo Petit", [2, 4.5, "NT", 3], 9.5), copy("Inès Roy", [4, 6, 5, 5], 20)], names: [] };

  it("finds every criterion with its maximum, the sections, the fields and the panel, and reproduces every total", () => {
    const result = proposed(learnGrid(workbook));
    expect(labels(result)).toEqual(["C1.1 Identifier les contraintes du chantier", "C1.2 Choisir le matériel", "C2.1 Câbler les équipements", "C2.2 Vérifier le fonctionnement"]);
    expect(result.file.referential.nodes.map((n) => n.label)).toEqual(["C1 Analyser le dossier technique", "C2 Réaliser l'installation"]);
    expect(result.file.grid.marking).toMatchObject({ kind: "points-sum", max: 20, maxima: { "C1.1": 4, "C1.2": 6, "C2.1": 5, "C2.2": 5 }, notAttempted: ["NT"], notAttemptedAs: "zero" });
    expect(result.file.grid.fields.map((f) => [f.kind, f.label])).toEqual(
      expect.arrayContaining([
        ["identity", "Nom et prénom du candidat"],
        ["date", "Date"],
        ["appraisal", "Appréciation"],
        ["mark", "Total"],
      ]),
    );
    expect(result.file.grid.panel).toMatchObject({ label: "Membres du jury", roleLabel: "Qualité" });
    expect(result.reproductions.map((r) => [r.candidate, r.fileTotal, r.learnedTotal, r.matches])).toEqual([
      ["Léa Martin", 16, 16, true],
      ["Hugo Petit", 9.5, 9.5, true],
      ["Inès Roy", 20, 20, true],
    ]);
  });

  it("the learned grid checks and marks the copies through recognition, « NT » counting 0 and no finding for it", () => {
    const compiled = compileGrid(proposed(learnGrid(workbook)).file);
    const report = recognizeWorkbook(workbook, { grids: [compiled] });
    expect(report.candidates.map((c) => [c.name, (c.assessment.result as MarkResult).value])).toEqual([
      ["Léa Martin", 16],
      ["Hugo Petit", 9.5],
      ["Inès Roy", 20],
    ]);
    expect(report.candidates[1]!.assessment.findings.filter((f) => f.code === "level-unknown")).toEqual([]);
  });

  it("where the file's formula leaves « ABS » out of the total and its maximum, learning finds that reading", () => {
    // 3 + 5 + 4 = 12 out of 15 (C2.1 absent) → 16 / 20.
    const sheets = [copy("Léa Martin", [3, 5, "ABS", 4], 16), copy("Inès Roy", [4, 6, 5, 5], 20)];
    const result = proposed(learnGrid({ sheets, names: [] }));
    expect(result.file.grid.marking).toMatchObject({ kind: "points-sum", notAttempted: ["ABS"], notAttemptedAs: "excluded" });
    expect(result.reproductions.every((r) => r.matches)).toBe(true);
  });

  it("names the candidates whose total the learned scheme cannot reproduce", () => {
    const sheets = [copy("Léa Martin", [3, 5, 4, 4], 16), copy("Hugo Petit", [2, 4, 3, 3], 15)];
    const result = proposed(learnGrid({ sheets, names: [] }));
    expect(result.reproductions.find((r) => !r.matches)?.candidate).toBe("Hugo Petit");
    const marking = result.notes.find((n) => n.part === "marking" && n.confidence === "low")!;
    expect(marking.fr).toContain("Hugo Petit (15 dans le fichier, 12 appris)");
    expect(marking.en).toContain("Hugo Petit (15 in the file, 12 learned)");
  });
});

describe("a ± scale (-- - + ++), totals typed by the teacher, the lowest level worth 0", () => {
  const levels = ["--", "-", "+", "++"];
  const copy = (name: string, ranks: number[], total: number) => {
    const sheet = aSheet(name).cell("A1", "Grille d'évaluation — Atelier cuisine, CAP").cell("A3", "Élève :").cell("B3", name).row(5, ["Critères", ...levels]);
    ["Organisation du poste", "Hygiène et sécurité", "Techniques de base", "Dressage"].forEach((label, i) => {
      sheet.row(6 + i, [label, ...levels.map((_, j) => (j === ranks[i] ? "x" : null))]);
    });
    return sheet.row(11, ["Note /20", total]);
  };
  // (0 + 1 + 2 + 3) / 12 × 20 = 10 ; (3 + 3 + 2 + 3) / 12 × 20 = 18.33 ; rounded to the hundredth
  const workbook = aWorkbookSnapshot(copy("Nora", [0, 1, 2, 3], 10), copy("Sami", [3, 3, 2, 3], 18.33), copy("Zoé", [2, 2, 2, 2], 13.33));

  it("reads the scale from the header worst first, says it is to confirm, and fits points 0…3 to the totals", () => {
    const result = proposed(learnGrid(workbook));
    expect(levelsOf(result.file.grid.scale).map((l) => [l.code, l.points])).toEqual([
      ["--", 0],
      ["-", 1],
      ["+", 2],
      ["++", 3],
    ]);
    expect(result.notes.find((n) => n.part === "scale")!.fr).toBe("Échelle déduite de l'en-tête : --, -, +, ++ — à confirmer");
    expect(result.file.grid.items).toHaveLength(4);
    expect(result.file.grid.marking).toMatchObject({ kind: "weighted-mean", max: 20, rounding: "nearest-hundredth" });
    expect(result.reproductions.every((r) => r.matches)).toBe(true);
  });
});

describe("a questions × barème table, one row per pupil", () => {
  const build = (): SnapshotSheetBuilder =>
    aSheet("2nde 3")
      .cell("A1", "Contrôle de mathématiques n°2")
      .row(3, ["Nom", "Q1", "Q2", "Q3", "Q4", "Total /20"])
      .row(4, ["Barème", 4, 6, 5, 5])
      .row(5, ["Adam Lefèvre", 3, 5, 4, 2, 14])
      .row(6, ["Bella Moreau", 4, "ABS", 5, 5, 14])
      .row(7, ["Chloé Garnier", 1, 2, 2.5, 0, 5.5]);

  it("finds the questions, their maxima, the pupils, and reproduces the sheet's totals", () => {
    let sheet = build().build();
    for (const row of [5, 6, 7]) sheet = withFormula(sheet, `F${row}`, `SUM(B${row}:E${row})`);
    const result = proposed(learnGrid({ sheets: [sheet], names: [] }));
    expect(labels(result)).toEqual(["Q1", "Q2", "Q3", "Q4"]);
    expect(result.file.grid.marking).toMatchObject({ kind: "points-sum", max: 20, notAttempted: ["ABS"] });
    expect(Object.values((result.file.grid.marking as { maxima: Record<string, number> }).maxima)).toEqual([4, 6, 5, 5]);
    expect(result.reproductions.map((r) => [r.candidate, r.matches])).toEqual([
      ["Adam Lefèvre", true],
      ["Bella Moreau", true],
      ["Chloé Garnier", true],
    ]);
  });
});

describe("a coverage table: competencies against PFMP periods, ticked, no mark", () => {
  it("learns the periods as the scale and coverage as the marking", () => {
    const sheet = aSheet("Suivi")
      .cell("A1", "Suivi des compétences en PFMP — CAP Équipier polyvalent du commerce")
      .cell("A3", "Nom de l'apprenti :")
      .row(5, ["Compétence", "PFMP 1", "PFMP 2", "PFMP 3"])
      .row(6, ["C1 Réceptionner les marchandises", "x", null, null])
      .row(7, ["C2 Mettre en rayon", null, "x", "x"])
      .row(8, ["C3 Accueillir le client", null, null, null]);
    const result = proposed(learnGrid(aWorkbookSnapshot(sheet)));
    expect(result.file.grid.scale.kind).toBe("periods");
    expect(levelsOf(result.file.grid.scale).map((l) => l.code)).toEqual(["PFMP1", "PFMP2", "PFMP3"]);
    expect(labels(result)).toEqual(["C1 Réceptionner les marchandises", "C2 Mettre en rayon", "C3 Accueillir le client"]);
    expect(result.file.grid.marking?.kind).toBe("coverage");
    expect(result.file.grid.fields.map((f) => f.label)).toEqual(["Nom de l'apprenti"]);
  });
});

describe("letters, words and numbers in level headers", () => {
  it.each([
    [["A", "B", "C", "D"], ["D", "C", "B", "A"]],
    [["Insuffisant", "Fragile", "Satisfaisant", "Très bonne maîtrise"], ["Insuffisant", "Fragile", "Satisfaisant", "Très bonne maîtrise"]],
    [["Très bien", "Bien", "Passable", "Insuffisant"], ["Insuffisant", "Passable", "Bien", "Très bien"]],
    [["0", "1", "2", "3"], ["0", "1", "2", "3"]],
    [["✗", "✓"], ["✗", "✓"]],
    [["0 %", "25 %", "50 %", "75 %", "100 %"], ["0 %", "25 %", "50 %", "75 %", "100 %"]],
  ])("%j → worst first %j", (header, worstFirst) => {
    const sheet = aSheet("Grille").cell("A1", "Grille d'évaluation").cell("A2", "Nom :").row(4, ["Compétences", ...header]).row(5, ["Communiquer à l'oral"]).row(6, ["Rédiger un écrit"]);
    const result = proposed(learnGrid(aWorkbookSnapshot(sheet)));
    expect(levelsOf(result.file.grid.scale).map((l) => l.code)).toEqual(worstFirst);
    expect(result.file.grid.items).toHaveLength(2);
  });
});

describe("a Word grid: paragraphs for the fields, a table for the criteria", () => {
  const row = (...texts: string[]): TableRowBlock => ({ cells: texts.map((text) => ({ text, gridSpan: 1, vMerge: null, nested: false })) });
  const doc: DocumentSnapshot = {
    name: "grille-oral.docx",
    contentControls: [],
    blocks: [
      { kind: "paragraph", index: 1, text: "Grille d'évaluation de l'oral — BTS NDRC, épreuve E4" },
      { kind: "paragraph", index: 2, text: "Nom et prénom : Camille Durand" },
      { kind: "paragraph", index: 3, text: "Date : 12/05/2026" },
      {
        kind: "table",
        index: 1,
        merges: "exact",
        rows: [
          row("Critères", "Insuffisant", "Fragile", "Satisfaisant", "Très bonne maîtrise"),
          row("1. Qualité de l'expression", "", "", "X", ""),
          row("2. Maîtrise des techniques de vente", "", "X", "", ""),
          row("3. Argumentation", "", "", "", "X"),
        ],
      },
      { kind: "paragraph", index: 4, text: "Appréciation : très bon oral" },
      { kind: "paragraph", index: 5, text: "Note : 15 / 20" },
    ],
  };

  it("finds the items, the scale, the name, date and appraisal fields and the mark", () => {
    const result = proposed(learnDocument(doc));
    expect(labels(result)).toEqual(["1 Qualité de l'expression", "2 Maîtrise des techniques de vente", "3 Argumentation"]);
    expect(levelsOf(result.file.grid.scale).map((l) => l.code)).toEqual(["Insuffisant", "Fragile", "Satisfaisant", "Très bonne maîtrise"]);
    expect(result.file.grid.fields.map((f) => f.kind).sort()).toEqual(["appraisal", "date", "identity", "mark"]);
  });
});

describe("bad input stays safe", () => {
  it("an empty workbook, a sheet of numbers, an unknown sheet: nothing grid-like, with a reason", () => {
    expect(learnGrid({ sheets: [], names: [] }).kind).toBe("nothing");
    expect(learnGrid(aWorkbookSnapshot(aSheet("Chiffres").row(1, [1, 2, 3]).row(2, [4, 5, 6]))).kind).toBe("nothing");
    const unknown = learnGrid(aWorkbookSnapshot(aSheet("A")), { sheet: "B" });
    expect(unknown.kind === "nothing" && unknown.notes[0]!.fr).toBe("Feuille introuvable : « B »");
  });
});
