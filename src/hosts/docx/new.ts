import JSZip from "jszip";
import { DOCUMENT_STYLES, W_NS } from "../ooxml/package";
import { bodyOf } from "../ooxml/body";
import { parseXml } from "../ooxml/xml";
import type { DocxDocument } from "./read";

/**
 * An empty Word document, A4 landscape with 2 cm margins (a grid is wide), with the styles a grid needs:
 * Normal and Heading 1. `grille new --format docx` inserts the grids into it.
 */

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;

const ROOT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;


/** A4 landscape: 29.7 × 21 cm, margins 2 cm. */
const DOCUMENT =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>` +
  `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>` +
  `</w:body></w:document>`;

export function newDocx(name = "grille.docx"): DocxDocument {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES, { createFolders: false });
  zip.file("_rels/.rels", ROOT_RELS, { createFolders: false });
  zip.file("word/_rels/document.xml.rels", DOCUMENT_RELS, { createFolders: false });
  zip.file("word/styles.xml", DOCUMENT_STYLES, { createFolders: false });
  zip.file("word/document.xml", DOCUMENT, { createFolders: false });
  const xml = parseXml(DOCUMENT);
  const body = bodyOf(xml)!;
  return { name, zip, documentPath: "word/document.xml", xml, body, paragraphs: [], tables: [], styles: { path: "word/styles.xml", xml: parseXml(DOCUMENT_STYLES), changed: false } };
}
