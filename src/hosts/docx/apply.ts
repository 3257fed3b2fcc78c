import type { WritePlan } from "../../recognition/plans/plan";
import { documentEdits, type DocumentEdit } from "../../recognition/document/edits";
import type { DocumentLayout } from "../../recognition/document/to-sheet";
import { paragraphText, tableCells } from "../ooxml/body";
import { HEADING1_STYLE, insertedBlocks } from "../ooxml/package";
import { A4_LANDSCAPE_TEXT_WIDTH } from "../ooxml/table-xml";
import { attr, child, childrenOf, findAllDeep, is, parseXml, tagOf, type XmlNode } from "../ooxml/xml";
import { applyParagraphEditXml, setCellText } from "./edit";
import type { DocxDocument } from "./read";

export type DocxApplyResult = { ok: true; applied: number } | { ok: false; errors: string[] };

/** The cell element an edit targets, or why there is none. */
function cellOf(document: DocxDocument, edit: Extract<DocumentEdit, { kind: "cell" }>): XmlNode | string {
  const table = document.tables[edit.table - 1];
  if (!table) return `tableau ${edit.table} introuvable`;
  const cell = tableCells(table)[edit.row - 1]?.[edit.cell - 1];
  return cell ?? `tableau ${edit.table}, ligne ${edit.row}, cellule ${edit.cell} introuvable`;
}

/** What would make an edit fail, found before anything changes: the plan applies whole or not at all. */
function problems(document: DocxDocument, edits: readonly DocumentEdit[], layout: DocumentLayout): string[] {
  const out: string[] = [];
  for (const edit of edits) {
    if (edit.kind === "cell") {
      const cell = cellOf(document, edit);
      if (typeof cell === "string") out.push(`${document.name} : ${cell} (le document a-t-il changé depuis la lecture ?).`);
    } else if (edit.kind === "paragraph") {
      const paragraph = document.paragraphs[edit.paragraph - 1];
      const expected = layout.paragraph(edit.paragraph)?.text;
      if (!paragraph || paragraphText(paragraph) !== expected) out.push(`${document.name} : le paragraphe ${edit.paragraph} a changé depuis la lecture, rien n’est écrit.`);
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
 * Applies a write plan to a document in memory, whole or not at all: table cells get their new text
 * (inside their content control when they have one), paragraph placeholders their value between the
 * label and « / 20 », grids are inserted at the end. Writing the file is writeDocx's job.
 */
export async function applyDocumentPlan(document: DocxDocument, plan: WritePlan, layout: DocumentLayout): Promise<DocxApplyResult> {
  const planned = documentEdits(plan, layout);
  if (!planned.ok) return { ok: false, errors: planned.errors.map((e) => `${e.fr}.`) };
  const errors = problems(document, planned.edits, layout);
  if (errors.length > 0) return { ok: false, errors };
  for (const edit of planned.edits) {
    if (edit.kind === "cell") setCellText(cellOf(document, edit) as XmlNode, edit.text);
    else if (edit.kind === "paragraph") applyParagraphEditXml(document.paragraphs[edit.paragraph - 1]!, edit.edit);
    else await insertTable(document, edit);
  }
  return { ok: true, applied: planned.edits.length };
}
