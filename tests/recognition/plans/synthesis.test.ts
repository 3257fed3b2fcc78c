import type { NewSheet, WritePlan } from "../../../src/recognition/plans/plan";
import { synthesisPlan } from "../../../src/recognition/plans/synthesis";
import { parseA1 } from "../../../src/recognition/snapshot/cells";
import { anEvaluation, grid } from "../../support/evaluation-builder";
import { aCandidate, aReport, ignored } from "./report";

const e31 = grid("agora-e31");

const completeE31 = (name: string, registration = "02612345678") =>
  anEvaluation(e31)
    .withLevels({ "1.1": "M", "1.2": "F", "1.3": "E" })
    .withAllFields()
    .withField("candidate", name)
    .withField("registration", registration)
    .withPanel([["Mme Durand", "Professeure d'économie-gestion"]]);

function onlySheet(plan: WritePlan): { sheet: NewSheet; replaces: boolean } {
  expect(plan.changes).toHaveLength(1);
  const change = plan.changes[0]!;
  if (change.kind !== "sheet") throw new Error("sheet expected");
  return change;
}

/** The sheet's values row by row (1-based rows), empty cells as null. */
function rows(sheet: NewSheet): unknown[][] {
  const out: unknown[][] = [];
  for (const cell of sheet.cells) {
    const at = parseA1(cell.address)!;
    (out[at.row + 1] ??= [])[at.col] = cell.value;
  }
  return out;
}
const styleAt = (sheet: NewSheet, address: string) => sheet.cells.find((c) => c.address === address)?.style;

describe("synthesisPlan for a weighted-mean grid (E31)", () => {
  const alice = aCandidate(e31, "Alice", completeE31("Alice Martin").withField("mark", 15).build());
  const bob = aCandidate(e31, "Bob", completeE31("Bob Petit").withLevels({ "1.2": [] }).withField("appraisal-activities", "").build());
  const chloe = aCandidate(e31, "Chloé", completeE31("Chloé Roux").withField("mark", "12,5").build());
  const report = aReport(e31, [alice, bob, chloe], {
    templates: ["Modèle"],
    ignored: [ignored("Notes", "pas de grille reconnue", "no grid recognised")],
  });

  const { sheet, replaces } = onlySheet(synthesisPlan(report, { existingSheets: ["Alice", "Bob", "Chloé"] }));
  const table = rows(sheet);

  it("is a new sheet « Synthèse » with the grid's one name and a frozen, bold, filled header", () => {
    expect(replaces).toBe(false);
    expect(sheet.name).toBe("Synthèse");
    expect(table[1]![0]).toBe("Bac Pro AGOrA — E31");
    expect(table[3]).toEqual(["Feuille", "Ligne", "Nom", "N° d'inscription", "Statut", "Points bloquants", "Points à voir", "Note proposée", "Note saisie", "Écart"]);
    expect(styleAt(sheet, "A3")).toMatchObject({ bold: true, fill: expect.stringMatching(/^#/) });
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.columnWidths).toHaveLength(10);
    expect(sheet.cells.map((c) => c.value)).not.toContainEqual(expect.stringMatching(/\d{2}\/\d{2}\/\d{4}/));
  });

  it("has one row per candidate: where, who and their registration number, status, findings, proposed and typed marks and their gap", () => {
    expect(table[4]).toEqual(["Alice", null, "Alice Martin", "02612345678", "complète", 0, "", 15, 15, 0]);
    expect(table[5]!.slice(0, 6)).toEqual(["Bob", null, "Bob Petit", "02612345678", "incomplète", 2]);
    expect(table[5]!.slice(7)).toEqual([null, null, null]);
    expect(table[6]!.slice(0, 6)).toEqual(["Chloé", null, "Chloé Roux", "02612345678", "complète", 0]);
    expect(table[6]!.slice(7)).toEqual([15, "12,5", -2.5]);
  });

  it("writes the registration number as text, a number read from the file too; nothing when empty", () => {
    const typed = aCandidate(e31, "Dan", completeE31("Dan Roy").withField("registration", 2612345679).build());
    const empty = aCandidate(e31, "Eve", completeE31("Eve Roy", "").build());
    const [, dan, eve] = rows(onlySheet(synthesisPlan(aReport(e31, [typed, empty]), { existingSheets: [] })).sheet).slice(3);
    expect(dan![3]).toBe("2612345679");
    expect(eve![3]).toBeNull();
  });

  it("makes every row with wrapped text tall enough, and prints on A4 landscape with its header on each page", () => {
    const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
    // Bob's two findings wrap in the findings column: two lines at least.
    expect(heights.get(5)).toBeGreaterThanOrEqual(30);
    expect(sheet.printTitleRows).toEqual({ first: 3, last: 3 });
    expect(sheet.landscape).toBe(true);
    expect(sheet.printArea).toBe("A1:J9");
  });

  it("lists the findings' French messages, one a line, blocking first", () => {
    const lines = (table[5]![6] as string).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Niveau manquant : 1\.2 Traitement des opérations administratives/);
    expect(lines[1]).toBe("Appréciation obligatoire vide : « Appréciation portant sur les activités réalisées »");
    expect(table[6]![6]).toBe("La note saisie (12,5) diffère de la note proposée (15) : la commission décide");
    expect(styleAt(sheet, "G5")).toMatchObject({ wrap: true });
  });

  it("fills complete statuses light green and incomplete ones light red, and marks a gap", () => {
    // Excel's own « Good » and « Bad » fills, and its « Neutral » orange for a gap.
    expect(styleAt(sheet, "E4")!.fill).toBe("#C6EFCE");
    expect(styleAt(sheet, "E5")!.fill).toBe("#F8CBAD");
    expect(styleAt(sheet, "E6")!.fill).toBe("#C6EFCE");
    expect(styleAt(sheet, "J6")!.fill).toBe("#FFEB9C");
    expect(styleAt(sheet, "J4")!.fill).toBeUndefined();
  });

  it("lists the templates and the ignored sheets below the table", () => {
    expect(table[8]![0]).toBe("Modèles vierges : Modèle");
    expect(table[9]![0]).toBe("Feuilles ignorées : Notes (pas de grille reconnue)");
  });

  it("replaces an existing « Synthèse » and touches nothing else", () => {
    const plan = synthesisPlan(report, { existingSheets: ["Alice", "synthèse"] });
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({ kind: "sheet", replaces: true, sheet: { name: "Synthèse" } });
  });

  it("speaks English when asked, under the name given", () => {
    const { sheet: en } = onlySheet(synthesisPlan(report, { existingSheets: [], locale: "en", sheetName: "Class summary" }));
    expect(en.name).toBe("Class summary");
    const table = rows(en);
    expect(table[3]).toEqual(["Sheet", "Row", "Name", "Registration no.", "Status", "Blocking points", "Points to check", "Proposed mark", "Typed mark", "Difference"]);
    expect(table[5]![4]).toBe("incomplete");
    expect((table[5]![6] as string).split("\n")[0]).toMatch(/^Missing level: 1\.2/);
  });
});

describe("synthesisPlan for a tracking table (PFMP) and the CQP", () => {
  it("shows coverage instead of marks, with the row of each candidate", () => {
    const pfmp = grid("agora-pfmp");
    const levels = Object.fromEntries(pfmp.grid.items.slice(2).map((i) => [i.id, "P1"]));
    const candidate = aCandidate(pfmp, "Suivi", anEvaluation(pfmp).withLevels(levels).withField("candidate", "Alice Martin").build(), { row: 7, markCell: null });
    const { sheet } = onlySheet(synthesisPlan(aReport(pfmp, [candidate], { layout: "row-per-candidate" }), { existingSheets: [] }));
    const table = rows(sheet);
    expect(table[3]!.slice(6)).toEqual(["Couverture"]);
    expect(table[4]!.slice(0, 5)).toEqual(["Suivi", 7, "Alice Martin", "incomplète", 2]);
    expect(table[4]![6]).toBe("35/37 (95 %)");
  });

  it("keeps a row with a long findings list (a PFMP barely started) within the height Excel allows", () => {
    const pfmp = grid("agora-pfmp");
    const candidate = aCandidate(pfmp, "Suivi", anEvaluation(pfmp).withLevels({ [pfmp.grid.items[0]!.id]: "P1" }).withField("candidate", "Alice Martin").build());
    const { sheet } = onlySheet(synthesisPlan(aReport(pfmp, [candidate]), { existingSheets: [] }));
    expect((rows(sheet)[4]![5] as string).split("\n").length).toBeGreaterThan(30);
    expect(Math.max(...(sheet.rowHeights ?? []).map((h) => h.height))).toBe(409);
  });

  it("shows the panel's percentage per domain for the CQP", () => {
    const cqp = grid("cqp-agc");
    const observations = (values: number[]) => Object.fromEntries(cqp.grid.items.map((item, i) => [item.id, values[i]!]));
    const evaluation = anEvaluation(cqp)
      .withField("candidate", "Alice Martin")
      .withAssessor("Mme Jury", observations([70, 50, 30, 100, 70, 70, 50]))
      .withAssessor("M. Pro", observations([50, 50, 50, 70, 50, 70, 30]))
      .build();
    const candidate = aCandidate(cqp, "Alice", evaluation, { markCell: null });
    const { sheet } = onlySheet(synthesisPlan(aReport(cqp, [candidate], { layout: "assessor-sheets" }), { existingSheets: [] }));
    const table = rows(sheet);
    expect(table[3]!.slice(6)).toEqual([
      "RELATION CLIENT / ARGUMENTATION (%)",
      "PRODUITS / OFFRES COMMERCIALES (%)",
      "OUTIL / ORGANISATION DU TRAVAIL (%)",
      "Chiffres de la commission",
      "Commentaire de synthèse",
      "Président du jury",
    ]);
    const result = candidate.assessment.result;
    if (result?.kind !== "domains") throw new Error("domains expected");
    // Rounded for reading: two decimals at most (56.666… → 56.67).
    expect(table[4]!.slice(6, 9)).toEqual(result.panel.map((p) => (p.percent === null ? null : Math.round(p.percent * 100) / 100)));
    expect(table[4]!.slice(6, 9).every((v) => typeof v !== "number" || Number.isInteger(v * 100))).toBe(true);
    expect(table[4]![7]).toBe(85);
    // No synthesis yet: the figures are the members' means, Grille's proposal.
    expect(table[4]!.slice(9)).toEqual(["moyenne des membres (proposition de Grille)", null, null]);
  });

  it("shows the chair's synthesis for the CQP: agreed figures, comment, chair, provisional while a member's grid is incomplete", () => {
    const cqp = grid("cqp-agc");
    const observations = (values: number[]) => Object.fromEntries(cqp.grid.items.map((item, i) => [item.id, values[i]!]));
    const partial = observations([70, 50, 30, 100, 70, 70, 50]);
    delete partial["obs-7"];
    const evaluation = anEvaluation(cqp).withField("candidate", "Alice Martin").withAssessor("Mme Jury", partial).build();
    evaluation.panelOverrides = { "relation-client": { percent: 60, reason: null }, produits: { percent: 90, reason: null }, outil: { percent: 70, reason: null } };
    evaluation.synthesis = { sheet: "Synthèse jury", comment: { value: "Bonne candidate." }, chair: { value: "M. Haddad" } };
    const candidate = aCandidate(cqp, "Alice", evaluation, { markCell: null });
    const table = rows(onlySheet(synthesisPlan(aReport(cqp, [candidate], { layout: "assessor-sheets" }), { existingSheets: [] })).sheet);
    expect(table[4]!.slice(6)).toEqual([60, 90, 70, "retenus par le jury, provisoires", "Bonne candidate.", "M. Haddad"]);
  });

  it("still writes a sheet when no grid was recognised", () => {
    const { sheet } = onlySheet(synthesisPlan(aReport(null, [], { ignored: [ignored("Feuil1", "vide", "empty")] }), { existingSheets: [] }));
    const table = rows(sheet);
    expect(table[1]![0]).toBe("Aucune grille reconnue");
    expect(table.flat()).toContain("Feuilles ignorées : Feuil1 (vide)");
  });
});
