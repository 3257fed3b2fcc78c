import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { readXlsxBuffer } from "../../src/hosts/xlsx";
import { grille, jsonOf, tempDir } from "../cli/cli-support";
import { withoutPart } from "../support/package-edits";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";

/** Issue 12 §7: a package missing one sheet's part (a broken copy, a crash while saving). */

jest.setTimeout(30_000);
const tmp = tempDir("damaged");

const sixCandidates = async () => {
  const builder = aWorkbook();
  for (const name of ["Alice Martin", "Bruno Petit", "Chloé Durand", "David Moreau", "Emma Roux", "Farid Nait"]) builder.sheet(name, (s) => e31Sheet(s, { name }));
  return withoutPart(await builder.toBuffer(), "xl/worksheets/sheet3.xml");
};

describe("a workbook missing one sheet's part", () => {
  it("says which sheet cannot be read", async () => {
    const read = await readXlsxBuffer(await sixCandidates(), "classe.xlsx");
    if (!read.ok) throw new Error(read.error.message);
    expect(read.problems).toEqual([{ kind: "missing-sheet", sheet: "Chloé Durand" }]);
  });

  it("checks the five other candidates, names the lost sheet, and exits 2", async () => {
    const file = tmp.path("abime.xlsx");
    writeFileSync(file, await sixCandidates());
    const out = await grille(["check", file]);
    expect(out.code).toBe(2);
    expect(out.stdout).toContain("la feuille « Chloé Durand » est illisible (sa partie manque dans le fichier)");
    expect(out.stdout).toContain("Farid Nait");
    const json = jsonOf(await grille(["check", "--json", file]));
    expect((json.files[0]!.candidates as unknown[]).length).toBe(5);
  });

  it("writes no workbook that lacks the sheet, neither a copy nor in place", async () => {
    const file = tmp.path("abime-mark.xlsx");
    const bytes = await sixCandidates();
    writeFileSync(file, bytes);
    const copy = await grille(["mark", file, "-o", tmp.path("abime-out.xlsx")]);
    expect(copy.code).toBe(2);
    expect(copy.stderr).toContain("la feuille « Chloé Durand » est illisible");
    expect(existsSync(tmp.path("abime-out.xlsx"))).toBe(false);
    expect((await grille(["mark", file, "--in-place"])).code).toBe(2);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
