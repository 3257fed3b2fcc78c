import { CCF_CANDIDATES, ccfTeamMark, ccfWorkbook } from "../../../src/hosts/demo/learn-sample";
import { demoSample } from "../../../src/hosts/demo/samples";
import { learnGrid } from "../../../src/recognition/learn";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";

describe("the demo's CAP sample, a grid Grille does not know", () => {
  it("is not recognised by any built-in grid", () => {
    const report = recognizeWorkbook(demoSample("ccf").snapshot);
    expect(report.grid).toBeNull();
  });

  it("is learned: six criteria on the -- - + ++ scale, the team's totals given back on every candidate", () => {
    const learned = learnGrid(ccfWorkbook());
    expect(learned.kind).toBe("proposed");
    if (learned.kind !== "proposed") return;
    expect(learned.file.grid.items.map((i) => i.id)).toEqual(["C1.1", "C1.2", "C1.3", "C2.1", "C2.2", "C2.3"]);
    expect(learned.file.grid.scale.kind === "levels" && learned.file.grid.scale.levels.map((l) => l.code)).toEqual(["--", "-", "+", "++"]);
    expect(learned.reproductions.map((r) => [r.candidate, r.fileTotal, r.matches])).toEqual(CCF_CANDIDATES.map((c) => [c.name, ccfTeamMark(c.levels), true]));
  });

  it("holds the team's formula as the mark's formula text, each total its result", () => {
    const sheet = ccfWorkbook().sheets.find((s) => s.name === "Tom Moreau")!;
    const [address, formula] = Object.entries(sheet.formulas ?? {})[0]!;
    expect(sheet.formulaCells).toEqual([address]);
    expect(formula).toBe('ROUND((COUNTIF(C8:C15,"X")*1+COUNTIF(D8:D15,"X")*2+COUNTIF(E8:E15,"X")*3)/18*20,2)');
    expect(ccfTeamMark(CCF_CANDIDATES[3]!.levels)).toBe(5.56);
  });
});
