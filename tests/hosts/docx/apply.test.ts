import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { applyDocumentPlan as applyGated, docxBuffer, newDocx, readDocx, readDocxBuffer, writeDocx, writeDocxInPlace, type DocxDocument } from "../../../src/hosts/docx";
import { replaceInParagraph } from "../../../src/hosts/docx/edit";
import { paragraphText } from "../../../src/hosts/ooxml/body";
import { parseXml } from "../../../src/hosts/ooxml/xml";
import { documentToSheet, type DocumentLayout } from "../../../src/recognition/document/to-sheet";
import type { DocumentSnapshot } from "../../../src/recognition/document/snapshot";
import { gridWordTable } from "../../../src/recognition/document/word-table";
import { text } from "../../../src/core";
import { aDocument } from "../../support/docx-builder";
import { grid } from "../../support/evaluation-builder";
import { gateDocument } from "../../../src/recognition/document/edits";
import { PREVIEWED } from "../../../src/recognition/plans/consent";
import type { PlanChange, WritePlan } from "../../../src/recognition/plans/plan";
import type { CellValue } from "../../../src/recognition/snapshot/cells";

/** The .docx host as the command line drives it: the gate over the document's pseudo-sheets, then the apply. */
const applyDocumentPlan = (document: DocxDocument, plan: WritePlan, layout: DocumentLayout) => applyGated(document, gateDocument(plan, layout, PREVIEWED), layout);

async function open(buf: Buffer): Promise<{ document: DocxDocument; snapshot: DocumentSnapshot; layout: DocumentLayout }> {
  const read = await readDocxBuffer(buf, "grille.docx");
  if (!read.ok) throw new Error(read.error.message);
  return { document: read.document, snapshot: read.snapshot, layout: documentToSheet(read.snapshot) };
}

const cellChange = (address: string, value: string | number, previous: CellValue = null): PlanChange => ({ kind: "cell", sheet: "grille.docx", address, value, previous, reason: text("", "") });

async function reread(document: DocxDocument) {
  return open(await docxBuffer(document));
}

const documentXml = async (document: DocxDocument) => (await JSZip.loadAsync(await docxBuffer(document))).file("word/document.xml")!.async("string");

describe("applying a plan to a .docx", () => {
  it("fills a placeholder between the label and « / 20 », keeping both and their look", async () => {
    const { document, layout } = await open(
      await aDocument()
        .raw(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Note sur 20 (arrondie au ½ point supérieur) : </w:t></w:r><w:r><w:t>………</w:t></w:r><w:r><w:t xml:space="preserve"> / 20</w:t></w:r></w:p>`)
        .toBuffer(),
    );
    expect(await applyDocumentPlan(document, { changes: [cellChange("B1", 14.5)] }, layout)).toEqual({ ok: true, written: 1 });
    const after = await reread(document);
    expect(after.snapshot.blocks[0]).toMatchObject({ text: "Note sur 20 (arrondie au ½ point supérieur) : 14,5 / 20" });
    // The label keeps its bold; the mark takes the look of the placeholder it replaces.
    expect(await documentXml(document)).toContain(`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Note sur 20 (arrondie au ½ point supérieur) :</w:t></w:r><w:r><w:t xml:space="preserve"> 14,5 </w:t></w:r>`);
  });

  it("sets a table cell's text inside its content control, which keeps its tag", async () => {
    const { document, layout } = await open(await aDocument().table([["Note", { text: "", tag: "grille:agora-e31:mark" }, "/ 20"]]).toBuffer());
    expect(await applyDocumentPlan(document, { changes: [cellChange("B1", 15)] }, layout)).toEqual({ ok: true, written: 1 });
    const after = await reread(document);
    expect(after.snapshot.contentControls).toEqual([{ tag: "grille:agora-e31:mark", title: "grille:agora-e31:mark", text: "15", location: { kind: "table", table: 1, row: 1, cell: 2 } }]);
  });

  it("replaces a cell's several paragraphs by one, with the first run's properties", async () => {
    const { document, layout } = await open(await aDocument().table([[{ runs: [{ text: "ancien", bold: true }] }, "b"]]).raw("").toBuffer());
    await applyDocumentPlan(document, { changes: [cellChange("A1", "nouveau\nsur deux lignes", "ancien")] }, layout);
    const xml = await documentXml(document);
    expect(xml).toContain(`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">nouveau</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:br/><w:t xml:space="preserve">sur deux lignes</w:t></w:r>`);
  });

  it("refuses the whole plan when a change has no place in a document, or the document changed", async () => {
    const { document, layout } = await open(await aDocument().paragraph("Note : ……… / 20").table([["a"]]).toBuffer());
    const before = await documentXml(document);
    const refused = await applyDocumentPlan(document, { changes: [cellChange("B1", 12), { kind: "name", name: "grille_note", sheet: "grille.docx", address: "B1", previous: null }] }, layout);
    expect(refused).toEqual({ ok: false, errors: [{ fr: "Nom « grille_note » : un document Word n’a pas de noms de cellules", en: 'Name "grille_note": a Word document has no cell names' }] });
    const label = layout.sheets[0]!.cells[0]![0]!;
    const french = async (plan: WritePlan) => {
      const result = await applyDocumentPlan(document, plan, layout);
      return result.ok ? [] : result.errors.map((e) => e.fr);
    };
    expect(await french({ changes: [cellChange("A1", "x", label)] })).toEqual([expect.stringContaining("Grille n’écrit que la valeur d’un champ")]);
    expect(await french({ changes: [cellChange("Z99", "x")] })).toEqual([expect.stringContaining("n’existe pas dans le document")]);
    replaceInParagraph(document.paragraphs[0]!, 0, 4, "Points");
    expect(await french({ changes: [cellChange("B1", 12)] })).toEqual(["grille.docx : le paragraphe 1 a changé depuis la lecture, rien n’est écrit."]);
    expect((await documentXml(document)).replace("Points", "Note")).toBe(before);
  });

  it("inserts a grid at the end, after a Heading 1 in the document's own style, on a new page", async () => {
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style></w:styles>`;
    const { document } = await open(await aDocument().paragraph("Rapport de stage").toBuffer({ "word/styles.xml": styles }));
    const table = gridWordTable(grid("agora-e31"), { candidate: "MARTIN Alice" });
    const applied = await applyDocumentPlan(document, { changes: [{ kind: "insert-table", sheet: "grille.docx", table, heading: "MARTIN Alice", position: "selection", pageBreakBefore: true }] }, documentToSheet({ name: "grille.docx", blocks: [], contentControls: [] }));
    expect(applied).toEqual({ ok: true, written: 1 });
    const after = await reread(document);
    expect(after.snapshot.blocks.slice(0, 2)).toEqual([
      { kind: "paragraph", index: 1, text: "Rapport de stage" },
      { kind: "paragraph", index: 2, text: "MARTIN Alice", style: "Titre1", heading: 1, pageBreakBefore: true },
    ]);
    // The title lines, the form rows' table, the grid's table from the level header down, the panel's table.
    const tables = after.snapshot.blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(3);
    const [form, inserted, panel] = tables;
    expect(form?.kind === "table" && form.rows[0]!.cells[0]!.text).toBe("Session :");
    const panelHeader = table.panel!.rows[0]! - 1;
    // The blank row between the mark and the panel is left out: the space between the tables stands for it.
    expect(inserted?.kind === "table" && inserted.rows.length).toBe(panelHeader - 1 - table.headerRows!.first);
    expect(panel?.kind === "table" && panel.rows.length).toBe(table.rows.length - panelHeader);
    expect(inserted?.kind === "table" && inserted.rows[0]!.cells[0]!.text).toBe("Paliers de compétences");
    expect(after.snapshot.contentControls.length).toBe(table.rows.flat().filter((c) => c.tag).length);
    // The document's last section stays last.
    expect((await documentXml(document)).endsWith("</w:sectPr></w:body></w:document>")).toBe(true);
  });

  it("adds Heading 1 to a document's styles when it has none", async () => {
    const document = newDocx();
    const styles = document.styles!;
    styles.xml = parseXml(`<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`);
    await applyDocumentPlan(document, { changes: [{ kind: "insert-table", sheet: "x", table: gridWordTable(grid("mcv-e33")), heading: "Grille", position: "end" }] }, documentToSheet({ name: "x", blocks: [], contentControls: [] }));
    const zip = await JSZip.loadAsync(await docxBuffer(document));
    expect(await zip.file("word/styles.xml")!.async("string")).toContain(`w:styleId="Heading1"><w:name w:val="heading 1"/>`);
  });
});

describe("new documents and writing files", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "grille-docx-write-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a new document is A4 landscape, with the parts Word needs and no folder entries", async () => {
    const zip = await JSZip.loadAsync(await docxBuffer(newDocx()));
    expect(Object.keys(zip.files).sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml"]);
    expect(await zip.file("word/document.xml")!.async("string")).toContain(`<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`);
  });

  it("writes through a temporary file, and in place only after a .bak copy", async () => {
    const file = path.join(dir, "grille.docx");
    writeFileSync(file, await aDocument().paragraph("Note : ……… / 20").toBuffer());
    const original = readFileSync(file);
    const read = await readDocx(file);
    if (!read.ok) throw new Error(read.error.message);
    await applyDocumentPlan(read.document, { changes: [cellChange("B1", 12)] }, documentToSheet(read.snapshot));
    expect(await writeDocxInPlace(read.document, file)).toEqual({ ok: true, backup: `${file}.bak` });
    expect(readFileSync(`${file}.bak`).equals(original)).toBe(true);
    const again = await readDocx(file);
    expect(again.ok && again.snapshot.blocks[0]).toMatchObject({ text: "Note : 12 / 20" });
    expect(await writeDocx(read.document, path.join(dir, "absent", "x.docx"))).toEqual({ ok: false, error: `${path.join(dir, "absent", "x.docx")} : écriture impossible (fichier ou dossier introuvable).` });
    expect(existsSync(path.join(dir, "absent"))).toBe(false);
  });

  it("reads what it wrote, paragraph for paragraph", async () => {
    const { document, snapshot } = await open(await aDocument().paragraph("Session : 2026").table([["a", "b"]], {}).toBuffer());
    const again = await reread(document);
    expect(again.snapshot.blocks).toEqual(snapshot.blocks);
    expect(paragraphText(document.paragraphs[0]!)).toBe("Session : 2026");
  });
});
