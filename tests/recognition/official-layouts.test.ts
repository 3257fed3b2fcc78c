import { traceLine, type MarkResult } from "../../src/core";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import type { WorkbookReport } from "../../src/recognition/workbook/report";
import { aWorkbook, e31Sheet, e33Sheet, type Layout } from "../support/workbook-builder";

const codes = (report: WorkbookReport, i = 0) => report.candidates[i]!.assessment.findings.map((f) => f.code);
const markOf = (report: WorkbookReport, i = 0) => (report.candidates[i]!.assessment.result as MarkResult).value;

describe("the official E31 grid typed as a teacher would", () => {
  let layout!: Layout;
  const workbook = (opts: Parameters<typeof e31Sheet>[1] = {}) =>
    aWorkbook()
      .sheet("MARTIN Alice", (s) => (layout = e31Sheet(s, opts)))
      .toSnapshot();

  it("is recognised, bound where the builder put things, complete, and marked 15", async () => {
    const report = recognizeWorkbook(await workbook({ mark: 15, panel: [["Mme DURAND", "Professeure"], ["M. PETIT", "Tuteur"]] }));
    expect(report.grid?.grid.id).toBe("agora-e31");
    expect(report.layout).toBe("sheet-per-candidate");
    expect(report.confidence).toBeGreaterThan(0.9);
    const binding = report.bindings[0]!;
    for (const id of ["1.1", "1.2", "1.3"]) {
      expect(binding.items[id]!.label).toBe(layout.items[id]);
      expect(binding.items[id]!.levels).toEqual(layout.levelCells[id]);
    }
    for (const [id, cells] of Object.entries(layout.fields)) expect([id, binding.fields[id]?.value]).toEqual([id, cells.value]);
    expect(binding.panel?.members.slice(0, 2)).toEqual(layout.panel.slice(0, 2));
    const candidate = report.candidates[0]!;
    expect(candidate.name).toBe("MARTIN Alice");
    expect(candidate.assessment.findings).toEqual([]);
    expect(markOf(report)).toBe(15);
    expect(candidate.markCell).toEqual({ sheet: "MARTIN Alice", address: layout.fields["mark"]!.value });
    expect(traceLine(candidate.assessment.result!.trace)).toBe(
      "1.1 Maîtrise 0,75 + 1.2 Fonctionnel 0,5 + 1.3 Expertise 1 = 2,25 ; 2,25 / 3 × 20 = 15,00 ; arrondi au ½ point supérieur → 15 ; proposition de Grille : points par niveau, poids égaux ; règle officielle : arrondi au ½ point supérieur (« Note sur 20 (arrondie au ½ point supérieur) »)",
    );
  });

  it.each(["X", "x", "×", "✗", "✓", "•", "oui", "OUI", "Vrai"])("reads a cross typed « %s »", async (glyph) => {
    const report = recognizeWorkbook(await workbook({ glyph }));
    expect(markOf(report)).toBe(15);
  });

  it("reads a bare table without the title block", async () => {
    const report = recognizeWorkbook(await workbook({ decoration: false }));
    expect(report.grid?.grid.id).toBe("agora-e31");
    expect(markOf(report)).toBe(15);
  });

  it("two crosses on one row are a blocking finding pointing at the second", async () => {
    const report = recognizeWorkbook(await workbook({ levels: { "1.1": ["M", "E"], "1.2": "F", "1.3": "E" } }));
    const finding = report.candidates[0]!.assessment.findings[0]!;
    expect(finding).toMatchObject({ code: "level-multiple", item: "1.1", at: `'MARTIN Alice'!${layout.levelCells["1.1"]!["E"]}` });
    expect(markOf(report)).toBeNull();
  });

  it("a missing cross, an empty name and an empty appraisal are findings at their cells", async () => {
    const report = recognizeWorkbook(await workbook({ levels: { "1.1": "M", "1.2": null, "1.3": "E" }, name: "Léo", fields: { "appraisal-pfmp": null } }));
    const findings = report.candidates[0]!.assessment.findings;
    expect(findings.map((f) => [f.code, f.at])).toEqual([
      ["level-missing", `'MARTIN Alice'!${layout.levelCells["1.2"]!["N"]}`],
      ["appraisal-empty", `'MARTIN Alice'!${layout.fields["appraisal-pfmp"]!.value}`],
      ["mark-missing", `'MARTIN Alice'!${layout.fields["mark"]!.value}`],
    ]);
  });

  it("a typed mark that differs is a warning, the candidate stays complete", async () => {
    const report = recognizeWorkbook(await workbook({ mark: "14,5" }));
    expect(report.candidates[0]!.assessment.complete).toBe(true);
    expect(codes(report)).toEqual(["mark-differs"]);
  });

  it("an unknown mark in a level column is a finding, #N/A is no level", async () => {
    const snapshot = await aWorkbook()
      .sheet("A", (s) => {
        layout = e31Sheet(s, { levels: { "1.1": "M", "1.2": null, "1.3": null } });
        s.cell(layout.levelCells["1.2"]!["F"]!, "bof");
        s.error(layout.levelCells["1.3"]!["E"]!, "#N/A");
      })
      .toSnapshot();
    const report = recognizeWorkbook(snapshot);
    expect(codes(report)).toEqual(["level-unknown", "level-missing", "mark-missing"]);
  });

  it("reads the cached result of a formula in a level cell", async () => {
    const snapshot = await aWorkbook()
      .sheet("A", (s) => {
        layout = e31Sheet(s, { levels: { "1.1": "M", "1.2": "F", "1.3": null } });
        s.formula(layout.levelCells["1.3"]!["E"]!, 'IF(TRUE,"X","")', "X");
      })
      .toSnapshot();
    expect(markOf(recognizeWorkbook(snapshot))).toBe(15);
  });

  it("a class of 30 sheets and a blank template: 30 candidates and one template", async () => {
    const builder = aWorkbook().sheet("Modèle", (s) => e31Sheet(s, { name: null, levels: {}, fields: Object.fromEntries(["session", "date", "establishment", "registration", "appraisal-activities", "appraisal-pfmp"].map((k) => [k, null])), panel: [] }));
    const levels = ["N", "F", "M", "E"];
    for (let i = 0; i < 30; i++) {
      builder.sheet(`Élève ${i + 1}`, (s) => e31Sheet(s, { name: `ÉLÈVE ${i + 1}`, levels: { "1.1": levels[i % 4]!, "1.2": levels[(i + 1) % 4]!, "1.3": levels[(i + 2) % 4]! } }));
    }
    const report = recognizeWorkbook(await builder.toSnapshot());
    expect(report.templates).toEqual(["Modèle"]);
    expect(report.candidates).toHaveLength(30);
    expect(report.candidates.every((c) => c.assessment.complete)).toBe(true);
    expect(report.candidates.map((c) => c.name)).toContain("ÉLÈVE 17");
  });
});

describe("the official E33 grid", () => {
  it("is recognised with its two-row PROFIL header and marked 15", async () => {
    const report = recognizeWorkbook(await aWorkbook().sheet("DUPONT Léa", (s) => e33Sheet(s, { mark: 15 })).toSnapshot());
    expect(report.grid?.grid.id).toBe("mcv-e33");
    expect(report.candidates[0]!.assessment.findings).toEqual([]);
    expect(markOf(report)).toBe(15);
  });

  it("« Absence de présentation numérique » ticked gives 0; left empty changes nothing", async () => {
    const zero = recognizeWorkbook(await aWorkbook().sheet("A", (s) => e33Sheet(s, { noDigitalPresentation: true })).toSnapshot());
    expect(markOf(zero)).toBe(0);
    const normal = recognizeWorkbook(await aWorkbook().sheet("A", (s) => e33Sheet(s, { noDigitalPresentation: false })).toSnapshot());
    expect(markOf(normal)).toBe(15);
  });

  it("an empty motivated appraisal is blocking", async () => {
    const report = recognizeWorkbook(await aWorkbook().sheet("A", (s) => e33Sheet(s, { fields: { appraisal: null } })).toSnapshot());
    expect(codes(report)).toEqual(["appraisal-empty", "mark-missing"]);
  });
});
