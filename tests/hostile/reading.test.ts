import { writeFileSync } from "node:fs";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import { grille, jsonOf, tempDir } from "../cli/cli-support";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";
import { grid } from "../support/evaluation-builder";

/** Issue 12 §3, §10, §11 (#N/A): what Grille reads in cells that are odd but normal. */

jest.setTimeout(30_000);
const tmp = tempDir("reading");

const findingsOf = (report: ReturnType<typeof recognizeWorkbook>) => report.candidates[0]!.assessment.findings.map((f) => ({ code: f.code, at: f.at, fr: f.message.fr }));

describe("« / 100 » next to the mark cell of a /100 grid", () => {
  it("is the grid's maximum, not a typed mark « illisible »: a sheet Grille generated gets its mark", async () => {
    const file = tmp.path("cent.xlsx");
    writeFileSync(tmp.path("cent.csv"), "Nom;Prénom\nDURAND;Alice\n");
    expect((await grille(["new", "tests/fixtures/c3hm-carenage.grid.json", "--candidates", tmp.path("cent.csv"), "-o", file])).code).toBe(0);
    const json = jsonOf(await grille(["check", "--json", file, "--grid", "tests/fixtures/c3hm-carenage.grid.json"]));
    const findings = (json.files[0]!.candidates as { findings: { code: string; message: string }[] }[]).flatMap((c) => c.findings);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((f) => f.message).join("\n")).not.toContain("illisible");
  });
});

describe("odd level cells", () => {
  it("an « X » merged over several level columns is ambiguous: a blocking finding naming the cell, no mark", async () => {
    const snapshot = await aWorkbook()
      .sheet("Alice Martin", (s) => {
        const layout = e31Sheet(s, { name: "Alice Martin", levels: { "1.1": "M", "1.2": null, "1.3": "E" } });
        const cells = layout.levelCells["1.2"]!;
        s.cell(cells.N!, "X").merge(`${cells.N!}:${cells.M!}`);
      })
      .toSnapshot();
    const report = recognizeWorkbook(snapshot, { forcedGrid: grid("agora-e31") });
    const candidate = report.candidates[0]!;
    expect(candidate.assessment.result).toMatchObject({ value: null, status: "incomplete" });
    expect(findingsOf(report)).toContainEqual(expect.objectContaining({ code: "level-ambiguous-merge", at: "'Alice Martin'!C22", fr: expect.stringMatching(/fusionnée sur plusieurs colonnes de niveau/) }));
  });

  it("#N/A or #REF! in a level cell says so, not « niveau manquant »", async () => {
    const snapshot = await aWorkbook()
      .sheet("Alice Martin", (s) => {
        const layout = e31Sheet(s, { name: "Alice Martin", levels: { "1.1": "M", "1.2": null, "1.3": "E" } });
        s.worksheet.getCell(layout.levelCells["1.2"]!.F!).value = { error: "#REF!" } as never;
      })
      .toSnapshot();
    const report = recognizeWorkbook(snapshot, { forcedGrid: grid("agora-e31") });
    expect(findingsOf(report)).toContainEqual(expect.objectContaining({ code: "level-error", fr: expect.stringContaining("#REF!") }));
  });
});
