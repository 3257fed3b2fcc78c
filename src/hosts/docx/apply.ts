import { text, type Text } from "../../core/i18n/locale";
import { refusedResult, type ApplyResult, type Gated } from "../../recognition/plans/gate";
import { documentEdits, type DocumentEdit } from "../../recognition/document/edits";
import type { DocumentLayout } from "../../recognition/document/to-sheet";
import { paragraphText, tableCells } from "../ooxml/body";
import { HEADING1_STYLE, insertedBlocks } from "../ooxml/package";
import { A4_LANDSCAPE_TEXT_WIDTH } from "../ooxml/table-xml";
import { attr, child, childrenOf, findAllDeep, is, parseXml, tagOf, type XmlNode } from "../ooxml/xml";
import { applyParagraphEditXml, setCellText } from "./edit";
import type { DocxDocument } from "./read";

/** The cell element an edit targets, or why there is none. */
function cellOf(document: DocxDocument, edit: Extract<DocumentEdit, { kind: "cell" }>): XmlNode | Text {
  const table = document.tables[edit.table - 1];
  if (!table) return text(`tableau ${edit.table} introuvable`, `table ${edit.table} not found`);
  const cell = tableCells(table)[edit.row - 1]?.[edit.cell - 1];
  return cell ?? text(`tableau ${edit.table}, ligne ${edit.row}, cellule ${edit.cell} introuvable`, `table ${edit.table}, row ${edit.row}, cell ${edit.cell} not found`);
}

const isText = (value: XmlNode | Text): value is Text => typeof (value as Partial<Text>).fr === "string" && typeof (value as Partial<Text>).en === "string";

/** What would make an edit fail, found before anything changes: the plan applies whole or not at all. */
function problems(document: DocxDocument, edits: readonly DocumentEdit[], layout: DocumentLayout): Text[] {
  const out: Text[] = [];
  for (const edit of edits) {
    if (edit.kind === "cell") {
      const cell = cellOf(document, edit);
      if (isText(cell)) out.push(text(`${document.name} : ${cell.fr} (le document a-t-il changé depuis la lecture ?).`, `${document.name}: ${cell.en} (has the document changed since it was read?).`));
    } else if (edit.kind === "paragraph") {
      const paragraph = document.paragraphs[edit.paragraph - 1];
      const expected = layout.paragraph(edit.paragraph)?.text;
      if (!paragraph || paragraphText(paragraph) !== expected) {
        out.push(text(`${document.name} : le paragraphe ${edit.paragraph} a changé depuis la lecture, rien n’est écrit.`, `${document.name}: paragraph ${edit.paragraph} changed since it was read, nothing is written.`));
      }
    }
  }
  return out;
}

/** The style id of Heading 1 in the document (« Heading1 », « Titre1 »…), added to its styles when missing. */
async function headingStyle(document: DocxDocument): Promise<string> {
  if (!document.styles) {
    const path = "word/styles.xml";
    const source = await document.zip.file(path)?.async("string");
    if (source === undefined) return "Heading1";
    document.styles = { path, xml: parseXml(source), changed: false };
  }
  const root = document.styles.xml.find((n) => is(n, "w:styles"));
  if (!root) return "Heading1";
  for (const style of childrenOf(root).filter((n) => is(n, "w:style") && attr(n, "w:type") === "paragraph")) {
    const name = attr(child(style, "w:name") ?? {}, "w:val");
    const id = attr(style, "w:styleId");
    if (id && name?.toLowerCase() === "heading 1") return id;
  }
  childrenOf(root).push(...parseXml(HEADING1_STYLE));
  document.styles.changed = true;
  return "Heading1";
}

/** The text width of the document's last section, in twips: an inserted grid spans it. */
function textWidth(document: DocxDocument): number {
  const section = childrenOf(document.body).filter((n) => is(n, "w:sectPr")).at(-1);
  const size = Number(attr(child(section ?? {}, "w:pgSz") ?? {}, "w:w"));
  const margins = child(section ?? {}, "w:pgMar") ?? {};
  const width = size - Number(attr(margins, "w:left") ?? 0) - Number(attr(margins, "w:right") ?? 0);
  return Number.isFinite(width) && width > 1000 ? width : A4_LANDSCAPE_TEXT_WIDTH;
}

/** Content-control ids are unique in a document: new ones start above the largest. */
function nextControlId(document: DocxDocument): number {
  let max = 0;
  for (const pr of findAllDeep(childrenOf(document.body), "w:sdtPr")) {
    const id = Number(attr(child(pr, "w:id") ?? {}, "w:val"));
    if (Number.isFinite(id)) max = Math.max(max, Math.abs(id));
  }
  return max + 1;
}

async function insertTable(document: DocxDocument, edit: Extract<DocumentEdit, { kind: "insert-table" }>): Promise<void> {
  const idBase = nextControlId(document);
  const blocks = insertedBlocks(edit.table, {
    idBase,
    pageBreakBefore: edit.pageBreakBefore,
    textWidth: textWidth(document),
    ...(edit.heading !== undefined && { heading: edit.heading, headingStyle: await headingStyle(document) }),
  });
  // A .docx has no cursor: « at the selection » is the end, before the last section's properties.
  const body = childrenOf(document.body);
  const last = body.length > 0 && tagOf(body[body.length - 1]!) === "w:sectPr" ? body.length - 1 : body.length;
  body.splice(last, 0, ...blocks);
  for (const block of blocks) (is(block, "w:tbl") ? document.tables : document.paragraphs).push(block);
}

/**
 * Applies a plan the gate let through (against the document's pseudo-sheets, target "document") to a
 * document in memory, whole or not at all: table cells get their new text (inside their content control
 * when they have one), paragraph placeholders their value between the label and « / 20 », grids are
 * inserted at the end. A refused verdict touches nothing. Writing the file is writeDocx's job.
 */
export async function applyDocumentPlan(document: DocxDocument, verdict: Gated, layout: DocumentLayout): Promise<ApplyResult> {
  if (!verdict.ok) return refusedResult(verdict);
  const planned = documentEdits({ changes: [...verdict.changes] }, layout);
  if (!planned.ok) return planned;
  const errors = problems(document, planned.edits, layout);
  if (errors.length > 0) return { ok: false, errors };
  for (const edit of planned.edits) {
    if (edit.kind === "cell") setCellText(cellOf(document, edit) as XmlNode, edit.text);
    else if (edit.kind === "paragraph") applyParagraphEditXml(document.paragraphs[edit.paragraph - 1]!, edit.edit);
    else await insertTable(document, edit);
  }
  return { ok: true, written: planned.edits.length };
}
