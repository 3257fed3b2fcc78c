import type { CoverageResult, DomainResult, MarkResult } from "../../src/core";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import { aWorkbook, cqpAssessorSheet, e31Sheet, pfmpSheet, rowPerCandidateSheet } from "../support/workbook-builder";
import { grid } from "../support/evaluation-builder";

const pfmp = grid("agora-pfmp");
const allCompetencies = pfmp.grid.items.map((i) => i.id);

describe("PFMP tracking sheets: one sheet per student, coverage", () => {
  it("reads the ticks per period and reports competencies never practised", async () => {
    const ticks = Object.fromEntries(allCompetencies.filter((c) => c !== "2.2.4" && c !== "3.3.1").map((c, i) => [c, i % 3 === 0 ? ["P1", "P4"] : ["P2"]]));
    const report = recognizeWorkbook(await aWorkbook().sheet("MARTIN Alice", (s) => pfmpSheet(s, { ticks })).toSnapshot());
    expect(report.grid?.grid.id).toBe("agora-pfmp");
    const candidate = report.candidates[0]!;
    const result = candidate.assessment.result as CoverageResult;
    expect(result.practised).toBe(35);
    expect(result.missing).toEqual(["2.2.4", "3.3.1"]);
    expect(result.items.find((i) => i.itemId === "1.1.1")!.periods).toEqual(["P1", "P4"]);
    expect(candidate.assessment.findings.map((f) => f.code)).toEqual(["coverage-gap", "coverage-gap"]);
    expect(candidate.assessment.findings[0]!.at).toMatch(/^'MARTIN Alice'!E\d+$/);
  });

  it("a student who practised everything is complete", async () => {
    const ticks = Object.fromEntries(allCompetencies.map((c) => [c, ["P3"]]));
    const report = recognizeWorkbook(await aWorkbook().sheet("A", (s) => pfmpSheet(s, { ticks, glyph: "✓" })).toSnapshot());
    expect(report.candidates[0]!.assessment.findings).toEqual([]);
  });
});

describe("CQP: one sheet per assessor of the same candidate", () => {
  const percents = (values: number[]) => Object.fromEntries(values.map((v, i) => [`obs-${i + 1}`, v]));

  it("consolidates three assessors into the panel's figures per domain", async () => {
    const snapshot = await aWorkbook()
      .sheet("Jury 1", (s) => cqpAssessorSheet(s, { assessor: "Mme Jury", candidate: "DURAND Paul", percents: percents([70, 50, 30, 100, 70, 70, 50]) }))
      .sheet("Jury 2", (s) => cqpAssessorSheet(s, { assessor: "M. Pro", candidate: "DURAND Paul", percents: percents([50, 50, 50, 70, 50, 70, 30]), asPercentFormat: true }))
      .sheet("Jury 3", (s) => cqpAssessorSheet(s, { assessor: "Mme Tuteur", candidate: "Durand Paul", percents: percents([70, 70, 50, 70, 30, 50, 50]) }))
      .toSnapshot();
    const report = recognizeWorkbook(snapshot);
    expect(report.grid?.grid.id).toBe("cqp-agc");
    expect(report.layout).toBe("assessor-sheets");
    expect(report.candidates).toHaveLength(1);
    const candidate = report.candidates[0]!;
    expect(candidate.sheets).toEqual(["Jury 1", "Jury 2", "Jury 3"]);
    expect(candidate.assessment.findings).toEqual([]);
    const result = candidate.assessment.result as DomainResult;
    expect(result.assessors.map((a) => a.name)).toEqual(["Mme Jury", "M. Pro", "Mme Tuteur"]);
    expect(result.assessors[1]!.groups.map((g) => g.percent)).toEqual([50, 70, 50]);
    expect(result.panel[1]!.percent).toBe(80);
  });

  it("an observation an assessor did not rate is blocking, at its % cell", async () => {
    const values = percents([70, 50, 30, 100, 70, 70, 50]);
    delete values["obs-5"];
    let cell = "";
    const snapshot = await aWorkbook()
      .sheet("Jury 1", (s) => {
        cell = cqpAssessorSheet(s, { assessor: "Mme Jury", candidate: "DURAND Paul", percents: values }).levelCells["obs-5"]!["percent"]!;
      })
      .toSnapshot();
    const finding = recognizeWorkbook(snapshot).candidates[0]!.assessment.findings[0]!;
    expect(finding).toMatchObject({ code: "assessor-observation-missing", item: "obs-5", at: `'Jury 1'!${cell}` });
  });
});

describe("a tableau de suivi: one row per candidate", () => {
  it("reads each row's levels and typed mark", async () => {
    const snapshot = await aWorkbook()
      .sheet("Suivi E31", (s) =>
        rowPerCandidateSheet(s, {
          gridId: "agora-e31",
          title: "Classe de Terminale AGOrA",
          rows: [
            { name: "MARTIN Alice", levels: { "1.1": "M", "1.2": "F", "1.3": "E" }, mark: 15 },
            { name: "PETIT Bruno", levels: { "1.1": "Maîtrise", "1.2": "fonctionnel", "1.3": null } },
            { name: "DURAND Chloé", levels: { "1.1": "N", "1.2": "N", "1.3": "F" }, mark: 6 },
          ],
        }),
      )
      .toSnapshot();
    const report = recognizeWorkbook(snapshot);
    expect(report.grid?.grid.id).toBe("agora-e31");
    expect(report.layout).toBe("row-per-candidate");
    expect(report.candidates.map((c) => [c.name, c.row, c.assessment.complete])).toEqual([
      ["MARTIN Alice", 3, true],
      ["PETIT Bruno", 4, false],
      ["DURAND Chloé", 5, true],
    ]);
    expect((report.candidates[0]!.assessment.result as MarkResult).value).toBe(15);
    // A tableau de suivi with a mark column: an empty mark is « note non saisie », a warning.
    expect(report.candidates[1]!.assessment.findings.map((f) => f.code)).toEqual(["level-missing", "mark-missing"]);
    expect(report.candidates[2]!.assessment.findings.map((f) => f.code)).toEqual(["mark-differs"]);
    expect(report.candidates[2]!.markCell?.address).toMatch(/^[A-Z]5$/);
  });
});

describe("what is not a grid", () => {
  it("a sheet of other things is not recognised, and listed as ignored", async () => {
    const snapshot = await aWorkbook()
      .sheet("Courses", (s) => s.row(1, ["Produit", "Quantité", "Prix"]).row(2, ["Pommes", 3, 2.5]).row(3, ["Préparation", "Relation", "Client"]))
      .sheet("Vide")
      .toSnapshot();
    const report = recognizeWorkbook(snapshot);
    expect(report.grid).toBeNull();
    expect(report.layout).toBe("none");
    expect(report.ignored.map((i) => [i.sheet, i.reason.fr])).toEqual([
      ["Courses", "aucune grille reconnue"],
      ["Vide", "feuille vide"],
    ]);
  });

  it("lists sheets of another grid as ignored in a class workbook", async () => {
    const snapshot = await aWorkbook()
      .sheet("A", (s) => e31Sheet(s, { name: "A" }))
      .sheet("B", (s) => e31Sheet(s, { name: "B" }))
      .sheet("Suivi PFMP", (s) => pfmpSheet(s, { ticks: {} }))
      .toSnapshot();
    const report = recognizeWorkbook(snapshot);
    expect(report.grid?.grid.id).toBe("agora-e31");
    expect(report.candidates).toHaveLength(2);
    expect(report.ignored.map((i) => i.sheet)).toEqual(["Suivi PFMP"]);
  });
});

describe("awkward workbooks", () => {
  it("reads items on hidden rows and says so", async () => {
    let row = 0;
    const snapshot = await aWorkbook()
      .sheet("A", (s) => {
        const layout = e31Sheet(s, {});
        row = Number(/\d+$/.exec(layout.items["1.2"]!)![0]);
        s.hideRow(row);
      })
      .toSnapshot();
    const report = recognizeWorkbook(snapshot);
    expect(report.candidates[0]!.assessment.complete).toBe(true);
    expect(report.bindings[0]!.notes.map((n) => n.fr)).toEqual(["Items sur des lignes masquées : 1.2"]);
  });

  it("a 200-sheet class workbook: 200 candidates", async () => {
    const builder = aWorkbook();
    for (let i = 0; i < 200; i++) builder.sheet(`C${i}`, (s) => e31Sheet(s, { name: `Candidat ${i}`, decoration: false }));
    const report = recognizeWorkbook(await builder.toSnapshot());
    expect(report.candidates).toHaveLength(200);
    expect(report.candidates.filter((c) => c.assessment.complete)).toHaveLength(200);
  });
});
