import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { learnDocument, learnGrid, type LearnResult } from "../../src/recognition/learn";
import { CCF_CANDIDATES, ccfTeamMark } from "../../src/hosts/demo/learn-sample";
import { ccfDocumentBuilder, ccfGridFile, ccfWorkbookBuilder } from "../support/ccf-grid";
import { grille, jsonOf, tempDir } from "./cli-support";

/**
 * `grille learn` around the learner: what it writes, where, what it refuses, what it prints, its exit
 * codes. The learner is replaced by a fixed proposal here (learn-e2e.test.ts runs the real one), so these
 * tests say what the command does whatever the learner proposes.
 */
jest.mock("../../src/recognition/learn", () => ({ learnGrid: jest.fn(), learnDocument: jest.fn() }));

const proposal: LearnResult = {
  kind: "proposed",
  file: ccfGridFile(),
  sourceSheet: "Grille vierge",
  notes: [
    { part: "scale", confidence: "low", fr: "échelle déduite de l'en-tête : --, -, +, ++ — à confirmer", en: "scale inferred from the header: --, -, +, ++ — to confirm", sheet: "Grille vierge", address: "B7:E7" },
    { part: "items", confidence: "high", fr: "6 critères codés C1.1 … C2.3", en: "6 criteria coded C1.1 … C2.3" },
  ],
  reproductions: CCF_CANDIDATES.map((c, i) => ({ candidate: c.name, sheet: c.name, fileTotal: ccfTeamMark(c.levels), learnedTotal: i === 3 ? 7 : ccfTeamMark(c.levels), matches: i !== 3 })),
};
const nothing: LearnResult = { kind: "nothing", notes: [{ part: "layout", confidence: "high", fr: "Aucun en-tête de niveaux, aucun item codé.", en: "No level header, no coded item." }] };

const dir = tempDir("learn");
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeEach(() => {
  jest.mocked(learnGrid).mockReset().mockReturnValue(proposal);
  jest.mocked(learnDocument).mockReset().mockReturnValue(proposal);
});

describe("grille learn", () => {
  it("writes the proposed grid beside the file, valid against schemas/grid.schema.json, and never touches the input", async () => {
    const input = dir.path("classe-ep2.xlsx");
    await ccfWorkbookBuilder().toFile(input);
    const before = hash(input);
    const out = await grille(["learn", input]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(hash(input)).toBe(before);
    const written = dir.path("classe-ep2.grille.json");
    const file = JSON.parse(readFileSync(written, "utf8")) as unknown;
    expect(file).toEqual(ccfGridFile());
    const schema = JSON.parse(readFileSync("schemas/grid.schema.json", "utf8")) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(file)).toBe(true);
    expect(jest.mocked(learnGrid).mock.calls[0]![0].sheets.map((s) => s.name)).toEqual(["Grille vierge", ...CCF_CANDIDATES.map((c) => c.name)]);
  });

  it("prints the proposal in French: items, scale with points, marking, fields, the notes with their certainty, the file's totals", async () => {
    const input = dir.path("resume.xlsx");
    await ccfWorkbookBuilder().toFile(input);
    const out = await grille(["learn", input, "-o", dir.path("resume.json")]);
    expect(out.stdout).toContain("Grille proposée à partir de la feuille « Grille vierge » de resume.xlsx : EP2 – Mise en valeur et approvisionnement (cap-epc-ep2)");
    expect(out.stdout).toContain("6 items notés : C1.1, C1.2, C1.3, C2.1, C2.2, C2.3");
    expect(out.stdout).toContain("Échelle : -- (0) · - (1) · + (2) · ++ (3)");
    expect(out.stdout).toContain("Barème : moyenne des points sur 20, arrondi au centième");
    expect(out.stdout).toContain("Appréciation globale (obligatoire)");
    expect(out.stdout).toContain("[à confirmer] échelle déduite de l'en-tête : --, -, +, ++ — à confirmer (Grille vierge, cellules B7:E7)");
    expect(out.stdout).toContain("[sûr] 6 critères codés");
    expect(out.stdout).toContain("Totaux du fichier reproduits : 3 sur 4");
    expect(out.stdout).toMatch(/Tom Moreau\s+5,56\s+7\s+✗/);
    expect(out.stdout).toContain(`grille check ${input} --grid ${dir.path("resume.json")}`);
  });

  it("speaks English under an English locale", async () => {
    const input = dir.path("english.xlsx");
    await ccfWorkbookBuilder().toFile(input);
    const out = await grille(["learn", input, "-o", dir.path("english.json")], { env: { LANG: "en_GB.UTF-8" } });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Grid proposed from sheet \"Grille vierge\" of english.xlsx");
    expect(out.stdout).toContain("[to confirm] scale inferred from the header");
    expect(out.stdout).toContain("File totals reproduced: 3 of 4");
  });

  it("the grid written serves check and mark on the filled copies", async () => {
    const blank = dir.path("vierge.xlsx");
    const filled = dir.path("remplie.xlsx");
    await ccfWorkbookBuilder({ candidates: [] }).toFile(blank);
    await ccfWorkbookBuilder({ blank: false }).toFile(filled);
    expect((await grille(["learn", blank, "-o", dir.path("ep2.json")])).code).toBe(0);
    const check = await grille(["check", filled, "--grid", dir.path("ep2.json"), "--json"]);
    expect(check.code).toBe(0);
    const [report] = jsonOf(check).files as { grid: string; candidates: { name: string; status: string; mark: { value: number } }[] }[];
    expect(report!.grid).toBe("cap-epc-ep2");
    expect(report!.candidates.map((c) => [c.name, c.status, c.mark.value])).toEqual(CCF_CANDIDATES.map((c) => [c.name, "complete", ccfTeamMark(c.levels)]));
  });

  it("refuses to replace an existing grid file without --force, and replaces it with --force", async () => {
    const input = dir.path("force.xlsx");
    const output = dir.path("force.json");
    await ccfWorkbookBuilder().toFile(input);
    writeFileSync(output, "mon travail");
    const refused = await grille(["learn", input, "-o", output]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("existe déjà");
    expect(readFileSync(output, "utf8")).toBe("mon travail");
    expect(jest.mocked(learnGrid)).not.toHaveBeenCalled();
    expect((await grille(["learn", input, "-o", output, "--force"])).code).toBe(0);
    expect(JSON.parse(readFileSync(output, "utf8"))).toEqual(ccfGridFile());
  });

  it("never writes over the input, even when told to", async () => {
    const input = dir.path("soi.xlsx");
    await ccfWorkbookBuilder().toFile(input);
    const before = hash(input);
    for (const args of [["-o", input, "--force"], ["--embed", input, "--force"]]) {
      const out = await grille(["learn", input, ...args]);
      expect(out.code).toBe(2);
      expect(hash(input)).toBe(before);
    }
  });

  it("exits 1 and writes nothing when nothing looks like a grid; 2 when the file cannot be read or lacks the sheet", async () => {
    jest.mocked(learnGrid).mockReturnValue(nothing);
    const input = dir.path("liste.xlsx");
    await ccfWorkbookBuilder().toFile(input);
    const none = await grille(["learn", input, "-o", dir.path("liste.json")]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("rien dans ce fichier ne ressemble à une grille d'évaluation");
    expect(none.stdout).toContain("Aucun en-tête de niveaux");
    expect(existsSync(dir.path("liste.json"))).toBe(false);

    writeFileSync(dir.path("abime.xlsx"), "pas un classeur");
    const unreadable = await grille(["learn", dir.path("abime.xlsx")]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain("abime.xlsx");
    expect((await grille(["learn", dir.path("absent.xlsx")])).code).toBe(2);

    const sheet = await grille(["learn", input, "--sheet", "Feuil9"]);
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toContain("pas de feuille « Feuil9 »");
  });

  it("--sheet names the sheet to learn from", async () => {
    const input = dir.path("feuille.xlsx");
    await ccfWorkbookBuilder().toFile(input);
    expect((await grille(["learn", input, "--sheet", "Hugo Bernard", "-o", dir.path("feuille.json")])).code).toBe(0);
    expect(jest.mocked(learnGrid).mock.calls[0]![1]).toEqual({ sheet: "Hugo Bernard" });
  });

  it("--json prints one document: the grid's outline, the notes, the file's totals", async () => {
    const input = dir.path("json.xlsx");
    await ccfWorkbookBuilder().toFile(input);
    const out = await grille(["learn", input, "--json", "-o", dir.path("json.json")]);
    const doc = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ path: input, proposed: true, sourceSheet: "Grille vierge", output: dir.path("json.json"), embedded: null });
    expect(doc["grid"]).toMatchObject({ id: "cap-epc-ep2", items: ["C1.1", "C1.2", "C1.3", "C2.1", "C2.2", "C2.3"] });
    expect(doc["notes"]).toContainEqual({ part: "scale", confidence: "low", message: "échelle déduite de l'en-tête : --, -, +, ++ — à confirmer", sheet: "Grille vierge", address: "B7:E7" });
    expect((doc["reproductions"] as unknown[]).length).toBe(4);
  });

  it("--embed writes a copy of the workbook that keeps the grid: check recognises it there without --grid", async () => {
    const input = dir.path("embed.xlsx");
    await ccfWorkbookBuilder().toFile(input);
    const before = hash(input);
    expect((await grille(["check", input])).code).toBe(1);
    const out = await grille(["learn", input, "-o", dir.path("embed.json"), "--embed", dir.path("embed-grille.xlsx")]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("la copie garde la grille en elle");
    expect(hash(input)).toBe(before);
    const check = await grille(["check", dir.path("embed-grille.xlsx"), "--json"]);
    expect(check.code).toBe(0);
    expect((jsonOf(check).files[0] as { grid: string }).grid).toBe("cap-epc-ep2");
  });

  it("learns from a Word document, and --embed keeps the grid in a custom XML part of the copy", async () => {
    const input = dir.path("grille-ep2.docx");
    await ccfDocumentBuilder(CCF_CANDIDATES[0]).toFile(input);
    const before = hash(input);
    const out = await grille(["learn", input, "-o", dir.path("doc.json"), "--embed", dir.path("grille-ep2-copie.docx")]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Grille proposée à partir du document grille-ep2.docx");
    expect(jest.mocked(learnDocument)).toHaveBeenCalledTimes(1);
    expect(hash(input)).toBe(before);
    const check = await grille(["check", dir.path("grille-ep2-copie.docx"), "--json"]);
    const report = jsonOf(check).files[0] as { grid: string; candidates: { mark: { value: number } }[] };
    expect(report.grid).toBe("cap-epc-ep2");
    expect(report.candidates[0]!.mark.value).toBe(ccfTeamMark(CCF_CANDIDATES[0]!.levels));
    expect((await grille(["learn", input, "--sheet", "X"])).code).toBe(2);
  });
});
