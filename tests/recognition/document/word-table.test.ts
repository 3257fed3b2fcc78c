import { builtInGrids } from "../../../src/referentials";
import { applyDocumentPlan, docxBuffer, newDocx, readDocxBuffer } from "../../../src/hosts/docx";
import { evaluationExport, parseEvaluationExport } from "../../../src/recognition/document/evaluation-export";
import { recognizeDocument } from "../../../src/recognition/document/recognize";
import { grilleTag, parseGrilleTag } from "../../../src/recognition/document/tags";
import { documentToSheet } from "../../../src/recognition/document/to-sheet";
import { fillWordTable, gridWordTable, type WordTable } from "../../../src/recognition/document/word-table";
import type { Evaluation } from "../../../src/core";
import { anEvaluation, grid } from "../../support/evaluation-builder";
import { gateDocument } from "../../../src/recognition/document/edits";
import { NO_CONSENT } from "../../../src/recognition/plans/consent";

/** A Word table built from « Nouvelle grille », written into a .docx and read back as Word would give it. */
async function insertedAndRead(tables: { table: WordTable; heading?: string }[]) {
  const document = newDocx("grille.docx");
  const changes = tables.map(({ table, heading }, i) => ({ kind: "insert-table" as const, sheet: "grille.docx", table, position: "end" as const, pageBreakBefore: i > 0, ...(heading && { heading }) }));
  const layout = documentToSheet({ name: "grille.docx", blocks: [], contentControls: [] });
  const applied = await applyDocumentPlan(document, gateDocument({ changes }, layout, NO_CONSENT), layout);
  expect(applied).toEqual({ ok: true, written: tables.length });
  const read = await readDocxBuffer(await docxBuffer(document), "grille.docx");
  if (!read.ok) throw new Error(read.error.message);
  return read.snapshot;
}

const tags = (table: WordTable) => table.rows.flat().flatMap((c) => (c.tag ? [c.tag] : []));

describe("a grid as a Word table", () => {
  it.each([...builtInGrids().keys()])("%s: widths that fill the page, a tag on each level cell and each field", (id) => {
    const compiled = grid(id);
    const table = gridWordTable(compiled);
    expect(table.columns.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
    const tagged = tags(table).map((t) => parseGrilleTag(t)!);
    for (const item of compiled.grid.items) {
      const levels = tagged.filter((t) => t.id === item.id).map((t) => t.level);
      expect(levels).toEqual(compiled.grid.scale.kind === "percent" ? [null] : [...compiled.levels.keys()]);
    }
    for (const field of compiled.grid.fields) expect(tagged.some((t) => t.id === field.id)).toBe(true);
    // Every grid position is covered by exactly one cell.
    const covered = new Map<string, number>();
    table.rows.forEach((cells, r) => {
      for (const c of cells) for (let dr = 0; dr < c.rowSpan; dr++) for (let dc = 0; dc < c.colSpan; dc++) covered.set(`${r + dr}:${c.column + dc}`, (covered.get(`${r + dr}:${c.column + dc}`) ?? 0) + 1);
    });
    expect([...covered.values()].every((n) => n === 1)).toBe(true);
    expect(covered.size).toBe(table.rows.length * table.columns.length);
  });

  it("tags as grille:<grid>:<id>[:<level>]", () => {
    expect(grilleTag("agora-e31", "1.1", "M")).toBe("grille:agora-e31:1.1:M");
    expect(parseGrilleTag("grille:mcv-e33:candidate")).toEqual({ gridId: "mcv-e33", id: "candidate", level: null });
    expect(parseGrilleTag("autre:x:y")).toBeNull();
    expect(parseGrilleTag("grille::1.1")).toBeNull();
  });

  it.each([...builtInGrids().keys()])("%s: once inserted, is re-read by its content controls exactly", async (id) => {
    const compiled = grid(id);
    const snapshot = await insertedAndRead([{ table: gridWordTable(compiled) }]);
    const r = recognizeDocument(snapshot);
    expect(r.source).toBe("tags");
    expect(r.report.grid?.grid.id).toBe(id);
    const binding = r.report.bindings[0]!;
    expect(binding.missing.items).toEqual([]);
    expect(binding.confidence).toBe(1);
    // A blank grid is a template, not a candidate.
    expect(r.report.templates).toHaveLength(1);
  });

  it("filled with an exported evaluation, is complete with the expected mark", async () => {
    const compiled = grid("agora-e31");
    const evaluation = anEvaluation(compiled)
      .withLevels({ "1.1": "M", "1.2": "F", "1.3": "E" })
      .withAllFields()
      .withField("candidate", "MARTIN Alice")
      .withPanel([["Mme DURAND", "Professeure"], ["M. PETIT", "Tuteur"]])
      .build();
    const table = fillWordTable(gridWordTable(compiled), evaluation);
    const r = recognizeDocument(await insertedAndRead([{ table, heading: "MARTIN Alice" }]));
    const candidate = r.report.candidates[0]!;
    expect(candidate.name).toBe("MARTIN Alice");
    // Complete: only the warning that the commission has not typed its mark yet.
    expect(candidate.assessment.findings.map((f) => [f.code, f.severity])).toEqual([["mark-missing", "warning"]]);
    expect(candidate.assessment.complete).toBe(true);
    expect(candidate.assessment.result?.kind === "mark" && candidate.assessment.result.value).toBe(15);
  });

  it("filled for the CQP, writes percentages", async () => {
    const compiled = grid("cqp-agc");
    const evaluation: Evaluation = { gridId: "cqp-agc", ratings: { "obs-1": { values: [{ kind: "number", value: 70 }] } }, fields: { candidate: { value: "DUBOIS Emma" } }, flags: {} };
    const cells = fillWordTable(gridWordTable(compiled), evaluation).rows.flat();
    expect(cells.find((c) => c.tag === "grille:cqp-agc:obs-1")?.text).toBe("70 %");
    expect(cells.find((c) => c.tag === "grille:cqp-agc:candidate")?.text).toBe("DUBOIS Emma");
  });

  it("filled, writes a date read from a workbook (ISO) as a teacher writes it", () => {
    const compiled = grid("mcv-e33");
    const evaluation: Evaluation = { gridId: "mcv-e33", ratings: {}, fields: { date: { value: "2025-05-27" }, session: { value: "2025" } }, flags: {} };
    const cells = fillWordTable(gridWordTable(compiled), evaluation).rows.flat();
    expect(cells.find((c) => c.tag === "grille:mcv-e33:date")?.text).toBe("27/05/2025");
    expect(cells.find((c) => c.tag === "grille:mcv-e33:session")?.text).toBe("2025");
  });

  it("for several candidates, gives each its table after a Heading 1, read as one candidate each", async () => {
    const compiled = grid("mcv-e33");
    const fill = (name: string, profile: string) =>
      fillWordTable(gridWordTable(compiled, { candidate: name }), anEvaluation(compiled).withLevels({ traiter: profile, contribuer: profile, evaluer: profile, communiquer: profile }).build());
    const r = recognizeDocument(await insertedAndRead([{ table: fill("DUPONT Léa", "4"), heading: "DUPONT Léa" }, { table: fill("MOREAU Tom", "2"), heading: "MOREAU Tom" }]));
    expect(r.layout.sheets.map((s) => s.name)).toEqual(["DUPONT Léa", "MOREAU Tom"]);
    expect(r.report.candidates.map((c) => [c.name, c.assessment.result?.kind === "mark" ? c.assessment.result.value : null])).toEqual([
      ["DUPONT Léa", 20],
      ["MOREAU Tom", 10],
    ]);
  });
});

describe("the exported evaluation (« Copier la fiche »)", () => {
  const evaluation = anEvaluation(grid("agora-e31")).withLevels({ "1.1": "M" }).withField("candidate", "MARTIN Alice").build();

  it("round-trips through JSON", () => {
    const text = JSON.stringify(evaluationExport("agora-e31", "MARTIN Alice", evaluation));
    expect(parseEvaluationExport(text)).toEqual({ ok: true, value: evaluationExport("agora-e31", "MARTIN Alice", evaluation) });
  });

  it("refuses what is not one, in French, naming the place, without throwing", () => {
    expect(parseEvaluationExport("pas du json")).toEqual({ ok: false, errors: [expect.stringMatching(/^Ce n’est pas une fiche d’évaluation Grille : le texte n’est pas du JSON/)] });
    expect(parseEvaluationExport("{}")).toEqual({ ok: false, errors: [expect.stringContaining("« format »")] });
    expect(parseEvaluationExport(JSON.stringify({ format: "grille-evaluation", version: 2 }))).toEqual({ ok: false, errors: [expect.stringContaining("Version de fiche non prise en charge : 2")] });
    const broken = { ...evaluationExport("agora-e31", null, evaluation), evaluation: { ...evaluation, ratings: { "1.1": { values: [{ kind: "level" }] } } } };
    const result = parseEvaluationExport(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^évaluation\.niveaux\.1\.1\.valeurs\[0\]/);
    const mismatch = evaluationExport("mcv-e33", null, evaluation);
    expect(parseEvaluationExport(JSON.stringify(mismatch))).toEqual({ ok: false, errors: [expect.stringContaining("annonce la grille « mcv-e33 »")] });
  });
});
