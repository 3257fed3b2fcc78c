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

const e33Panel: [string, string][] = [["Mme Bernard", "Professeure d'économie-gestion"], ["M. Leroy", "Responsable de magasin"]];
const completeE33 = () =>
  anEvaluation(e33).withLevels({ traiter: "3", contribuer: "3", evaluer: "2", communiquer: "4" }).withAllFields().withField("mark", 15).withPanel(e33Panel);

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

  it("an empty mark cell is a warning « note non saisie » (the grid stays complete), an unreadable one is a warning", () => {
    const empty = assess(e31, completeE31().withField("mark", null, "A!C38").build());
    expect(empty.findings.map((f) => [f.code, f.severity, f.at, f.message.fr])).toEqual([["mark-missing", "warning", "A!C38", "Note non saisie"]]);
    expect(empty.complete).toBe(true);
    expect(codes(completeE31().withField("mark", "quinze").build())).toEqual(["mark-unreadable"]);
  });

  it("a typed mark outside [0, 20] is blocking", () => {
    const high = assess(e31, completeE31().withField("mark", 25).build());
    expect(high.complete).toBe(false);
    expect(high.findings.map((f) => [f.code, f.severity, f.message.fr])).toEqual([["mark-out-of-range", "blocking", "Note saisie hors limites (25) : de 0 à 20"]]);
    expect(codes(completeE31().withField("mark", -1).build())).toEqual(["mark-out-of-range"]);
    expect(codes(completeE31().withField("mark", 20).withLevels({ "1.1": "E", "1.2": "E", "1.3": "E" }).build())).toEqual([]);
  });

  it("a typed mark off E31's official ½ point is blocking, with the official line", () => {
    const { findings, complete } = assess(e31, completeE31().withField("mark", 15.25).build());
    expect(complete).toBe(false);
    expect(findings[0]).toMatchObject({ code: "mark-off-step", severity: "blocking", field: "mark" });
    expect(findings[0]!.message.fr).toBe(
      "Note saisie 15,25 non conforme : la grille officielle demande une note arrondie au ½ point supérieur (« Note sur 20 (arrondie au ½ point supérieur) »)",
    );
    expect(codes(completeE31().withField("mark", "14,5").build())).toEqual(["mark-differs"]);
  });

  it("on an official copy, a required field, appraisal or panel absent from the sheet is blocking; in a tableau de suivi it is not", () => {
    const onSheet = completeE31().build();
    onSheet.copy = "sheet";
    delete onSheet.fields["registration"];
    delete onSheet.fields["appraisal-activities"];
    delete onSheet.panel;
    const findings = assess(e31, onSheet).findings;
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ["field-absent", "blocking"],
      ["appraisal-absent", "blocking"],
      ["panel-absent", "blocking"],
    ]);
    expect(findings[0]!.message.fr).toBe("Champ obligatoire « Numéro d’inscription » : absent de la feuille");
    expect(findings[1]!.message.fr).toBe("Appréciation obligatoire « Appréciation portant sur les activités réalisées » : absente de la feuille");
    expect(findings[2]!.message.fr).toBe("Commission « Membres de la commission d’évaluation » : absente de la feuille");

    const row = completeE31().build();
    delete row.fields["registration"];
    delete row.fields["appraisal-activities"];
    delete row.panel;
    expect(assess(e31, row).findings).toEqual([]);
  });

  it("on an official copy, no mark cell at all is « note non saisie », a warning", () => {
    const evaluation = completeE31().build();
    evaluation.copy = "document";
    delete evaluation.fields["mark"];
    const { findings, complete } = assess(e31, evaluation);
    expect(complete).toBe(true);
    expect(findings.map((f) => [f.code, f.message.fr])).toEqual([["mark-missing", "Note non saisie : pas de case « Note sur 20 (arrondie au ½ point supérieur) » dans le document"]]);
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
      .withField("mark", 15)
      .withPanel(e33Panel)
      .build();
    const { findings } = assess(e33, evaluation);
    expect(findings.map((f) => f.code)).toEqual(["appraisal-empty"]);
  });

  it("the motivated appraisal absent from the sheet is blocking and says the official grid puts it « au verso »", () => {
    const evaluation = completeE33().build();
    evaluation.copy = "sheet";
    delete evaluation.fields["appraisal"];
    const { findings, complete } = assess(e33, evaluation);
    expect(complete).toBe(false);
    expect(findings.map((f) => [f.code, f.message.fr])).toEqual([
      ["appraisal-absent", "Appréciation obligatoire « Appréciation globale » : absente de la feuille (sur la grille officielle : « Appréciation motivée obligatoire au verso »)"],
    ]);
    expect(findings[0]!.message.en).toBe('Mandatory appraisal "Appréciation globale": absent from the sheet (on the official grid: "Appréciation motivée obligatoire au verso")');
  });

  it("the commission: two members, a teacher and a professional or two teachers; one member alone is blocking", () => {
    expect(assess(e33, completeE33().build()).findings).toEqual([]);
    const twoTeachers = completeE33().withPanel([["Mme A", "Professeure d'économie-gestion"], ["M. B", "Professeur"]]).build();
    expect(assess(e33, twoTeachers).findings).toEqual([]);
    const alone = assess(e33, completeE33().withPanel([["Mme A", "Professeure d'économie-gestion"]]).build());
    expect(alone.complete).toBe(false);
    expect(alone.findings.map((f) => [f.code, f.severity])).toEqual([["panel-too-small", "blocking"]]);
    expect(alone.findings[0]!.message.fr).toBe(
      "Commission incomplète : 1 membre ; la grille officielle en demande 2 (professeur(e) d'économie gestion et professionnel(le) du secteur du commerce et de la vente, ou professeur(e) d'économie gestion et professeur(e) d'économie gestion)",
    );
    const twoProfessionals = assess(e33, completeE33().withPanel([["M. C", "Responsable de magasin"], ["Mme D", "Tutrice"]]).build());
    expect(twoProfessionals.findings.map((f) => [f.code, f.severity])).toEqual([["panel-composition", "warning"]]);
  });

  it("« absence de présentation numérique » ticked while profiles are ticked too is a warning", () => {
    const evaluation = completeE33().withFlag("noDigitalPresentation").withField("mark", 0).build();
    evaluation.ratings["traiter"] = { values: [{ kind: "level", code: "3", at: "A!E20" }] };
    const { findings, complete } = assess(e33, evaluation);
    expect(complete).toBe(true);
    expect(findings.map((f) => [f.code, f.severity, f.at])).toEqual([["rule-with-levels", "warning", "A!E20"]]);
    expect(findings[0]!.message.fr).toContain("« Absence de présentation numérique » cochée alors que des niveaux sont aussi cochés");
  });

  it("E33's rounding is Grille's proposal: a typed 13,25 differs but is not refused", () => {
    const { findings, complete } = assess(e33, completeE33().withField("mark", 13.25).build());
    expect(complete).toBe(true);
    expect(findings.map((f) => f.code)).toEqual(["mark-differs"]);
  });

  it("without a digital presentation the candidate is not examined: no level is required", () => {
    const evaluation = anEvaluation(e33).withAllFields().withFlag("noDigitalPresentation").withField("mark", 0).withPanel(e33Panel).build();
    const { findings, complete, result } = assess(e33, evaluation);
    expect(findings).toEqual([]);
    expect(complete).toBe(true);
    expect(result).toMatchObject({ kind: "mark", value: 0, status: "rule" });
  });

  it("the typed ABS or 0 matches the no-presentation rule", () => {
    const evaluation = anEvaluation(e33)
      .withFlag("noDigitalPresentation")
      .withField("mark", 0)
      .build();
    expect(assess(e33, evaluation).findings).toEqual([]);
  });
});
