import path from "node:path";
import { readFileBytes } from "../node/files";
import JSZip from "jszip";
import { text } from "../../core/i18n/locale";
import type { DocumentSnapshot } from "../../recognition/document/snapshot";
import { BINDING_NAMESPACE, parseBindingMapXml } from "../excel/binding-xml";
import { bodyOf, readBody } from "../ooxml/body";
import { childrenOf, findDeep, parseXml, type XmlNode } from "../ooxml/xml";
import { docxErrors, type DocxReadError } from "./errors";
import { sniffDocx } from "./sniff";

/** A .docx in memory: its zip, its parsed word/document.xml, and the elements of its blocks for editing. */
export interface DocxDocument {
  name: string;
  zip: JSZip;
  documentPath: string;
  xml: XmlNode[];
  body: XmlNode;
  /** The element of paragraph n at [n - 1], of table n at [n - 1] (top level, as in the snapshot). */
  paragraphs: XmlNode[];
  tables: XmlNode[];
  /** word/styles.xml, parsed when a plan needs it (the Heading 1 of an inserted grid). */
  styles?: { path: string; xml: XmlNode[]; changed: boolean };
}

export type DocxReadResult = { ok: true; snapshot: DocumentSnapshot; document: DocxDocument } | { ok: false; error: DocxReadError };

const failure = (error: DocxReadError): DocxReadResult => ({ ok: false, error });

/** Reads a Word file. Never throws: a missing, locked, foreign or damaged file is a DocxReadError. */
export async function readDocx(filePath: string): Promise<DocxReadResult> {
  // The path as given: two folders may each hold a classe.xlsx.
  const name = filePath;
  const read = await readFileBytes(filePath);
  if (!read.ok) {
    const { failure: why } = read;
    if (why.kind === "not-found") return failure(docxErrors.notFound(name));
    if (why.kind === "directory") return failure(docxErrors.directory(name));
    if (why.kind === "not-a-file") return failure(docxErrors.notAFile(name));
    return failure(docxErrors.unreadable(name, why.reason.fr));
  }
  // The document is named by its file name (its pseudo-sheet's name); messages by the path as given.
  const base = path.basename(filePath);
  const result = await readDocxBuffer(read.bytes, base);
  if (!result.ok && result.error.message.startsWith(`${base} :`)) result.error.message = `${filePath}${result.error.message.slice(base.length)}`;
  return result;
}

/** The main part's path, from the package relationships (word/document.xml almost always). */
async function mainPart(zip: JSZip): Promise<string> {
  const rels = await zip.file("_rels/.rels")?.async("string");
  const target = rels ? /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/.exec(rels)?.[1] ?? /<Relationship\b[^>]*Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels)?.[1] : undefined;
  return target && zip.file(target) ? target : "word/document.xml";
}

/** The binding map Grille stored in a custom XML part (Word keeps them in customXml/itemN.xml). */
async function storedBindingMap(zip: JSZip): Promise<unknown> {
  for (const file of zip.file(/^customXml\/item\d+\.xml$/)) {
    const xml = await file.async("string");
    if (xml.includes(BINDING_NAMESPACE)) {
      const map = parseBindingMapXml(xml);
      if (map !== undefined) return map;
    }
  }
  return undefined;
}

/** Reads a Word document from its bytes; `name` is the file name shown in messages. Never throws. */
export async function readDocxBuffer(buf: Buffer, name: string): Promise<DocxReadResult> {
  const kind = sniffDocx(buf);
  switch (kind.kind) {
    case "empty-file":
      return failure(docxErrors.emptyFile(name));
    case "encrypted":
      return failure(docxErrors.passwordProtected(name));
    case "doc":
      return failure(docxErrors.doc(name));
    case "workbook":
      return failure(docxErrors.workbook(name));
    case "other":
      return failure(docxErrors.other(name, kind.what));
    case "broken-zip":
      return failure(docxErrors.corrupt(name, "archive tronquée"));
    case "unknown":
      return failure(docxErrors.corrupt(name, "ce n’est pas un document .docx"));
    case "docx":
      return loadDocx(buf, name);
  }
}

async function loadDocx(buf: Buffer, name: string): Promise<DocxReadResult> {
  let zip: JSZip;
  let xml: XmlNode[];
  let documentPath: string;
  try {
    zip = await JSZip.loadAsync(buf);
    documentPath = await mainPart(zip);
    const source = await zip.file(documentPath)?.async("string");
    if (source === undefined) return failure(docxErrors.corrupt(name, "l’archive ne contient pas de document"));
    xml = parseXml(source);
  } catch (err) {
    return failure(docxErrors.corrupt(name, "archive ou XML illisible", err instanceof Error ? err.message : String(err)));
  }
  const body = bodyOf(xml);
  if (!body) return failure(docxErrors.corrupt(name, "le document n’a pas de corps (w:body)"));
  const read = readBody(childrenOf(body));
  const hasText = read.blocks.some((b) => (b.kind === "paragraph" ? b.text.trim() !== "" : b.rows.length > 0));
  if (!hasText) return failure(docxErrors.empty(name));

  const snapshot: DocumentSnapshot = { name, blocks: read.blocks, contentControls: read.controls };
  const bindingMap = await storedBindingMap(zip).catch(() => undefined);
  if (bindingMap !== undefined) snapshot.bindingMap = bindingMap;
  if (findDeep(childrenOf(body), "w:del")) {
    snapshot.notes = [text("Le document contient des modifications suivies : le texte supprimé n’est pas lu.", "The document holds tracked changes: deleted text is not read.")];
  }
  return { ok: true, snapshot, document: { name, zip, documentPath, xml, body, paragraphs: read.paragraphs, tables: read.tables } };
}
