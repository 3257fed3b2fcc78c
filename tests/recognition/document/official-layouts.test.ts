import { recognizeDocument, type DocumentRecognition } from "../../../src/recognition/document/recognize";
import { aDocument, cqpDocument, e31Document, e33Document, pfmpDocument, type Glyph } from "../../support/docx-builder";

/** The official grids as teachers keep them in Word: one recognition for sheets and documents. */

const markOf = (r: DocumentRecognition, i = 0) => {
  const result = r.report.candidates[i]?.assessment.result;
  return result?.kind === "mark" ? result.value : undefined;
};
const where = (r: DocumentRecognition, at: string | undefined) => (at ? r.layout.describe(at).fr : null);

describe("AGOrA E31 in Word", () => {
  it.each<[string, Glyph]>([
    ["X", "X"],
    ["x", "x"],
    ["✓", "✓"],
    ["a bold X", { bold: "X" }],
  ])("reads crosses typed as %s: complete, 15/20", async (_, glyph) => {
    const r = recognizeDocument(await e31Document(aDocument(), { glyph }).toSnapshot());
    expect(r.report.grid?.grid.id).toBe("agora-e31");
    expect(r.report.candidates.map((c) => [c.name, c.assessment.complete])).toEqual([["MARTIN Alice", true]]);
    expect(markOf(r)).toBe(15);
  });

  it("points a missing level at its table cells, and the mark at its placeholder", async () => {
    const r = recognizeDocument(await e31Document(aDocument(), { levels: { "1.1": "M", "1.2": null, "1.3": "E" } }).toSnapshot());
    const candidate = r.report.candidates[0]!;
    const missing = candidate.assessment.findings.find((f) => f.code === "level-missing")!;
    expect(missing.item).toBe("1.2");
    expect(where(r, missing.at)).toBe("tableau 1, ligne 4, colonne 3");
    expect(r.layout.locate(`'${candidate.markCell!.sheet}'!${candidate.markCell!.address}`)).toMatchObject({ kind: "paragraph", part: "value" });
  });

  it("finds the grid in a report, with prose before and after it", async () => {
    const r = recognizeDocument(await e31Document(aDocument(), { prose: true, levels: { "1.1": "M", "1.2": "F", "1.3": "F" } }).toSnapshot());
    expect(r.report.candidates[0]!.assessment.complete).toBe(true);
    expect(markOf(r)).toBe(12);
  });

  it("reads a typed mark and warns when it differs from the proposed one", async () => {
    const r = recognizeDocument(await e31Document(aDocument(), { mark: "13" }).toSnapshot());
    const findings = r.report.candidates[0]!.assessment.findings;
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["mark-differs", "warning"]]);
    expect(where(r, findings[0]!.at)).toMatch(/^paragraphe \d+$/);
  });

  it("asks for the missing name, appraisal and panel of a blank copy being filled in", async () => {
    const r = recognizeDocument(await e31Document(aDocument(), { name: null, fields: { "appraisal-activities": null }, panel: [] }).toSnapshot());
    expect(r.report.candidates[0]!.assessment.findings.map((f) => f.code).sort()).toEqual(["appraisal-empty", "field-empty", "mark-missing", "panel-empty"]);
  });
});

describe("MCV E33 in Word", () => {
  it("reads profiles under a merged two-row header: complete, 15/20", async () => {
    const r = recognizeDocument(await e33Document(aDocument()).toSnapshot());
    expect(r.report.grid?.grid.id).toBe("mcv-e33");
    expect(r.report.candidates.map((c) => [c.name, c.assessment.complete])).toEqual([["DUPONT Léa", true]]);
    expect(markOf(r)).toBe(15);
  });

  it("gives 0 without a digital presentation", async () => {
    const r = recognizeDocument(await e33Document(aDocument(), { noDigitalPresentation: true }).toSnapshot());
    expect(markOf(r)).toBe(0);
  });

  it("flags two profiles crossed for one criterion", async () => {
    const r = recognizeDocument(await e33Document(aDocument(), { levels: { traiter: ["2", "3"], contribuer: "3", evaluer: "2", communiquer: "4" } }).toSnapshot());
    const finding = r.report.candidates[0]!.assessment.findings.find((f) => f.code === "level-multiple");
    expect(finding?.item).toBe("traiter");
    expect(where(r, finding?.at)).toMatch(/^tableau 2, ligne 3, colonne \d$/);
  });
});

describe("PFMP tracking in Word", () => {
  it("reads the periods ticked per competency, one table per pôle", async () => {
    const r = recognizeDocument(await pfmpDocument(aDocument(), { ticks: { "1.1.1": ["P1"], "1.1.2": ["P1", "P3"] } }).toSnapshot());
    expect(r.report.grid?.grid.id).toBe("agora-pfmp");
    const result = r.report.candidates[0]!.assessment.result;
    expect(result?.kind === "coverage" && [result.practised, result.total]).toEqual([2, 37]);
    const gap = r.report.candidates[0]!.assessment.findings.find((f) => f.code === "coverage-gap");
    expect(where(r, gap?.at)).toMatch(/^tableau \d, ligne \d+, colonne \d$/);
  });
});

describe("CQP AGC in Word", () => {
  it("reads one assessor's percentages", async () => {
    const percents = { "obs-1": "70", "obs-2": "50 %", "obs-3": "100", "obs-4": "70", "obs-5": "30", "obs-6": "70", "obs-7": "50" };
    const r = recognizeDocument(await cqpDocument(aDocument(), { assessor: "Mme LEROY, formatrice", candidate: "DUBOIS Emma", percents }).toSnapshot());
    expect(r.report.grid?.grid.id).toBe("cqp-agc");
    expect(r.report.layout).toBe("assessor-sheets");
    const result = r.report.candidates[0]!.assessment.result;
    expect(result?.kind).toBe("domains");
    expect(result?.kind === "domains" && result.assessors[0]!.groups.map((g) => g.percent)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
  });
});
