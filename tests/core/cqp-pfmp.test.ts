import { assess, traceLine } from "../../src/core";
import { anEvaluation, grid } from "../support/evaluation-builder";

const cqp = grid("cqp-agc");
const pfmp = grid("agora-pfmp");

const allObservations = (p: number[]) => Object.fromEntries(p.map((v, i) => [`obs-${i + 1}`, v]));

describe("CQP Assistant(e) de Gestion Client: percentages per domain", () => {
  // Domains: relation-client = obs 1–3, produits = obs 4, outil = obs 5–7.
  const evaluation = () =>
    anEvaluation(cqp)
      .withAssessor("Mme Jury", allObservations([70, 50, 30, 100, 70, 70, 50]))
      .withAssessor("M. Pro", allObservations([50, 50, 50, 70, 50, 70, 30]))
      .withAssessor("Mme Tuteur", allObservations([70, 70, 50, 70, 30, 50, 50]));

  it("averages each assessor's observations per domain, then the assessors per domain", () => {
    const { result, findings } = assess(cqp, evaluation().build());
    expect(findings).toEqual([]);
    if (result?.kind !== "domains") throw new Error("expected domains");
    expect(result.assessors[0]!.groups.map((g) => g.percent)).toEqual([50, 100, 63.333333333333336]);
    expect(result.panel.map((d) => d.groupId)).toEqual(["relation-client", "produits", "outil"]);
    expect(result.panel[0]!.percent).toBeCloseTo((50 + 50 + 63.3333) / 3, 3);
    expect(result.panel[1]!.percent).toBe(80);
    expect(result.panel[2]!.percent).toBeCloseTo((63.3333 + 50 + 43.3333) / 3, 3);
    expect(traceLine(result.trace)).toContain("Mme Jury : RELATION CLIENT / ARGUMENTATION 50 %, PRODUITS / OFFRES COMMERCIALES 100 %");
  });

  it("the chair may record another figure, with a reason", () => {
    const { result, findings } = assess(cqp, evaluation().withPanelOverride("produits", 70, "Accord du jury après échange").build());
    expect(findings).toEqual([]);
    if (result?.kind !== "domains") throw new Error("expected domains");
    expect(result.panel[1]).toMatchObject({ percent: 70, mean: 80, overridden: true, reason: "Accord du jury après échange" });
  });

  it("a figure agreed by the jury needs no reason", () => {
    const { findings, result } = assess(cqp, evaluation().withPanelOverride("produits", 70, null).build());
    expect(findings).toEqual([]);
    expect(result?.kind === "domains" && result.panel[1]).toMatchObject({ percent: 70, overridden: true, reason: null });
  });

  it("an assessor missing an observation is blocking and named", () => {
    const levels = allObservations([70, 50, 30, 100, 70, 70, 50]);
    delete levels["obs-6"];
    const { findings } = assess(cqp, anEvaluation(cqp).withAssessor("M. Pro", levels).build());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "assessor-observation-missing", item: "obs-6", assessor: 0 });
    expect(findings[0]!.message.fr).toContain("(M. Pro)");
  });

  it("a percentage above 100 is out of range; no assessor at all is blocking", () => {
    const levels = allObservations([70, 50, 30, 120, 70, 70, 50]);
    expect(assess(cqp, anEvaluation(cqp).withAssessor("A", levels).build()).findings.map((f) => f.code)).toEqual(["value-out-of-range"]);
    expect(assess(cqp, anEvaluation(cqp).build()).findings.map((f) => f.code)).toEqual(["assessors-missing"]);
  });
});

describe("AGOrA PFMP: coverage of competencies over periods", () => {
  const itemIds = pfmp.grid.items.map((i) => i.id);

  it("has the 37 competencies of pôles 1 to 3", () => {
    expect(itemIds).toHaveLength(37);
    expect(itemIds[0]).toBe("1.1.1");
    expect(itemIds[36]).toBe("3.3.4");
  });

  it("a student who practised everything is covered, with the periods per competency", () => {
    const levels = Object.fromEntries(itemIds.map((id, i) => [id, i % 2 ? ["P1", "P3"] : ["P2"]]));
    const { result, findings } = assess(pfmp, anEvaluation(pfmp).withLevels(levels).build());
    expect(findings).toEqual([]);
    if (result?.kind !== "coverage") throw new Error("expected coverage");
    expect(result.ratio).toBe(1);
    expect(result.items[1]).toEqual({ itemId: "1.1.2", periods: ["P1", "P3"] });
  });

  it("a competency never practised is blocking, and coverage counts it", () => {
    const levels = Object.fromEntries(itemIds.filter((id) => id !== "2.2.4" && id !== "3.1.2").map((id) => [id, "P1"]));
    const { result, findings, complete } = assess(pfmp, anEvaluation(pfmp).withLevels(levels).build());
    expect(complete).toBe(false);
    expect(findings.map((f) => [f.code, f.item])).toEqual([["coverage-gap", "2.2.4"], ["coverage-gap", "3.1.2"]]);
    expect(findings[0]!.message.fr).toBe(
      "Compétence jamais mise en œuvre en PFMP : 2.2.4 Déterminer les éléments nécessaires à l'élaboration de la déclaration de TVA",
    );
    if (result?.kind !== "coverage") throw new Error("expected coverage");
    expect(result.practised).toBe(35);
    expect(traceLine(result.trace)).toBe("35 compétence(s) mise(s) en œuvre sur 37 (95 %) ; jamais mises en œuvre : 2.2.4, 3.1.2");
  });

  it("a tick outside P1–P6 is a finding", () => {
    const levels = Object.fromEntries(itemIds.map((id) => [id, "P1"]));
    levels["1.1.1"] = ["P1", "P9"] as unknown as string;
    expect(assess(pfmp, anEvaluation(pfmp).withLevels(levels).build()).findings.map((f) => f.code)).toEqual(["level-unknown"]);
  });
});
