import { readFileSync } from "node:fs";
import { parseGridJson } from "../../src/core/model/parse";
import { CCF_CANDIDATES } from "../../src/hosts/demo/learn-sample";
import { ccfDocumentBuilder, ccfWorkbookBuilder } from "../support/ccf-grid";
import { grille, jsonOf, tempDir } from "./cli-support";

/**
 * The main use, end to end with the real learner: learn a grid Grille does not know from its blank copy,
 * then check the filled copies with it (a class workbook, a Word grid).
 */
const dir = tempDir("learn-e2e");

type CheckedFile = { grid: string | null; candidates: { name: string; status: string; mark: { value: number | null } | null }[] };

describe("grille learn, then check with the learned grid", () => {
  it("a blank workbook grid, then the class workbook: every candidate found and marked", async () => {
    await ccfWorkbookBuilder({ candidates: [] }).toFile(dir.path("vierge.xlsx"));
    await ccfWorkbookBuilder({ blank: false }).toFile(dir.path("classe.xlsx"));
    const learned = await grille(["learn", dir.path("vierge.xlsx"), "-o", dir.path("ep2.json")]);
    expect(learned.stderr).toBe("");
    expect(learned.code).toBe(0);
    expect(learned.stdout).toContain("6 items notés : C1.1, C1.2, C1.3, C2.1, C2.2, C2.3");
    expect(learned.stdout).toContain("Échelle : -- · - · + · ++");
    const file = parseGridJson(readFileSync(dir.path("ep2.json"), "utf8"));
    expect(file.ok).toBe(true);

    const check = await grille(["check", dir.path("classe.xlsx"), "--grid", dir.path("ep2.json"), "--json"]);
    const [report] = jsonOf(check).files as CheckedFile[];
    expect(report!.grid).toBe(file.ok ? file.value.grid.id : null);
    expect(report!.candidates.map((c) => c.name)).toEqual(CCF_CANDIDATES.map((c) => c.name));
    for (const c of report!.candidates) expect(typeof c.mark?.value).toBe("number");
  });

  it("learning from a filled copy compares the learned marking with the workbook's own totals", async () => {
    await ccfWorkbookBuilder().toFile(dir.path("remplie.xlsx"));
    const learned = await grille(["learn", dir.path("remplie.xlsx"), "--sheet", "Léa Martin", "-o", dir.path("remplie.json")]);
    expect(learned.code).toBe(0);
    expect(learned.stdout).toContain("Grille proposée à partir de la feuille « Léa Martin »");
    expect(learned.stdout).toMatch(/Totaux du fichier reproduits : \d sur 4/);
  });

  it("a blank Word grid, then a filled Word copy", async () => {
    await ccfDocumentBuilder().toFile(dir.path("vierge.docx"));
    await ccfDocumentBuilder(CCF_CANDIDATES[1]).toFile(dir.path("hugo.docx"));
    const learned = await grille(["learn", dir.path("vierge.docx"), "-o", dir.path("word.json")]);
    expect(learned.stderr).toBe("");
    expect(learned.code).toBe(0);
    const check = await grille(["check", dir.path("hugo.docx"), "--grid", dir.path("word.json"), "--json"]);
    const [report] = jsonOf(check).files as CheckedFile[];
    expect(report!.candidates.map((c) => c.name)).toEqual(["Hugo Bernard"]);
    expect(typeof report!.candidates[0]!.mark?.value).toBe("number");
  });
});
