import { initialPaneState, type PaneState } from "../../src/taskpane/state/reducer";
import { marksToWrite, nextStep } from "../../src/taskpane/state/next";
import { aCandidate, aReport } from "../recognition/plans/report";
import { anEvaluation, grid } from "../support/evaluation-builder";

const e31 = grid("agora-e31");
const pfmp = grid("agora-pfmp");

/** A filled E31 evaluation of `name`, levels all there (a mark can be computed). */
const filled = (name: string) =>
  anEvaluation(e31)
    .withLevels({ "1.1": "M", "1.2": "F", "1.3": "E" })
    .withAllFields()
    .withField("candidate", name)
    .withPanel([["Mme A", "enseignant"], ["M. B", "professionnel"]]);

/** A complete E31 candidate; `mark` is what their mark cell holds. */
const complete = (name: string, mark: number | null = null) => aCandidate(e31, name, filled(name).withField("mark", mark).build());
/** Levels all there (a mark can be computed), the mandatory appraisal left empty. */
const incomplete = (name: string) => aCandidate(e31, name, filled(name).withField("appraisal-activities", "").withField("mark", null).build());

const state = (report: PaneState["report"], extra: Partial<PaneState> = {}): PaneState => ({ ...initialPaneState, report, ...extra });

describe("the pane's one primary action", () => {
  it("is « Reconnaître la grille » until something is read", () => {
    expect(nextStep(initialPaneState, null, "excel")).toBe("recognize");
  });

  it("is none when no grid was recognised (the grid chooser speaks then)", () => {
    const report = aReport(null, []);
    expect(nextStep(state(report), report, "excel")).toBeNull();
  });

  it("is writing the marks while a complete candidate's mark cell is empty, in Excel and in Word", () => {
    const alice = complete("Alice");
    expect(alice.assessment.complete).toBe(true);
    const report = aReport(e31, [alice]);
    expect(nextStep(state(report), report, "excel")).toBe("write");
    expect(nextStep(state(report), report, "word")).toBe("write-mark");
  });

  it("moves on to the class summary once every mark is typed, and to nothing once the summary is made", () => {
    const report = aReport(e31, [complete("Alice", 15)]);
    expect(marksToWrite(report)).toBe(false);
    expect(nextStep(state(report), report, "excel")).toBe("synthesis");
    expect(nextStep(state(report, { done: ["recognize", "synthesis"] }), report, "excel")).toBeNull();
    expect(nextStep(state(report), report, "word")).toBeNull();
  });

  it("does not offer to write the mark of an incomplete candidate as the next thing to do", () => {
    const bob = incomplete("Bob");
    expect(bob.assessment.complete).toBe(false);
    expect(bob.assessment.result).toMatchObject({ kind: "mark", value: 15 });
    expect(marksToWrite(aReport(e31, [bob]))).toBe(false);
  });

  it("never offers to write on a grid without a mark (PFMP coverage)", () => {
    const report = aReport(pfmp, [aCandidate(pfmp, "Léa", anEvaluation(pfmp).withField("student", "Léa").build())]);
    expect(marksToWrite(report)).toBe(false);
    expect(nextStep(state(report), report, "excel")).toBe("synthesis");
  });
});
