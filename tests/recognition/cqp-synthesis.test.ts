import { traceLine, type DomainResult } from "../../src/core";
import { demoSample, CQP_CANDIDATE } from "../../src/hosts/demo/samples";
import { synthesisPlan, currentSynthesis, type SynthesisInput } from "../../src/recognition/plans/panel-synthesis";
import { NO_CONSENT, PREVIEWED } from "../../src/recognition/plans/consent";
import { gate } from "../../src/recognition/plans/gate";
import { applyPlanToSnapshot } from "../../src/recognition/snapshot/apply-plan";
import type { WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import { cellLookup } from "../../src/taskpane/state/plans";
import { aWorkbook, cqpAssessorSheet, type SheetBuilder } from "../support/workbook-builder";
import { grid } from "../support/evaluation-builder";
import { aDocument, cqpDocument } from "../support/docx-builder";
import { documentCell, recognizeDocument } from "../../src/recognition/document/recognize";
import { applyPlanToDocument } from "../../src/recognition/document/apply-document";
import { documentToSheet } from "../../src/recognition/document/to-sheet";
import { gateDocument } from "../../src/recognition/document/edits";

const cqp = grid("cqp-agc");
const recognise = (snapshot: WorkbookSnapshot) => recognizeWorkbook(snapshot, { forcedGrid: cqp });
const domainsOf = (snapshot: WorkbookSnapshot) => recognise(snapshot).candidates[0]!.assessment.result as DomainResult;

const agreed: SynthesisInput = {
  figures: {
    "relation-client": { percent: 75, reason: null },
    produits: { percent: 60, reason: "Offres revues ensemble après l'entretien" },
    outil: { percent: 75, reason: null },
  },
  comment: "Candidate à l'aise avec les clients ; connaissance des offres à consolider.",
  chair: "M. Karim Haddad",
};

describe("the CQP president's synthesis is data in the file", () => {
  const demo = demoSample("cqp").snapshot;

  it("without a synthesis, the members' mean is only Grille's proposal, provisional while a member's grid is incomplete", () => {
    const result = domainsOf(demo);
    expect(result.synthesis).toBeNull();
    expect(result.provisional).toBe(true);
    expect(result.panel.every((d) => !d.overridden)).toBe(true);
    expect(traceLine(result.trace)).toContain("(proposition de Grille, en attente du pourcentage retenu par le jury)");
  });

  it("written from the pane as a « Grille de synthèse » sheet, it survives reopening: figures, reason, comment, chair", () => {
    const report = recognise(demo);
    const candidate = report.candidates[0]!;
    const plan = synthesisPlan(report, candidate, agreed, cellLookup(demo), { existingSheets: demo.sheets.map((s) => s.name) });
    expect(plan.changes.map((c) => c.kind)).toEqual(["sheet"]);
    expect(gate(plan, demo, NO_CONSENT)).toMatchObject({ ok: true });

    const reopened = recognise(applyPlanToSnapshot(demo, plan));
    const again = reopened.candidates[0]!;
    expect(reopened.candidates).toHaveLength(1);
    expect(again.name).toBe(CQP_CANDIDATE);
    expect(again.synthesis?.sheet).toBe("Synthèse jury");
    const result = again.assessment.result as DomainResult;
    expect(result.panel.map((d) => [d.groupId, d.percent, d.overridden, d.reason])).toEqual([
      ["relation-client", 75, true, null],
      ["produits", 60, true, "Offres revues ensemble après l'entretien"],
      ["outil", 75, true, null],
    ]);
    expect(result.synthesis).toEqual({ comment: agreed.comment, chair: agreed.chair, sheet: "Synthèse jury" });
    // Mme Perrin's grid still misses an observation: the figures stay provisional.
    expect(result.provisional).toBe(true);
    expect(traceLine(result.trace)).toContain("PRODUITS / OFFRES COMMERCIALES : moyenne des membres (50 + 70 + 50) / 3 = 56,67 % ; retenu par le jury 60 % (Offres revues ensemble après l'entretien)");
    expect(currentSynthesis(again)).toEqual(agreed);
  });

  it("edited again, only the cells that change are written, each with what it replaces", () => {
    const first = recognise(demo);
    const written = applyPlanToSnapshot(demo, synthesisPlan(first, first.candidates[0]!, agreed, cellLookup(demo), { existingSheets: demo.sheets.map((s) => s.name) }));
    const report = recognise(written);
    const candidate = report.candidates[0]!;
    const edited: SynthesisInput = { ...agreed, figures: { ...agreed.figures, outil: { percent: 80, reason: "Organisation exemplaire" } } };
    const plan = synthesisPlan(report, candidate, edited, cellLookup(written), { existingSheets: written.sheets.map((s) => s.name) });
    expect(plan.changes.map((c) => (c.kind === "cell" ? [c.address, c.value, c.previous] : c.kind))).toEqual([
      ["D10", 80, 75],
      ["D23", "Organisation exemplaire", null],
    ]);
    // The gate lets through a change whose `previous` is what the cell holds, as the preview showed it.
    expect(gate(plan, written, PREVIEWED)).toMatchObject({ ok: true });
    expect(gate(plan, written, NO_CONSENT)).toMatchObject({ ok: false, refusals: [{ code: "cell-not-empty" }] });
    const result = domainsOf(applyPlanToSnapshot(written, plan));
    expect(result.panel[2]).toMatchObject({ percent: 80, reason: "Organisation exemplaire" });
  });

  it("a member's grid made complete leaves the agreed figures final", async () => {
    const percents = (values: number[]) => Object.fromEntries(cqp.grid.items.map((item, i) => [item.id, values[i]!]));
    const snapshot = await aWorkbook()
      .sheet("Jury 1", (s: SheetBuilder) => cqpAssessorSheet(s, { assessor: "Mme Caron, tutrice", candidate: "DURAND Paul", percents: percents([70, 70, 70, 50, 70, 70, 70]) }))
      .sheet("Grille de synthèse", (s: SheetBuilder) => officialSynthesis(s, "DURAND Paul", ["65 %", 50, "70"], "Bon niveau d'ensemble.", "Mme Caron"))
      .toSnapshot();
    const report = recognizeWorkbook(snapshot);
    const result = report.candidates[0]!.assessment.result as DomainResult;
    expect(result.panel.map((d) => d.percent)).toEqual([65, 50, 70]);
    expect(result.provisional).toBe(false);
    expect(result.synthesis).toMatchObject({ comment: "Bon niveau d'ensemble.", chair: "Mme Caron", sheet: "Grille de synthèse" });
  });

  it("a synthesis grid with nothing agreed yet says what is left, as warnings", async () => {
    const percents = Object.fromEntries(cqp.grid.items.map((item) => [item.id, 70]));
    const snapshot = await aWorkbook()
      .sheet("Jury 1", (s: SheetBuilder) => cqpAssessorSheet(s, { assessor: "Mme Caron, tutrice", candidate: "DURAND Paul", percents }))
      .sheet("Synthèse", (s: SheetBuilder) => officialSynthesis(s, "DURAND Paul", ["%", "%", "%"], null, null))
      .toSnapshot();
    const { assessment } = recognizeWorkbook(snapshot).candidates[0]!;
    expect(assessment.complete).toBe(true);
    expect(assessment.findings.map((f) => [f.code, f.severity])).toEqual([
      ["synthesis-figure-missing", "warning"],
      ["synthesis-figure-missing", "warning"],
      ["synthesis-figure-missing", "warning"],
      ["synthesis-comment-missing", "warning"],
      ["synthesis-chair-missing", "warning"],
    ]);
  });
});

/** Seed 003's synthesis page as a teacher types it: identity row, title, domains, « % » cells, comments, signature. */
function officialSynthesis(s: SheetBuilder, candidate: string, figures: (string | number)[], comment: string | null, chair: string | null): void {
  s.cell("A1", "Cette grille est destinée au président du jury ou au professionnel");
  s.row(3, ["Date de l'évaluation", "Nom et fonction des membres du jury ou du professionnel", "Nom et prénom du candidat", "Entreprise du candidat"]);
  s.row(4, ["12/06/2025", "Mme Caron, tutrice", candidate, "Assurances du Val de Loire"]);
  s.cell("A6", "Grille de synthèse des appréciations Jury ou Professionnel CQP Assistant(e) de gestion client");
  s.row(7, ["Domaines", "RELATION CLIENT / ARGUMENTATION", "PRODUITS / OFFRES COMMERCIALES", "OUTIL / ORGANISATION DU TRAVAIL"]);
  s.row(8, ["L'appréciation de chaque domaine", ...figures]);
  s.cell("A10", "Commentaires :").cell("A11", comment);
  s.cell("A15", "Signature du président du jury ou du professionnel").cell("B15", chair);
}

/** An observation grid (70 % everywhere) followed by the agreed synthesis as a table, its comment as a paragraph. */
function withAgreedSynthesis() {
  const percents = Object.fromEntries(cqp.grid.items.map((item) => [item.id, "70"]));
  return cqpDocument(aDocument(), { assessor: "Mme Caron, tutrice", candidate: "DURAND Paul", percents })
    .paragraph("Grille de synthèse des appréciations Jury ou Professionnel CQP Assistant(e) de gestion client", { bold: true })
    .table([
      ["Domaines", "RELATION CLIENT / ARGUMENTATION", "PRODUITS / OFFRES COMMERCIALES", "OUTIL / ORGANISATION DU TRAVAIL"],
      ["L'appréciation de chaque domaine", "75 %", "65 %", "70 %"],
    ])
    .paragraph("Commentaires :")
    .paragraph("Candidat solide, à l'écoute du client.")
    .table([["Signature du président du jury ou du professionnel", "M. Haddad"]]);
}

describe("in Word", () => {
  it("an observation grid followed by the synthesis grid as a table: the agreed figures, comment and chair are read", async () => {
    const { report } = recognizeDocument(await withAgreedSynthesis().toSnapshot());
    expect(report.candidates).toHaveLength(1);
    const result = report.candidates[0]!.assessment.result as DomainResult;
    expect(result.panel.map((d) => [d.percent, d.overridden])).toEqual([
      [75, true],
      [65, true],
      [70, true],
    ]);
    expect(result.synthesis).toMatchObject({ comment: "Candidat solide, à l'écoute du client.", chair: "M. Haddad" });
  });

  const wordCqp = async (withSynthesis: boolean) => {
    const percents = Object.fromEntries(cqp.grid.items.map((item) => [item.id, "70"]));
    const doc = cqpDocument(aDocument(), { assessor: "Mme Caron, tutrice", candidate: "DURAND Paul", percents });
    if (withSynthesis)
      doc
        .paragraph("Grille de synthèse des appréciations Jury ou Professionnel CQP Assistant(e) de gestion client", { bold: true })
        .table([
          ["Domaines", "RELATION CLIENT / ARGUMENTATION", "PRODUITS / OFFRES COMMERCIALES", "OUTIL / ORGANISATION DU TRAVAIL"],
          ["L'appréciation de chaque domaine", "", "", ""],
        ])
        .table([["Commentaires :"], [""]])
        .table([["Signature du président du jury ou du professionnel", ""]]);
    return doc.toSnapshot();
  };

  it("the president's synthesis is written into the document's synthesis table through the gate, and read back", async () => {
    const document = await wordCqp(true);
    const recognition = recognizeDocument(document);
    const candidate = recognition.report.candidates[0]!;
    expect(candidate.synthesis).toBeDefined();
    const plan = synthesisPlan(recognition.report, candidate, agreed, documentCell(recognition.snapshot), { existingSheets: [], container: "document" });
    expect(plan.changes.length).toBeGreaterThan(0);
    expect(plan.changes.every((c) => c.kind === "cell")).toBe(true);
    const layout = documentToSheet(document);
    expect(gateDocument(plan, layout, PREVIEWED)).toMatchObject({ ok: true });
    const applied = applyPlanToDocument(document, plan);
    if (!applied.ok) throw new Error(applied.errors.map((e) => e.fr).join("; "));
    const again = recognizeDocument(applied.document).report.candidates[0]!;
    const result = again.assessment.result as DomainResult;
    expect(result.panel.map((d) => d.percent)).toEqual([75, 60, 75]);
    expect(result.synthesis).toMatchObject({ comment: agreed.comment, chair: agreed.chair });
  });

  it("a Word document without a synthesis table: a clear French message, no write offered", async () => {
    const document = await wordCqp(false);
    const recognition = recognizeDocument(document);
    const candidate = recognition.report.candidates[0]!;
    const plan = synthesisPlan(recognition.report, candidate, agreed, documentCell(recognition.snapshot), { existingSheets: [], container: "document" });
    expect(plan.changes).toEqual([]);
    expect(plan.refusal?.fr).toContain("Grille de synthèse");
  });

  it("an agreed synthesis already in the document (comment as a paragraph) is rewritten in place", async () => {
    const document = await withAgreedSynthesis().toSnapshot();
    const recognition = recognizeDocument(document);
    const plan = synthesisPlan(recognition.report, recognition.report.candidates[0]!, agreed, documentCell(recognition.snapshot), { existingSheets: [], container: "document" });
    expect(gateDocument(plan, documentToSheet(document), NO_CONSENT)).toMatchObject({ ok: false });
    expect(gateDocument(plan, documentToSheet(document), PREVIEWED)).toMatchObject({ ok: true });
    const applied = applyPlanToDocument(document, plan);
    if (!applied.ok) throw new Error(applied.errors.map((e) => e.fr).join("; "));
    const result = recognizeDocument(applied.document).report.candidates[0]!.assessment.result as DomainResult;
    expect(result.panel.map((d) => d.percent)).toEqual([75, 60, 75]);
    expect(result.synthesis).toMatchObject({ comment: agreed.comment, chair: agreed.chair });
  });
});
