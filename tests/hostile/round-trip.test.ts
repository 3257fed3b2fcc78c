import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { grille, tempDir } from "../cli/cli-support";
import { editPart, partText } from "../support/package-edits";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";

/** Issue 12 §6: what a write through ExcelJS keeps, and what it refuses to write. */

jest.setTimeout(30_000);
const tmp = tempDir("round-trip");

const e31Class = () => aWorkbook().sheet("Alice Martin", (s) => e31Sheet(s, { name: "Alice Martin" }));

describe("defined names ExcelJS does not load", () => {
  it("keeps a name holding a constant, and one holding a formula, through grille mark", async () => {
    const bytes = await editPart(await e31Class().toBuffer(), "xl/workbook.xml", (xml) =>
      xml.replace("</sheets>", '</sheets><definedNames><definedName name="Constante">5</definedName><definedName name="Double">Constante*2</definedName></definedNames>'),
    );
    const file = tmp.path("noms.xlsx");
    writeFileSync(file, bytes);
    expect((await grille(["mark", file, "-o", tmp.path("noms-out.xlsx")])).code).toBe(0);
    const workbook = await partText(readFileSync(tmp.path("noms-out.xlsx")), "xl/workbook.xml");
    expect(workbook).toContain('<definedName name="Constante">5</definedName>');
    expect(workbook).toContain('<definedName name="Double">Constante*2</definedName>');
  });
});

describe("macro-enabled workbooks", () => {
  it("are checked, but never written: the macros would be lost", async () => {
    const zip = await JSZip.loadAsync(await e31Class().toBuffer());
    zip.file("xl/vbaProject.bin", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]));
    const file = tmp.path("classe.xlsm");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    writeFileSync(file, bytes);
    expect((await grille(["check", file])).stdout).toContain("Alice Martin");
    const inPlace = await grille(["mark", file, "--in-place"]);
    expect(inPlace.code).toBe(2);
    expect(inPlace.stderr).toContain("le classeur contient des macros (VBA) que Grille ne sait pas réécrire : rien n’a été écrit");
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
