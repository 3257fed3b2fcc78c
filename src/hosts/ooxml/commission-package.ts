import JSZip from "jszip";
import type { CommissionSheet } from "../../recognition/document/commission";
import type { WordTable } from "../../recognition/document/word-table";
import { HEADING1_STYLE, W_NS } from "./package";
import { emptyParagraph, styledParagraph, wordTableElement } from "./table-xml";
import { buildXml, element, type XmlNode } from "./xml";

/**
 * The commission's .docx: every candidate's sheet (Heading 1 with the name, the filled official grid,
 * Grille's box) each starting on a new page, A4 landscape like the grids Grille makes. Built with JSZip
 * only, so the CLI writes it to disk and the Excel pane downloads the same bytes.
 */

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const ROOT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const DOCUMENT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  HEADING1_STYLE +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
  `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `</w:styles>`;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The document's title in its properties (what a PDF viewer shows), no author: nothing personal beyond what the teacher asked for. */
const coreProperties = (title: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
  `xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title></cp:coreProperties>`;

/** A4 landscape, 2 cm margins: 29.7 × 21 cm in twips. */
const PAGE_WIDTH = 16838;
const PAGE_HEIGHT = 11906;
const MARGIN = 1134;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

const sectionProperties = (): XmlNode =>
  element("w:sectPr", {}, [
    element("w:pgSz", { "w:w": String(PAGE_WIDTH), "w:h": String(PAGE_HEIGHT), "w:orient": "landscape" }),
    element("w:pgMar", { "w:top": String(MARGIN), "w:right": String(MARGIN), "w:bottom": String(MARGIN), "w:left": String(MARGIN), "w:header": "567", "w:footer": "567", "w:gutter": "0" }),
  ]);

const controlCount = (table: WordTable): number => table.rows.reduce((n, cells) => n + cells.filter((c) => c.tag).length, 0);

/** The body's blocks: per candidate, a heading (on a new page after the first), the grid, Grille's box. */
export function commissionBlocks(sheets: readonly CommissionSheet[]): XmlNode[] {
  const blocks: XmlNode[] = [];
  let id = 0;
  sheets.forEach((sheet, i) => {
    blocks.push(styledParagraph(sheet.candidate, "Heading1", i > 0));
    blocks.push(wordTableElement(sheet.grid, { idBase: id, textWidth: TEXT_WIDTH }), emptyParagraph());
    // Content-control ids are unique in a document: the next grid's start above this one's.
    id += controlCount(sheet.grid);
    blocks.push(wordTableElement(sheet.proposal, { idBase: id, textWidth: TEXT_WIDTH }), emptyParagraph());
  });
  return blocks;
}

/** The .docx bytes of the commission's document (one candidate or a class). */
export async function commissionDocx(sheets: readonly CommissionSheet[], title: string): Promise<Uint8Array> {
  const body = [...commissionBlocks(sheets), sectionProperties()];
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` + buildXml([element("w:document", { "xmlns:w": W_NS }, [element("w:body", {}, body)])]);
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES, { createFolders: false });
  zip.file("_rels/.rels", ROOT_RELS, { createFolders: false });
  zip.file("word/_rels/document.xml.rels", DOCUMENT_RELS, { createFolders: false });
  zip.file("word/styles.xml", STYLES, { createFolders: false });
  zip.file("word/document.xml", document, { createFolders: false });
  zip.file("docProps/core.xml", coreProperties(title), { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
}
