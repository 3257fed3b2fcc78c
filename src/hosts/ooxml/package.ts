import type { WordTable } from "../../recognition/document/word-table";
import { emptyParagraph, pageBreakParagraph, styledParagraph, wordTableBlocks } from "./table-xml";
import { attr, buildXml, child, childrenOf, is, parseXml, type XmlNode } from "./xml";

/**
 * Flat OPC packages: the single-XML form of a Word document that Office.js exchanges
 * (Range.getOoxml, Range.insertOoxml). Grille inserts a grid with one, and reads the exact merges of a
 * table from one, which Word's table API does not report.
 */

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/** Heading 1, named as Word names its built-in style: Word maps it onto the document's own (« Titre 1 »). */
export const HEADING1_STYLE =
  `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
  `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>`;

/** The styles part of a document Grille makes: Calibri 10 pt in French, Normal, Heading 1, a plain table style. */
export const DOCUMENT_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  HEADING1_STYLE +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
  `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `</w:styles>`;

export interface InsertOptions {
  heading?: string;
  pageBreakBefore?: boolean;
  /** Content-control ids start above this. */
  idBase: number;
  /** The style id of Heading 1 in the target (« Heading1 » by default). */
  headingStyle?: string;
}

/** What goes into the document for one inserted grid: page break, heading, the grid's blocks (wordTableParts), an empty paragraph after it. */
export function insertedBlocks(table: WordTable, options: InsertOptions & { textWidth?: number }): XmlNode[] {
  const blocks: XmlNode[] = [];
  // The heading starts the new page itself; without one, a paragraph holds the page break.
  if (options.heading) blocks.push(styledParagraph(options.heading, options.headingStyle ?? "Heading1", options.pageBreakBefore === true));
  else if (options.pageBreakBefore) blocks.push(pageBreakParagraph());
  blocks.push(...wordTableBlocks(table, { idBase: options.idBase, ...(options.textWidth !== undefined && { textWidth: options.textWidth }) }), emptyParagraph());
  return blocks;
}

/** A flat OPC package holding the grid, for Range.insertOoxml. */
export function wordTablePackage(table: WordTable, options: InsertOptions): string {
  const body = buildXml(insertedBlocks(table, options));
  const part = (name: string, type: string, xml: string) => `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  return (
    `<pkg:package xmlns:pkg="${PKG_NS}">` +
    part("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml", `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`) +
    part("/word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml", `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${STYLES}" Target="styles.xml"/></Relationships>`) +
    part("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", `<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`) +
    part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", `<w:styles xmlns:w="${W_NS}">${HEADING1_STYLE}</w:styles>`) +
    `</pkg:package>`
  );
}

/** The children of w:body in a flat OPC package (Range.getOoxml's answer); null when it is not one. */
export function packageBody(xml: string): XmlNode[] | null {
  let nodes: XmlNode[];
  try {
    nodes = parseXml(xml);
  } catch {
    return null;
  }
  const pkg = nodes.find((n) => is(n, "pkg:package"));
  if (!pkg) return null;
  const main = childrenOf(pkg).find((part) => is(part, "pkg:part") && attr(part, "pkg:name") === "/word/document.xml");
  const document = main ? childrenOf(child(main, "pkg:xmlData") ?? {}).find((n) => is(n, "w:document")) : undefined;
  const body = document ? child(document, "w:body") : undefined;
  return body ? childrenOf(body) : null;
}
