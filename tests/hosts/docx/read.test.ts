import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { readDocx, readDocxBuffer } from "../../../src/hosts/docx";
import { aWorkbook } from "../../support/workbook-builder";
import { aDocument } from "../../support/docx-builder";

const read = async (buf: Buffer, name = "grille.docx") => readDocxBuffer(buf, name);

/** An OLE2 compound file whose directory names a stream (enough for sniffing). */
const ole2 = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, "utf16le"), Buffer.alloc(64)]);

describe("reading a .docx", () => {
  it("reads paragraphs: runs joined, tabs, line breaks, links, styles and headings", async () => {
    const r = await read(
      await aDocument()
        .heading("MARTIN Alice", "Titre1")
        .raw(
          `<w:p><w:r><w:t xml:space="preserve">Nom : </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Mar</w:t></w:r><w:hyperlink><w:r><w:t>tin</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>Prénom : Alice</w:t><w:br/><w:t>suite</w:t></w:r><w:del><w:r><w:delText>effacé</w:delText></w:r></w:del></w:p>`,
        )
        .toBuffer(),
    );
    expect(r.ok && r.snapshot.blocks).toEqual([
      { kind: "paragraph", index: 1, text: "MARTIN Alice", style: "Titre1", heading: 1 },
      { kind: "paragraph", index: 2, text: "Nom : Martin\tPrénom : Alice\nsuite" },
    ]);
  });

  it("reads tables: spans, vertical merges, bold cells, nested tables, content controls with their place", async () => {
    const r = await read(
      await aDocument()
        .paragraph("avant")
        .table(
          [
            ["Critères", null, "PROFIL", null],
            [null, null, "1", "2"],
            [{ text: "TRAITER", bold: true }, { text: "détail", nested: [["a", "b"]] }, { text: "", tag: "grille:mcv-e33:traiter:1" }, { text: "X", tag: "grille:mcv-e33:traiter:2" }],
          ],
          { merges: ["A1:B2", "C1:D1"] },
        )
        .toBuffer(),
    );
    if (!r.ok) throw new Error(r.error.message);
    const table = r.snapshot.blocks[1]!;
    expect(table.kind === "table" && table.rows.map((row) => row.cells.map((c) => [c.text, c.gridSpan, c.vMerge, c.nested, c.bold ?? false]))).toEqual([
      [
        ["Critères", 2, "restart", false, false],
        ["PROFIL", 2, null, false, false],
      ],
      [
        ["", 2, "continue", false, false],
        ["1", 1, null, false, false],
        ["2", 1, null, false, false],
      ],
      [
        ["TRAITER", 1, null, false, true],
        ["détail\na\tb", 1, null, true, false],
        ["", 1, null, false, false],
        ["X", 1, null, false, false],
      ],
    ]);
    expect(r.snapshot.contentControls).toEqual([
      { tag: "grille:mcv-e33:traiter:1", title: "grille:mcv-e33:traiter:1", text: "", location: { kind: "table", table: 1, row: 3, cell: 3 } },
      { tag: "grille:mcv-e33:traiter:2", title: "grille:mcv-e33:traiter:2", text: "X", location: { kind: "table", table: 1, row: 3, cell: 4 } },
    ]);
  });

  it("marks page breaks as the start of a part", async () => {
    const r = await read(await aDocument().paragraph("un").pageBreak().paragraph("deux", { pageBreakBefore: true }).toBuffer());
    expect(r.ok && r.snapshot.blocks.map((b) => b.kind === "paragraph" && [b.text, b.pageBreakBefore ?? false])).toEqual([
      ["un", false],
      ["", true],
      ["deux", true],
    ]);
  });

  it("reads the binding map Grille stored in a custom XML part", async () => {
    const map = { format: "grille-document-binding", version: 1, fingerprint: "abc", map: {} };
    const part = `<grille xmlns="https://grille.app/binding-map/1"><![CDATA[${JSON.stringify(map)}]]></grille>`;
    const r = await read(await aDocument().paragraph("x").toBuffer({ "customXml/item1.xml": part }));
    expect(r.ok && r.snapshot.bindingMap).toEqual(map);
  });
});

describe("a file that is not a readable .docx: an error naming the file, never a crash", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "grille-docx-read-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["a .doc (Word 97-2003)", ole2("WordDocument"), "doc-not-supported", "format .doc (Word 97-2003) non pris en charge : enregistrez le document au format .docx"],
    ["a password-protected document", ole2("EncryptedPackage"), "password-protected", "document protégé par mot de passe"],
    ["an empty file", Buffer.alloc(0), "corrupt", "le fichier est vide (0 octet)"],
    ["a truncated zip", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "corrupt", "archive tronquée"],
    ["a text file", Buffer.from("bonjour"), "corrupt", "ce n’est pas un document .docx"],
    ["a PDF", Buffer.from("%PDF-1.7 ..."), "not-a-document", "ce fichier est un PDF"],
  ])("%s", async (_, buf, code, message) => {
    const r = await read(buf, "rapport.docx");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe(code);
    expect(!r.ok && r.error.message).toContain(message);
    expect(!r.ok && r.error.message.startsWith("rapport.docx : ")).toBe(true);
  });

  it("an Excel workbook renamed .docx", async () => {
    const r = await read(await aWorkbook().sheet("A", (s) => s.cell("A1", "x")).toBuffer());
    expect(!r.ok && r.error.message).toBe("grille.docx : ce fichier est un classeur Excel (.xlsx), pas un document Word : rendez-lui son extension .xlsx et vérifiez-le tel quel.");
  });

  it("a document with broken XML, or without a body", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document><w:body><w:p>");
    const broken = await read(await zip.generateAsync({ type: "nodebuffer" }));
    expect(!broken.ok && broken.error.code).toBe("corrupt");
    zip.file("word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`);
    const bodiless = await read(await zip.generateAsync({ type: "nodebuffer" }));
    expect(!bodiless.ok && bodiless.error.message).toContain("pas de corps");
  });

  it("an empty document: nothing to recognise", async () => {
    const r = await read(await aDocument().empty().paragraph("   ").toBuffer());
    expect(!r.ok && r.error).toMatchObject({ code: "empty", message: "grille.docx : le document ne contient ni texte ni tableau, il n’y a rien à reconnaître." });
  });

  it("a missing file or a folder", async () => {
    const missing = await readDocx(path.join(dir, "absent.docx"));
    expect(!missing.ok && missing.error.message).toBe(`${path.join(dir, "absent.docx")} : fichier introuvable. Vérifiez le nom et le dossier du fichier.`);
    mkdirSync(path.join(dir, "dossier.docx"));
    const folder = await readDocx(path.join(dir, "dossier.docx"));
    expect(!folder.ok && folder.error.code).toBe("not-a-document");
    writeFileSync(path.join(dir, "ok.docx"), await aDocument().paragraph("x").toBuffer());
    expect((await readDocx(path.join(dir, "ok.docx"))).ok).toBe(true);
  });
});
