import type { CellValue } from "../../../src/recognition/snapshot/cells";
import { markPlan } from "../../../src/recognition/plans/marks";
import { anEvaluation, grid } from "../../support/evaluation-builder";
import { aCandidate, aReport } from "./report";

const e31 = grid("agora-e31");
const e33 = grid("mcv-e33");

const mfe = (name: string) => anEvaluation(e31).withLevels({ "1.1": "M", "1.2": "F", "1.3": "E" }).withField("candidate", name);

/** Mark cells as read: sheet → value of C34. */
const cellsOf = (values: Record<string, CellValue>) => (sheet: string, address: string): CellValue => (address === "C34" ? (values[sheet] ?? null) : null);

describe("markPlan", () => {
  it("writes the proposed mark into an empty mark cell, with what it replaces and why", () => {
    const alice = aCandidate(e31, "Alice", mfe("Alice").build());
    const { plan, differences, skipped } = markPlan(aReport(e31, [alice]), cellsOf({ Alice: "  " }));
    expect(differences).toEqual([]);
    expect(skipped).toEqual([]);
    expect(plan.changes).toEqual([
      {
        kind: "cell",
        sheet: "Alice",
        address: "C34",
        value: 15,
        previous: "  ",
        reason: {
          fr:
            "Note proposée 15 (1.1 Maîtrise 0,75 + 1.2 Fonctionnel 0,5 + 1.3 Expertise 1 = 2,25 ; 2,25 / 3 × 20 = 15,00 ; arrondi au ½ point supérieur → 15" +
            " ; proposition de Grille : points par niveau, poids égaux ; règle officielle : arrondi au ½ point supérieur (« Note sur 20 (arrondie au ½ point supérieur) »))",
          en:
            "Proposed mark 15 (1.1 Maîtrise 0.75 + 1.2 Fonctionnel 0.5 + 1.3 Expertise 1 = 2.25; 2.25 / 3 × 20 = 15.00; rounded up to the next ½ point → 15" +
            '; Grille\'s proposal: points per level, equal weights; official rule: rounded up to the next ½ point ("Note sur 20 (arrondie au ½ point supérieur)"))',
        },
      },
    ]);
  });

  it("never writes over a formula, even one whose cached result is empty", () => {
    const alice = aCandidate(e31, "Alice", mfe("Alice").build());
    const { plan, skipped } = markPlan(aReport(e31, [alice]), cellsOf({}), (sheet, address) => sheet === "Alice" && address === "C34");
    expect(plan.changes).toEqual([]);
    expect(skipped[0]!.reason.fr).toBe("La cellule de note C34 contient une formule : Grille ne la remplace pas (note proposée 15)");
  });

  it("writes the rounded mark (11.67 → 12)", () => {
    const bob = aCandidate(e31, "Bob", anEvaluation(e31).withLevels({ "1.1": "M", "1.2": "F", "1.3": "F" }).build());
    const { plan } = markPlan(aReport(e31, [bob]), cellsOf({}));
    expect(plan.changes[0]).toMatchObject({ value: 12, previous: null });
  });

  it("leaves a cell that already holds the same mark alone, however it is typed", () => {
    const candidates = ["A", "B", "C"].map((s) => aCandidate(e31, s, mfe(s).build()));
    const { plan, differences, skipped } = markPlan(aReport(e31, candidates), cellsOf({ A: 15, B: "15,0", C: "15/20" }));
    expect(plan.changes).toEqual([]);
    expect(differences).toEqual([]);
    expect(skipped).toEqual([]);
  });

  it("does not overwrite another value: it reports the difference for the pane to ask", () => {
    const alice = aCandidate(e31, "Alice", mfe("Alice").build());
    const bob = aCandidate(e31, "Bob", mfe("Bob").build());
    const { plan, differences } = markPlan(aReport(e31, [alice, bob]), cellsOf({ Alice: 13.5, Bob: { error: "#N/A" } }));
    expect(plan.changes).toEqual([]);
    expect(differences).toEqual([
      { candidate: alice, typed: 13.5, proposed: 15 },
      { candidate: bob, typed: { error: "#N/A" }, proposed: 15 },
    ]);
  });

  it("skips, with a reason, a candidate without a mark or without a mark cell", () => {
    const incomplete = aCandidate(e31, "Incomplet", anEvaluation(e31).withLevels({ "1.1": "M", "1.3": "E" }).build());
    const noCell = aCandidate(e31, "Sans cellule", mfe("X").build(), { markCell: null });
    const { plan, skipped } = markPlan(aReport(e31, [incomplete, noCell]), cellsOf({}));
    expect(plan.changes).toEqual([]);
    expect(skipped.map((s) => [s.candidate.sheet, s.reason.fr])).toEqual([
      ["Incomplet", "Note non calculable (niveau manquant : 1.2)"],
      ["Sans cellule", "Pas de cellule de note reconnue pour ce candidat"],
    ]);
  });

  it("skips coverage and domain grids, which have no mark", () => {
    const pfmp = grid("agora-pfmp");
    const cqp = grid("cqp-agc");
    const tracking = aCandidate(pfmp, "Suivi", anEvaluation(pfmp).build(), { row: 5 });
    const observation = aCandidate(cqp, "CQP", anEvaluation(cqp).withAssessor("Jury", { "obs-1": 70 }).build());
    expect(markPlan(aReport(pfmp, [tracking]), cellsOf({})).skipped[0]!.reason.fr).toMatch(/^Grille de suivi sans note/);
    expect(markPlan(aReport(cqp, [observation]), cellsOf({})).skipped[0]!.reason.fr).toMatch(/pourcentage par domaine/);
  });

  it("writes 0 when a rule decides it (E33 without a digital presentation)", () => {
    const evaluation = anEvaluation(e33).withLevels({ traiter: "4", contribuer: "4", evaluer: "4", communiquer: "4" }).withFlag("noDigitalPresentation").build();
    const { plan } = markPlan(aReport(e33, [aCandidate(e33, "Alice", evaluation)]), cellsOf({}));
    expect(plan.changes[0]).toMatchObject({ value: 0 });
    expect(plan.changes[0]!.kind === "cell" && plan.changes[0]!.reason.fr).toMatch(/^Note proposée 0 \(règle officielle : « Rappel : En l'absence de présentation numérique/);
  });
});
