import type { ParagraphEdit } from "../../recognition/document/paragraph";
import { paragraphPieces, type Piece } from "../ooxml/body";
import { textRun } from "../ooxml/table-xml";
import { child, childrenOf, element, is, textNode, type XmlNode } from "../ooxml/xml";

/**
 * Careful edits of WordprocessingML in place: the text of a cell or of part of a paragraph changes,
 * everything else (paragraph and run properties, bookmarks, the content control around a cell) stays.
 */

const clone = <T>(value: T): T => structuredClone(value);

/** The first run properties found in a paragraph: a new text keeps the look of the old one. */
function firstRunProperties(paragraph: XmlNode): XmlNode | undefined {
  for (const piece of paragraphPieces(paragraph)) {
    const rPr = child(piece.run, "w:rPr");
    if (rPr) return rPr;
  }
  const run = childrenOf(paragraph).find((n) => is(n, "w:r"));
  return run ? child(run, "w:rPr") : undefined;
}

/** Runs for a text: lines joined by w:br, tabs as w:tab, each run with `rPr`. */
function runsFor(text: string, rPr: XmlNode | undefined): XmlNode[] {
  const props = rPr ? [clone(rPr)] : [];
  return text.split("\n").map((line, i) => {
    const run = textRun(line, []);
    const content = childrenOf(run);
    if (i > 0) content.unshift(element("w:br"));
    content.unshift(...props.map(clone));
    return run;
  });
}

/** Where a cell's paragraphs are: inside its content control when it has one (Grille's tagged cells). */
function cellBlocks(cell: XmlNode): XmlNode[] {
  const sdt = childrenOf(cell).find((n) => is(n, "w:sdt"));
  const content = sdt ? child(sdt, "w:sdtContent") : undefined;
  if (sdt && content) {
    // The control showed its placeholder text: it now holds real text.
    const pr = child(sdt, "w:sdtPr");
    if (pr) {
      const list = childrenOf(pr);
      const at = list.findIndex((n) => is(n, "w:showingPlcHdr"));
      if (at >= 0) list.splice(at, 1);
    }
    return childrenOf(content);
  }
  return childrenOf(cell);
}

/** Sets the whole text of a table cell: one paragraph (the first one's properties), its first run's look. */
export function setCellText(cell: XmlNode, text: string): void {
  const blocks = cellBlocks(cell);
  let paragraph = blocks.find((n) => is(n, "w:p"));
  if (!paragraph) {
    paragraph = element("w:p");
    blocks.push(paragraph);
  }
  const rPr = firstRunProperties(paragraph);
  const pPr = child(paragraph, "w:pPr");
  const content = childrenOf(paragraph);
  content.splice(0, content.length, ...(pPr ? [pPr] : []), ...(text === "" ? [] : runsFor(text, rPr)));
  for (let i = blocks.length - 1; i >= 0; i--) if (is(blocks[i]!, "w:p") && blocks[i] !== paragraph) blocks.splice(i, 1);
  // A cell ends with a paragraph.
  const all = childrenOf(cell);
  if (all.length > 0 && is(all[all.length - 1]!, "w:tbl")) all.push(element("w:p"));
}

function setText(piece: Piece, text: string): void {
  const content = childrenOf(piece.node);
  content.splice(0, content.length, ...(text === "" ? [] : [textNode(text)]));
  const attributes = (piece.node[":@"] ?? {}) as Record<string, string>;
  attributes["@_xml:space"] = "preserve";
  piece.node[":@"] = attributes;
}

function removeNode(piece: Piece): void {
  const content = childrenOf(piece.run);
  const at = content.indexOf(piece.node);
  if (at >= 0) content.splice(at, 1);
}

/** A new run with `text` right after `after`'s run (or first in the paragraph), looking like it. */
function insertRun(paragraph: XmlNode, after: Piece | undefined, text: string): void {
  const rPr = after ? child(after.run, "w:rPr") : firstRunProperties(paragraph);
  const run = textRun(text, rPr ? childrenOf(clone(rPr)) : []);
  if (after) {
    after.container.splice(after.container.indexOf(after.run) + 1, 0, run);
    return;
  }
  const content = childrenOf(paragraph);
  content.splice(content.length > 0 && is(content[0]!, "w:pPr") ? 1 : 0, 0, run);
}

/**
 * Replaces characters [start, end) of a paragraph's text (as paragraphText reads it) with `replacement`,
 * in the runs that hold them: the run where the range starts takes the new text, the others lose theirs.
 */
export function replaceInParagraph(paragraph: XmlNode, start: number, end: number, replacement: string): void {
  let offset = 0;
  const spans = paragraphPieces(paragraph).map((piece) => {
    const from = offset;
    offset += piece.text.length;
    return { piece, from, to: offset };
  });
  const texts = spans.filter((s) => s.piece.kind === "text");
  // The new text takes the look of the text it replaces (« ……… »), not of the label's trailing space.
  const whole = spans.map((s) => s.piece.text).join("");
  const solid = whole.slice(start, end).search(/\S/);
  const at = solid < 0 ? start : start + solid;
  const host =
    texts.find((s) => s.from <= at && at < s.to && s.to > start) ?? texts.find((s) => s.from <= start && start < s.to) ?? texts.find((s) => s.from < start && start === s.to) ?? texts.find((s) => s.from === start);
  for (const span of spans) {
    const overlaps = span.from < end && span.to > start;
    if (span.piece.kind !== "text") {
      if (overlaps && span.from >= start && span.to <= end) removeNode(span.piece);
      continue;
    }
    if (span !== host && !overlaps) continue;
    const cut = Math.min(Math.max(start, span.from), span.to) - span.from;
    const resume = Math.max(Math.min(end, span.to), span.from) - span.from;
    const kept = span.piece.text.slice(0, cut) + (span === host ? replacement : "") + span.piece.text.slice(resume);
    if (kept === "" && span !== host) removeNode(span.piece);
    else setText(span.piece, kept);
  }
  if (!host) insertRun(paragraph, [...spans].reverse().find((s) => s.to <= start && s.to > s.from)?.piece, replacement);
}

export function applyParagraphEditXml(paragraph: XmlNode, edit: ParagraphEdit): void {
  replaceInParagraph(paragraph, edit.start, edit.end, edit.replacement);
}
