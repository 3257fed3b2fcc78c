import { assess } from "../../../src/core";
import { evaluationExport, parseEvaluationExport } from "../../../src/recognition/document/evaluation-export";
import { proposedMarkOf, recordEvaluation } from "../../../src/recognition/document/record-mark";
import { fillWordTable, gridWordTable } from "../../../src/recognition/document/word-table";
import { anEvaluation, grid } from "../../support/evaluation-builder";

/**
 * « Copier la fiche » carries the mark Grille proposed; in Word, « Insérer une grille » prints it where
 * the mark goes (« Note sur 20 … : 15 / 20 ») unless the teacher typed one, which is never replaced.
 */
const e31 = grid("agora-e31");
const levels = { "1.1": "M", "1.2": "F", "1.3": "E" } as const;
const complete = (mark: string | number | null) => anEvaluation(e31).withAllFields().withField("candidate", "MARTIN Alice").withField("mark", mark).withLevels(levels).build();
/** The text of the Word table's mark cell once filled. */
const markCell = (evaluation: ReturnType<typeof complete>) =>
  fillWordTable(gridWordTable(e31), evaluation).rows.flat().find((c) => c.tag === "grille:agora-e31:mark")!.text;

describe("the proposed mark in a record", () => {
  it("is the mark Grille proposes, and nothing for an incomplete grid, an absent candidate or a grid without a mark", () => {
    expect(proposedMarkOf(assess(e31, complete(null)).result)).toEqual({ value: 15, max: 20 });
    expect(proposedMarkOf(assess(e31, anEvaluation(e31).withAllFields().withLevels({ "1.1": "M" }).build()).result)).toBeNull();
    expect(proposedMarkOf({ kind: "mark", status: "rule", value: null, raw: null, max: 20, absent: true, trace: [] } as never)).toBeNull();
    expect(proposedMarkOf(null)).toBeNull();
    expect(proposedMarkOf(assess(grid("agora-pfmp"), anEvaluation(grid("agora-pfmp")).build()).result)).toBeNull();
  });

  it("travels in the record and is read back; a record from before, without it, is still read", () => {
    const record = evaluationExport("agora-e31", "MARTIN Alice", complete(null), { value: 15, max: 20 });
    expect(parseEvaluationExport(JSON.stringify(record))).toEqual({ ok: true, value: record });
    const older = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
    delete older["proposedMark"];
    expect(parseEvaluationExport(JSON.stringify(older))).toMatchObject({ ok: true, value: { candidate: "MARTIN Alice" } });
    const broken = { ...record, proposedMark: { value: "quinze", max: 20 } };
    expect(parseEvaluationExport(JSON.stringify(broken))).toEqual({ ok: false, errors: ["note proposée.valeur : type attendu : number"] });
  });

  it("fills the grid's mark cell when no mark was typed; a typed mark stays the teacher's", () => {
    const untyped = evaluationExport("agora-e31", "MARTIN Alice", complete(null), { value: 15, max: 20 });
    expect(markCell(recordEvaluation(untyped, e31))).toBe("15");
    const typed = evaluationExport("agora-e31", "MARTIN Alice", complete(14), { value: 15, max: 20 });
    expect(markCell(recordEvaluation(typed, e31))).toBe("14");
    const without = evaluationExport("agora-e31", "MARTIN Alice", complete(null));
    expect(markCell(recordEvaluation(without, e31))).toBe("");
  });
});
