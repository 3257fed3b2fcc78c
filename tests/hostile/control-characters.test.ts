import { readFileSync, writeFileSync } from "node:fs";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { applyDocumentPlan, docxBuffer, newDocx } from "../../src/hosts/docx";
import { gateDocument } from "../../src/recognition/document/edits";
import { documentToSheet } from "../../src/recognition/document/to-sheet";
import { NO_CONSENT } from "../../src/recognition/plans";
import { gridWordTable } from "../../src/recognition/document/word-table";
import { grid } from "../support/evaluation-builder";
import { grille, jsonOf, tempDir } from "../cli/cli-support";

/** Issue 12 §9: control characters in a candidate name never make Grille write XML that is not well-formed. */

jest.setTimeout(30_000);
const tmp = tempDir("control");

async function everyXmlPartIsWellFormed(bytes: Buffer): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    expect([name, XMLValidator.validate(xml)]).toEqual([name, true]);
  }
}

const NAME = "Zoé\u0001 LEF\u001b[31mÈVRE\u0007";

describe("control characters in names", () => {
  it("the Word host drops them from every part it writes", async () => {
    const document = newDocx("rapport.docx");
    const table = gridWordTable(grid("agora-e31"), { candidate: NAME });
    const layout = documentToSheet({ name: document.name, blocks: [], contentControls: [] });
    const plan = { changes: [{ kind: "insert-table" as const, sheet: document.name, table, heading: NAME, position: "end" as const }] };
    const applied = await applyDocumentPlan(document, gateDocument(plan, layout, NO_CONSENT), layout);
    expect(applied.ok).toBe(true);
    const bytes = await docxBuffer(document);
    await everyXmlPartIsWellFormed(bytes);
    expect(await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string")).toContain("Zoé LEF[31mÈVRE");
  });

  it.each(["docx", "xlsx"])("grille new -o x.%s with such names in the class list writes well-formed XML, names cleaned", async (format) => {
    writeFileSync(tmp.path(`classe-${format}.csv`), `Nom;Prénom\nLEF\u001b[31mÈVRE;Zoé\u0001\nPETIT;Bob\n`);
    const out = tmp.path(`x.${format}`);
    const made = await grille(["new", "agora-e31", "--candidates", tmp.path(`classe-${format}.csv`), "-o", out]);
    expect(made.code).toBe(0);
    await everyXmlPartIsWellFormed(readFileSync(out));
    const check = jsonOf(await grille(["check", "--json", out]));
    expect((check.files[0]!.candidates as { name: string }[]).map((c) => c.name)).toEqual(["LEF[31mÈVRE Zoé", "PETIT Bob"]);
  });
});
