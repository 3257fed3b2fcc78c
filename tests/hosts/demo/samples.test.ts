import { demoSample, demoSamples, CQP_CANDIDATE, E31_CANDIDATES, E33_CANDIDATES, PFMP_STUDENTS } from "../../../src/hosts/demo/samples";
import { markPlan } from "../../../src/recognition/plans/marks";
import { parseA1 } from "../../../src/recognition/snapshot/cells";
import { cellAt, type WorkbookSnapshot } from "../../../src/recognition/snapshot/workbook";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";
import type { CandidateReport } from "../../../src/recognition/workbook/report";

/** The demo's samples tell a story; recognition must tell it back, number for number. */

const codes = (c: CandidateReport) => c.assessment.findings.map((f) => `${f.severity}:${f.code}`);
const markOf = (c: CandidateReport) => (c.assessment.result?.kind === "mark" ? c.assessment.result.value : undefined);
const valueAt = (snapshot: WorkbookSnapshot) => (sheet: string, address: string) => {
  const at = parseA1(address)!;
  return cellAt(snapshot.sheets.find((s) => s.name === sheet)!, at.row, at.col);
};

it("has the five samples, each with labels in both languages", () => {
  expect(demoSamples().map((s) => s.id)).toEqual(["e31", "e33", "cqp", "pfmp", "ccf"]);
  for (const sample of demoSamples()) {
    expect(sample.label.fr).not.toBe("");
    expect(sample.description.en).not.toBe("");
  }
});

describe("E31: a class of six candidates", () => {
  const { snapshot } = demoSample("e31");
  const report = recognizeWorkbook(snapshot);

  it("is recognised as E31, one sheet per candidate, with every candidate", () => {
    expect(report.grid?.grid.id).toBe("agora-e31");
    expect(report.layout).toBe("sheet-per-candidate");
    expect(report.candidates.map((c) => c.name)).toEqual(E31_CANDIDATES.map((c) => c.name));
    expect(report.templates).toEqual([]);
    expect(report.ignored).toEqual([]);
  });

  it("has four complete candidates and two incomplete ones, for the reasons planted", () => {
    expect(report.candidates.filter((c) => c.assessment.complete)).toHaveLength(4);
    const byName = Object.fromEntries(report.candidates.map((c) => [c.name, c]));
    expect(codes(byName["Lucas Fernandes"]!)).toEqual(["blocking:level-missing", "warning:mark-missing"]);
    expect(byName["Lucas Fernandes"]!.assessment.findings[0]!.item).toBe("1.3");
    expect(codes(byName["Inès Moreau"]!)).toEqual(["blocking:appraisal-empty", "warning:mark-missing"]);
    expect(byName["Inès Moreau"]!.assessment.findings[0]!.field).toBe("appraisal-pfmp");
  });

  it("proposes the marks a teacher would compute by hand", () => {
    expect(Object.fromEntries(report.candidates.map((c) => [c.name, markOf(c)]))).toEqual({
      "Léa Martin": 17,
      "Yanis Benali": 12,
      "Chloé Dubois": 15,
      "Lucas Fernandes": null,
      "Inès Moreau": 18.5,
      "Mathis Lefèvre": 8.5,
    });
  });

  it("has one typed mark, 13, that differs from the proposed 15", () => {
    const chloe = report.candidates.find((c) => c.name === "Chloé Dubois")!;
    expect(codes(chloe)).toEqual(["warning:mark-differs"]);
    expect(chloe.assessment.findings[0]!.message.fr).toContain("(13)");
    expect(chloe.assessment.findings[0]!.message.fr).toContain("(15)");
  });

  it("leaves the other mark cells empty, with no formula, so that « Écrire les notes » has four marks to write", () => {
    const plan = markPlan(report, valueAt(snapshot));
    expect(plan.plan.changes.map((c) => (c.kind === "cell" ? [c.sheet, c.value] : null))).toEqual([
      ["Léa Martin", 17],
      ["Yanis Benali", 12],
      ["Inès Moreau", 18.5],
      ["Mathis Lefèvre", 8.5],
    ]);
    expect(plan.differences.map((d) => [d.candidate.name, d.typed, d.proposed])).toEqual([["Chloé Dubois", 13, 15]]);
    for (const sheet of snapshot.sheets) expect(sheet.formulaCells ?? []).toEqual([]);
  });
});

describe("E33: three candidates, one without a digital presentation", () => {
  const report = recognizeWorkbook(demoSample("e33").snapshot);

  it("is recognised as E33 with the three candidates and their marks", () => {
    expect(report.grid?.grid.id).toBe("mcv-e33");
    expect(report.candidates.map((c) => c.name)).toEqual(E33_CANDIDATES.map((c) => c.name));
    expect(report.candidates.map(markOf)).toEqual([16.5, 11.5, 0]);
  });

  it("marks the candidate without a digital presentation 0 by the rule; not examined, she needs no profile", () => {
    const camille = report.candidates[2]!;
    expect(camille.assessment.result).toMatchObject({ kind: "mark", status: "rule", value: 0 });
    expect(codes(camille)).toEqual(["warning:mark-missing"]);
    // Before « Écrire les notes », the only thing to say is that the commission's mark is not typed yet.
    expect(report.candidates.slice(0, 2).map((c) => [c.assessment.complete, codes(c)])).toEqual([
      [true, ["warning:mark-missing"]],
      [true, ["warning:mark-missing"]],
    ]);
  });
});

describe("CQP: one candidate, three assessors", () => {
  const { snapshot } = demoSample("cqp");
  const report = recognizeWorkbook(snapshot);
  const candidate = report.candidates[0]!;

  it("consolidates the three assessor sheets into one candidate", () => {
    expect(report.grid?.grid.id).toBe("cqp-agc");
    expect(report.layout).toBe("assessor-sheets");
    expect(report.candidates).toHaveLength(1);
    expect(candidate.name).toBe(CQP_CANDIDATE);
    expect(candidate.sheets).toHaveLength(3);
  });

  it("gives each domain's panel percentage and finds the observation one assessor left empty", () => {
    const result = candidate.assessment.result;
    if (result?.kind !== "domains") throw new Error("domains expected");
    expect(result.panel.map((p) => Math.round(p.percent! * 100) / 100)).toEqual([74.44, 56.67, 76.67]);
    expect(codes(candidate)).toEqual(["blocking:assessor-observation-missing"]);
    expect(candidate.assessment.findings[0]!.assessor).toBe(2);
    expect(candidate.assessment.findings[0]!.at).toMatch(/^'Jury 3 – Mme Perrin'!/);
  });

  it("shows each assessor's domain means as Excel would, in formula cells", () => {
    for (const sheet of snapshot.sheets) expect(sheet.formulaCells).toHaveLength(3);
    const first = snapshot.sheets[0]!;
    const values = first.formulaCells!.map((address) => valueAt(snapshot)(first.name, address));
    expect(values.map((v) => Math.round((v as number) * 1000) / 1000)).toEqual([0.8, 0.5, 0.8]);
  });
});

describe("PFMP: three students' tracking sheets", () => {
  const { snapshot } = demoSample("pfmp");
  const report = recognizeWorkbook(snapshot);

  it("is recognised as the PFMP grid with the three students", () => {
    expect(report.grid?.grid.id).toBe("agora-pfmp");
    expect(report.candidates.map((c) => c.name)).toEqual(PFMP_STUDENTS.map((s) => s.name));
  });

  it("finds exactly the competencies planted as never practised", () => {
    for (const [i, student] of PFMP_STUDENTS.entries()) {
      const candidate = report.candidates[i]!;
      expect(candidate.assessment.findings.map((f) => f.item)).toEqual(student.gaps);
      expect(candidate.assessment.findings.every((f) => f.code === "coverage-gap")).toBe(true);
      expect(candidate.assessment.complete).toBe(student.gaps.length === 0);
    }
  });

  it("ticks only the periods each student has done, and shows the coverage in formula cells", () => {
    const manon = report.candidates[2]!;
    const periods = new Set(Object.values(manon.evaluation.ratings).flatMap((r) => r.values.map((v) => (v.kind === "level" ? v.code : "?"))));
    expect([...periods].sort()).toEqual(["P1", "P2", "P3", "P4"]);
    const sheet = snapshot.sheets[1]!;
    expect(sheet.formulaCells!.map((a) => valueAt(snapshot)(sheet.name, a))).toEqual([35, 35 / 37]);
  });
});
