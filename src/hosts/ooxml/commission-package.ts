import JSZip from "jszip";
import type { CommissionSheet } from "../../recognition/document/commission";
import { DOCUMENT_STYLES, W_NS } from "./package";
import { controlCount, emptyParagraph, pageBreakParagraph, styledParagraph, textRun, wordTableBlocks, wordTableElement } from "./table-xml";
import { buildXml, childrenOf, element, findAllDeep, is, type XmlNode } from "./xml";

/**
 * The commission's .docx: every candidate's sheet (Heading 1 with the name, the filled official grid,
 * Grille's box) each starting on a new page, A4 landscape like the grids Grille makes. Built with JSZip
 * only, so the CLI writes it to disk and the Excel pane downloads the same bytes.
 */

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const FOOTER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";

const contentTypes = (footers: number) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
  Array.from({ length: footers }, (_, i) => `<Override PartName="/word/footer${i + 1}.xml" ContentType="${FOOTER_TYPE}"/>`).join("") +
  `</Types>`;

const ROOT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const documentRels = (footers: number) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  Array.from({ length: footers }, (_, i) => `<Relationship Id="${footerId(i)}" Type="${R_NS}/footer" Target="footer${i + 1}.xml"/>`).join("") +
  `</Relationships>`;

const footerId = (i: number) => `rIdFooter${i + 1}`;

/** A candidate's footer: their name and the page number within their sheet, so a loose page is never anonymous. */
const footerXml = (label: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  buildXml([
    element("w:ftr", { "xmlns:w": W_NS }, [
      element("w:p", {}, [
        element("w:pPr", {}, [element("w:jc", { "w:val": "right" })]),
        textRun(`${label} — page `, [element("w:sz", { "w:val": "16" })]),
        element("w:fldSimple", { "w:instr": " PAGE " }, [textRun("1", [element("w:sz", { "w:val": "16" })])]),
      ]),
    ]),
  ]);


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

/** A candidate's section: a new page, their footer, page numbers from 1. */
const sectionProperties = (footer: number): XmlNode =>
  element("w:sectPr", {}, [
    element("w:footerReference", { "w:type": "default", "r:id": footerId(footer) }),
    element("w:pgSz", { "w:w": String(PAGE_WIDTH), "w:h": String(PAGE_HEIGHT), "w:orient": "landscape" }),
    element("w:pgMar", { "w:top": String(MARGIN), "w:right": String(MARGIN), "w:bottom": String(MARGIN), "w:left": String(MARGIN), "w:header": "567", "w:footer": "567", "w:gutter": "0" }),
    element("w:pgNumType", { "w:start": "1" }),
  ]);

/** Every paragraph of the table's rows but the last keeps with the next: Word and LibreOffice then keep the box on one page. */
function keptTogether(table: XmlNode): XmlNode {
  const rows = childrenOf(table).filter((n) => is(n, "w:tr"));
  for (const row of rows.slice(0, -1)) {
    for (const paragraph of findAllDeep([row], "w:p")) {
      const props = childrenOf(paragraph).find((n) => is(n, "w:pPr"));
      if (props) childrenOf(props).unshift(element("w:keepNext"));
      else childrenOf(paragraph).unshift(element("w:pPr", {}, [element("w:keepNext")]));
    }
  }
  return table;
}

/**
 * The body's blocks: per candidate, a section of its own (so it starts a new page, with its footer):
 * heading, the grid, Grille's box. The last section's properties close the body.
 */
export function commissionBlocks(sheets: readonly CommissionSheet[]): XmlNode[] {
  const blocks: XmlNode[] = [];
  let id = 0;
  sheets.forEach((sheet, i) => {
    if (i > 0) blocks.push(element("w:p", {}, [element("w:pPr", {}, [sectionProperties(i - 1)])]));
    blocks.push(styledParagraph(sheet.candidate, "Heading1"));
    sheet.grids.forEach((grid, g) => {
      // Several assessors' sheets of one candidate: each on its own page.
      if (g > 0) blocks.push(pageBreakParagraph());
      blocks.push(...wordTableBlocks(grid, { idBase: id, textWidth: TEXT_WIDTH }), emptyParagraph());
      // Content-control ids are unique in a document: the next grid's start above this one's.
      id += controlCount(grid);
    });
    blocks.push(keptTogether(wordTableElement(sheet.proposal, { idBase: id, textWidth: TEXT_WIDTH })));
  });
  if (sheets.length > 0) blocks.push(sectionProperties(sheets.length - 1));
  return blocks;
}

/** The .docx bytes of the commission's document (one candidate or a class). */
export async function commissionDocx(sheets: readonly CommissionSheet[], title: string): Promise<Uint8Array> {
  const body = commissionBlocks(sheets);
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` + buildXml([element("w:document", { "xmlns:w": W_NS, "xmlns:r": R_NS }, [element("w:body", {}, body)])]);
  const zip = new JSZip();
  zip.file("[Content_Types].xml", contentTypes(sheets.length), { createFolders: false });
  zip.file("_rels/.rels", ROOT_RELS, { createFolders: false });
  zip.file("word/_rels/document.xml.rels", documentRels(sheets.length), { createFolders: false });
  sheets.forEach((sheet, i) => zip.file(`word/footer${i + 1}.xml`, footerXml(sheet.footer), { createFolders: false }));
  zip.file("word/styles.xml", DOCUMENT_STYLES, { createFolders: false });
  zip.file("word/document.xml", document, { createFolders: false });
  zip.file("docProps/core.xml", coreProperties(title), { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
}
