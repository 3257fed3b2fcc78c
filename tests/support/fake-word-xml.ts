import { child, childrenOf, element, is, textNode, textValue, type XmlNode } from "../../src/hosts/ooxml/xml";

/**
 * The fake Word's own reading and writing of WordprocessingML: a paragraph's text, a table's cells, a
 * cell's text set, part of a paragraph replaced. Deliberately small and separate from the .docx
 * adapter's (hosts/ooxml/body, hosts/docx/edit), so that a bug in those fails the Word host's tests
 * too instead of being shared by the fake. Only what the tests' documents hold: runs of text, tabs,
 * breaks, content controls, hyperlinks.
 */

/** One character-bearing node of a paragraph, in order: a w:t (its text), a w:tab ("\t"), a w:br ("\n"). */
interface Piece {
  node: XmlNode;
  run: XmlNode;
  /** The list the run sits in (the paragraph's, a hyperlink's, a content control's). */
  siblings: XmlNode[];
  text: string;
}

/** Containers whose runs are part of the paragraph's text. */
const CONTAINERS = ["w:hyperlink", "w:ins", "w:smartTag", "w:customXml", "w:fldSimple"];

function pieces(paragraph: XmlNode): Piece[] {
  const out: Piece[] = [];
  const walk = (siblings: XmlNode[]) => {
    for (const node of siblings) {
      if (is(node, "w:r")) {
        for (const part of childrenOf(node)) {
          if (is(part, "w:t")) out.push({ node: part, run: node, siblings, text: childrenOf(part).map((t) => textValue(t) ?? "").join("") });
          else if (is(part, "w:tab")) out.push({ node: part, run: node, siblings, text: "\t" });
          else if (is(part, "w:br") || is(part, "w:cr")) out.push({ node: part, run: node, siblings, text: "\n" });
        }
      } else if (is(node, "w:sdt")) walk(childrenOf(child(node, "w:sdtContent") ?? {}));
      else if (CONTAINERS.some((tag) => is(node, tag))) walk(childrenOf(node));
    }
  };
  walk(childrenOf(paragraph));
  return out;
}

export const paragraphTextOf = (paragraph: XmlNode): string =>
  pieces(paragraph)
    .map((p) => p.text)
    .join("");

/** A table's rows of physical cells (rows and cells may sit inside content controls). */
export function cellsOf(table: XmlNode): XmlNode[][] {
  const unwrap = (nodes: readonly XmlNode[], tag: string): XmlNode[] =>
    nodes.flatMap((n) => (is(n, tag) ? [n] : is(n, "w:sdt") ? unwrap(childrenOf(child(n, "w:sdtContent") ?? {}), tag) : []));
  return unwrap(childrenOf(table), "w:tr").map((row) => unwrap(childrenOf(row), "w:tc"));
}

const textElement = (text: string): XmlNode => ({ "w:t": [textNode(text)], ":@": { "@_xml:space": "preserve" } });

const runWith = (rPr: XmlNode | undefined, content: XmlNode[]): XmlNode => ({ "w:r": [...(rPr ? [structuredClone(rPr)] : []), ...content] });

/** Sets a cell's whole text (inside its content control when it has one): one paragraph, lines as w:br, the old first run's look. */
export function setCellTextOf(cell: XmlNode, text: string): void {
  const sdt = childrenOf(cell).find((n) => is(n, "w:sdt"));
  const blocks = sdt ? childrenOf(child(sdt, "w:sdtContent")!) : childrenOf(cell);
  if (sdt) {
    const pr = childrenOf(child(sdt, "w:sdtPr") ?? {});
    const placeholder = pr.findIndex((n) => is(n, "w:showingPlcHdr"));
    if (placeholder >= 0) pr.splice(placeholder, 1);
  }
  const first = blocks.find((n) => is(n, "w:p")) ?? element("w:p");
  const look = pieces(first)[0]?.run;
  const rPr = look ? child(look, "w:rPr") : undefined;
  const pPr = child(first, "w:pPr");
  const runs = text === "" ? [] : text.split("\n").map((line, i) => runWith(rPr, [...(i > 0 ? [element("w:br")] : []), textElement(line)]));
  const paragraph: XmlNode = { "w:p": [...(pPr ? [pPr] : []), ...runs] };
  const kept = blocks.filter((n) => !is(n, "w:p"));
  blocks.splice(0, blocks.length, ...kept, paragraph);
}

/**
 * Replaces characters [start, end) of a paragraph's text by `replacement`: the text piece where the
 * range starts takes it, the others lose their part; tabs and breaks inside the range go. With no text
 * piece there, a new run is added after the run before the range (or first).
 */
export function replaceTextOf(paragraph: XmlNode, start: number, end: number, replacement: string): void {
  let offset = 0;
  const spans = pieces(paragraph).map((piece) => {
    const from = offset;
    offset += piece.text.length;
    return { piece, from, to: offset };
  });
  const host = spans.find((s) => is(s.piece.node, "w:t") && s.from <= start && (start < s.to || (start === s.to && s.from < s.to && end === start)));
  for (const span of spans) {
    const { piece, from, to } = span;
    if (!(from < end && to > start) && span !== host) continue;
    if (!is(piece.node, "w:t")) {
      const content = childrenOf(piece.run);
      content.splice(content.indexOf(piece.node), 1);
      continue;
    }
    const cut = Math.max(start, from) - from;
    const resume = Math.min(end, to) - from;
    const kept = piece.text.slice(0, cut) + (span === host ? replacement : "") + piece.text.slice(Math.max(resume, cut));
    piece.node["w:t"] = [textNode(kept)];
    piece.node[":@"] = { "@_xml:space": "preserve" };
  }
  if (host || replacement === "") return;
  const before = [...spans].reverse().find((s) => s.to <= start);
  const run = runWith(before ? child(before.piece.run, "w:rPr") : undefined, [textElement(replacement)]);
  if (before) before.piece.siblings.splice(before.piece.siblings.indexOf(before.piece.run) + 1, 0, run);
  else {
    const content = childrenOf(paragraph);
    content.splice(content.length > 0 && is(content[0]!, "w:pPr") ? 1 : 0, 0, run);
  }
}
