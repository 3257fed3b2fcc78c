import { assess } from "../../src/core";
import { anEvaluation, grid } from "../support/evaluation-builder";

const e31 = grid("agora-e31");
const e33 = grid("mcv-e33");

const completeE31 = () =>
  anEvaluation(e31)
    .withLevels({ "1.1": "M", "1.2": "F", "1.3": "E" })
    .withAllFields()
    .withField("mark", 15)
    .withPanel([["Mme Durand", "Professeure d'économie-gestion"], ["M. Petit", "Professionnel"]]);

const codes = (evaluation: ReturnType<ReturnType<typeof completeE31>["build"]>) => assess(e31, evaluation).findings.map((f) => f.code);

describe("completeness of an E31 evaluation", () => {
  it("a complete evaluation has no finding at all", () => {
    const { findings, complete } = assess(e31, completeE31().build());
    expect(findings).toEqual([]);
    expect(complete).toBe(true);
  });

  it("a missing level is blocking, points at the item's row, and names the activity", () => {
    const evaluation = completeE31().build();
    evaluation.ratings["1.2"] = { values: [], at: "Alice!B14" };
    const { findings, complete } = assess(e31, evaluation);
    expect(complete).toBe(false);
    expect(findings[0]).toMatchObject({ code: "level-missing", severity: "blocking", item: "1.2", at: "Alice!B14" });
    expect(findings[0]!.message.fr).toMatch(/^Niveau manquant : 1\.2 Traitement des opérations administratives/);
  });

  it("two levels on one item are blocking and point at the second cross", () => {
    const evaluation = completeE31().build();
    evaluation.ratings["1.1"] = { values: [{ kind: "level", code: "M", at: "A!D10" }, { kind: "level", code: "E", at: "A!E10" }] };
    const finding = assess(e31, evaluation).findings[0]!;
    expect(finding).toMatchObject({ code: "level-multiple", at: "A!E10" });
    expect(finding.message.fr).toContain("(M, E)");
  });

  it("a value that is not on the scale is blocking", () => {
    expect(codes(completeE31().withRaw("1.3", "Très bien").build())).toContain("level-unknown");
  });

  it("a typed number is refused where the grid allows no override", () => {
    expect(codes(completeE31().withLevels({ "1.3": 0.8 }).build())).toContain("level-unknown");
  });

  it("an empty identity field is blocking; a field the layout does not have is not required", () => {
    const evaluation = completeE31().withField("candidate", "  ", "A!B8").build();
    const finding = assess(e31, evaluation).findings.find((f) => f.code === "field-empty")!;
    expect(finding).toMatchObject({ field: "candidate", at: "A!B8", severity: "blocking" });
    expect(finding.message.fr).toBe("Champ obligatoire vide : « Nom et prénom de la candidate ou du candidat »");

    const withoutField = completeE31().build();
    delete withoutField.fields["registration"];
    expect(assess(e31, withoutField).findings).toEqual([]);
  });

  it("an empty mandatory appraisal is blocking", () => {
    expect(codes(completeE31().withField("appraisal-activities", null).build())).toEqual(["appraisal-empty"]);
  });

  it("an empty panel, or a member without role, is blocking", () => {
    expect(codes(completeE31().withPanel([]).build())).toEqual(["panel-empty"]);
    expect(codes(completeE31().withPanel([[null, null], [null, null]]).build())).toEqual(["panel-empty"]);
    const missingRole = assess(e31, completeE31().withPanel([["Mme Durand", null]]).build()).findings;
    expect(missingRole.map((f) => f.code)).toEqual(["panel-role-missing"]);
    expect(missingRole[0]!.message.fr).toBe("Membre de la commission sans qualité : Mme Durand");
  });

  it("a typed mark that differs is a warning: the evaluation stays complete", () => {
    const { findings, complete } = assess(e31, completeE31().withField("mark", "14,5 / 20").build());
    expect(complete).toBe(true);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "mark-differs", severity: "warning" });
    expect(findings[0]!.message.fr).toBe("La note saisie (14,5) diffère de la note proposée (15) : la commission décide");
  });

  it("an empty mark cell is no finding (Grille proposes the mark), an unreadable one is a warning", () => {
    expect(codes(completeE31().withField("mark", null).build())).toEqual([]);
    expect(codes(completeE31().withField("mark", "quinze").build())).toEqual(["mark-unreadable"]);
  });

  it("lists blocking findings before warnings", () => {
    const evaluation = completeE31().withField("mark", 3).build();
    delete evaluation.ratings["1.1"];
    evaluation.fields["mark"] = { value: 3 };
    const severities = assess(e31, evaluation).findings.map((f) => f.severity);
    expect(severities).toEqual(["blocking"]);
  });
});

describe("completeness of an E33 evaluation", () => {
  it("the motivated appraisal is mandatory", () => {
    const evaluation = anEvaluation(e33)
      .withLevels({ traiter: "3", contribuer: "3", evaluer: "2", communiquer: "4" })
      .withAllFields()
      .withField("appraisal", "")
      .withPanel([["Mme A", "professeure d'économie gestion"]])
      .build();
    const { findings } = assess(e33, evaluation);
    expect(findings.map((f) => f.code)).toEqual(["appraisal-empty"]);
  });

  it("without a digital presentation the candidate is not examined: no level is required", () => {
    const evaluation = anEvaluation(e33).withAllFields().withFlag("noDigitalPresentation").withField("mark", null).withPanel([["Mme A", "professeure"]]).build();
    const { findings, complete, result } = assess(e33, evaluation);
    expect(findings).toEqual([]);
    expect(complete).toBe(true);
    expect(result).toMatchObject({ kind: "mark", value: 0, status: "rule" });
  });

  it("the typed ABS or 0 matches the no-presentation rule", () => {
    const evaluation = anEvaluation(e33)
      .withLevels({ traiter: "3", contribuer: "3", evaluer: "2", communiquer: "4" })
      .withFlag("noDigitalPresentation")
      .withField("mark", 0)
      .build();
    expect(assess(e33, evaluation).findings).toEqual([]);
  });
});
