import type { Block, BlockLocation, ContentControlInfo, ParagraphBlock, TableBlock, TableCellBlock, TableRowBlock } from "../../recognition/document/snapshot";
import { attr, child, childrenOf, is, tagOf, textValue, type XmlNode } from "./xml";

/**
 * A w:body read into document blocks: paragraphs (runs' w:t, w:tab as « \t », w:br as « \n »), tables
 * (w:tr, w:tc, w:gridSpan, w:vMerge, nested w:tbl), content controls (w:sdt with w:tag and w:alias).
 * The element of every top-level paragraph and table is kept, so that an adapter can edit it in place.
 */

/** Elements that hold runs inside a paragraph (links, tracked insertions, inline content controls…). */
const RUN_CONTAINERS = new Set(["w:hyperlink", "w:ins", "w:smartTag", "w:customXml", "w:fldSimple", "w:moveTo", "w:dir", "w:bdo"]);

/** One piece of a paragraph's text, and the run element it comes from. */
export interface Piece {
  run: XmlNode;
  /** The list of elements the run sits in (its paragraph's, a link's…), to add runs next to it. */
  container: XmlNode[];
  node: XmlNode;
  kind: "text" | "tab" | "break" | "page";
  text: string;
}

const onOff = (node: XmlNode | undefined): boolean => {
  if (!node) return false;
  const value = attr(node, "w:val");
  return value === undefined || !["0", "false", "off"].includes(value);
};

function runPieces(run: XmlNode, container: XmlNode[], out: Piece[]): void {
  for (const node of childrenOf(run)) {
    switch (tagOf(node)) {
      case "w:t":
        out.push({ run, container, node, kind: "text", text: childrenOf(node).map((t) => textValue(t) ?? "").join("") });
        break;
      case "w:tab":
      case "w:ptab":
        out.push({ run, container, node, kind: "tab", text: "\t" });
        break;
      case "w:br": {
        const type = attr(node, "w:type");
        out.push(type === "page" || type === "column" ? { run, container, node, kind: "page", text: "" } : { run, container, node, kind: "break", text: "\n" });
        break;
      }
      case "w:cr":
        out.push({ run, container, node, kind: "break", text: "\n" });
        break;
      case "w:noBreakHyphen":
        out.push({ run, container, node, kind: "text", text: "-" });
        break;
    }
  }
}

function collectPieces(nodes: XmlNode[], out: Piece[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "w:r") runPieces(node, nodes, out);
    else if (tag === "w:sdt") collectPieces(childrenOf(child(node, "w:sdtContent") ?? {}), out);
    else if (tag !== null && RUN_CONTAINERS.has(tag)) collectPieces(childrenOf(node), out);
  }
}

/** The pieces of a paragraph's text, in order (deleted text, field codes and drawings left out). */
export function paragraphPieces(paragraph: XmlNode): Piece[] {
  const out: Piece[] = [];
  collectPieces(childrenOf(paragraph), out);
  return out;
}

export const paragraphText = (paragraph: XmlNode): string =>
  paragraphPieces(paragraph)
    .map((p) => p.text)
    .join("");

/** Every run of text in the paragraph is bold (direct formatting). */
function allBold(paragraphs: readonly XmlNode[]): boolean {
  const runs = paragraphs.flatMap((p) => paragraphPieces(p).filter((piece) => piece.kind === "text" && piece.text.trim() !== "").map((piece) => piece.run));
  return runs.length > 0 && runs.every((run) => onOff(child(child(run, "w:rPr") ?? {}, "w:b")));
}

const HEADING_STYLE = /^(?:heading|titre|berschrift|titolo|ttulo|kop)\s*([1-9])$/i;

function headingLevel(pPr: XmlNode | undefined): number | undefined {
  const style = attr(child(pPr ?? {}, "w:pStyle") ?? {}, "w:val");
  const match = style ? HEADING_STYLE.exec(style.replace(/\s+/g, "")) : null;
  if (match) return Number(match[1]);
  const outline = attr(child(pPr ?? {}, "w:outlineLvl") ?? {}, "w:val");
  return outline !== undefined && /^[0-8]$/.test(outline) ? Number(outline) + 1 : undefined;
}

interface Sdt {
  tag: string;
  title: string;
  content: XmlNode[];
}

function sdtOf(node: XmlNode): Sdt {
  const pr = child(node, "w:sdtPr") ?? {};
  return {
    tag: attr(child(pr, "w:tag") ?? {}, "w:val") ?? "",
    title: attr(child(pr, "w:alias") ?? {}, "w:val") ?? "",
    content: childrenOf(child(node, "w:sdtContent") ?? {}),
  };
}

/** The cells of a table element, row by row, through row- and cell-level content controls. */
export function tableCells(table: XmlNode): XmlNode[][] {
  const rows: XmlNode[] = [];
  const collectRows = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      if (is(node, "w:tr")) rows.push(node);
      else if (is(node, "w:sdt")) collectRows(sdtOf(node).content);
      else if (is(node, "w:customXml")) collectRows(childrenOf(node));
    }
  };
  collectRows(childrenOf(table));
  return rows.map((row) => {
    const cells: XmlNode[] = [];
    const collectCells = (nodes: readonly XmlNode[]) => {
      for (const node of nodes) {
        if (is(node, "w:tc")) cells.push(node);
        else if (is(node, "w:sdt")) collectCells(sdtOf(node).content);
        else if (is(node, "w:customXml")) collectCells(childrenOf(node));
      }
    };
    collectCells(childrenOf(row));
    return cells;
  });
}

export function tableRows(table: XmlNode): XmlNode[] {
  const rows: XmlNode[] = [];
  const collect = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      if (is(node, "w:tr")) rows.push(node);
      else if (is(node, "w:sdt")) collect(sdtOf(node).content);
      else if (is(node, "w:customXml")) collect(childrenOf(node));
    }
  };
  collect(childrenOf(table));
  return rows;
}

/** The content controls that wrap a cell-level element (a w:sdt around w:tc). */
function wrappedCellTags(row: XmlNode): Map<XmlNode, Sdt[]> {
  const wrapped = new Map<XmlNode, Sdt[]>();
  const walk = (nodes: readonly XmlNode[], around: Sdt[]) => {
    for (const node of nodes) {
      if (is(node, "w:tc")) wrapped.set(node, around);
      else if (is(node, "w:sdt")) {
        const sdt = sdtOf(node);
        walk(sdt.content, [...around, sdt]);
      } else if (is(node, "w:customXml")) walk(childrenOf(node), around);
    }
  };
  walk(childrenOf(row), []);
  return wrapped;
}

/** A nested table's text: its rows on lines, its cells separated by tabs. */
function nestedText(table: XmlNode): string {
  return tableCells(table)
    .map((cells) => cells.map((cell) => cellContent(cell, () => undefined).text.replace(/\n/g, " ")).join("\t"))
    .join("\n");
}

/** A cell's text (its paragraphs on lines, nested tables appended), its paragraphs, and its content controls. */
function cellContent(cell: XmlNode, onControl: (sdt: Sdt, text: string) => void): { text: string; nested: boolean; paragraphs: XmlNode[] } {
  const lines: string[] = [];
  const paragraphs: XmlNode[] = [];
  let nested = false;
  const walk = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === "w:p") {
        paragraphs.push(node);
        lines.push(paragraphText(node));
        for (const inline of childrenOf(node).filter((n) => is(n, "w:sdt"))) {
          const sdt = sdtOf(inline);
          onControl(sdt, paragraphText({ "w:p": sdt.content }));
        }
      } else if (tag === "w:tbl") {
        nested = true;
        lines.push(nestedText(node));
      } else if (tag === "w:sdt") {
        const sdt = sdtOf(node);
        const before = lines.length;
        walk(sdt.content);
        onControl(sdt, lines.slice(before).join("\n"));
      } else if (tag === "w:customXml") walk(childrenOf(node));
    }
  };
  walk(childrenOf(cell));
  while (lines.length > 1 && lines[lines.length - 1]!.trim() === "") lines.pop();
  return { text: lines.join("\n"), nested, paragraphs };
}

function vMergeOf(tcPr: XmlNode | undefined): TableCellBlock["vMerge"] {
  const merge = child(tcPr ?? {}, "w:vMerge");
  if (!merge) return null;
  return attr(merge, "w:val") === "restart" ? "restart" : "continue";
}

export interface BodyRead {
  blocks: Block[];
  controls: ContentControlInfo[];
  /** The element of paragraph n at [n - 1], of table n at [n - 1]. */
  paragraphs: XmlNode[];
  tables: XmlNode[];
}

/** Reads the children of a w:body (or of any block container: a content control's content, a flat OPC part). */
export function readBody(nodes: readonly XmlNode[]): BodyRead {
  const read: BodyRead = { blocks: [], controls: [], paragraphs: [], tables: [] };
  let breakPending = false;

  const readTable = (table: XmlNode): TableBlock => {
    const index = read.tables.push(table);
    const rows: TableRowBlock[] = tableRows(table).map((row, r) => {
      const wrapped = wrappedCellTags(row);
      const gridBefore = Number(attr(child(child(row, "w:trPr") ?? {}, "w:gridBefore") ?? {}, "w:val") ?? 0);
      const cells = tableCells({ "w:tbl": [row] })[0] ?? [];
      return {
        cells: cells.map((cell, c): TableCellBlock => {
          const location: BlockLocation = { kind: "table", table: index, row: r + 1, cell: c + 1 };
          const content = cellContent(cell, (sdt, text) => read.controls.push({ tag: sdt.tag, title: sdt.title, text, location }));
          for (const sdt of wrapped.get(cell) ?? []) read.controls.push({ tag: sdt.tag, title: sdt.title, text: content.text, location });
          const tcPr = child(cell, "w:tcPr");
          const span = Number(attr(child(tcPr ?? {}, "w:gridSpan") ?? {}, "w:val") ?? 1);
          const block: TableCellBlock = { text: content.text, gridSpan: Number.isFinite(span) && span > 0 ? span : 1, vMerge: vMergeOf(tcPr), nested: content.nested };
          if (allBold(content.paragraphs)) block.bold = true;
          return block;
        }),
        ...(Number.isFinite(gridBefore) && gridBefore > 0 && { gridBefore }),
      };
    });
    const block: TableBlock = { kind: "table", index, rows, merges: "exact" };
    read.blocks.push(block);
    return block;
  };

  const readParagraph = (paragraph: XmlNode): ParagraphBlock => {
    const index = read.paragraphs.push(paragraph);
    const pieces = paragraphPieces(paragraph);
    const pPr = child(paragraph, "w:pPr");
    const firstText = pieces.findIndex((p) => p.kind !== "page" && p.text.trim() !== "");
    const pageAt = pieces.findIndex((p) => p.kind === "page");
    const block: ParagraphBlock = { kind: "paragraph", index, text: pieces.map((p) => p.text).join("") };
    const style = attr(child(pPr ?? {}, "w:pStyle") ?? {}, "w:val");
    if (style) block.style = style;
    const heading = headingLevel(pPr);
    if (heading !== undefined) block.heading = heading;
    if (breakPending || child(pPr ?? {}, "w:pageBreakBefore") || (pageAt >= 0 && (firstText < 0 || pageAt < firstText))) block.pageBreakBefore = true;
    // A break after the text, or a section break ending this paragraph, starts the next one on a new page.
    breakPending = (pageAt >= 0 && firstText >= 0 && pieces.slice(firstText).some((p) => p.kind === "page")) || child(pPr ?? {}, "w:sectPr") !== undefined;
    for (const inline of childrenOf(paragraph).filter((n) => is(n, "w:sdt"))) {
      const sdt = sdtOf(inline);
      read.controls.push({ tag: sdt.tag, title: sdt.title, text: paragraphText({ "w:p": sdt.content }), location: { kind: "paragraph", paragraph: index } });
    }
    read.blocks.push(block);
    return block;
  };

  const walk = (list: readonly XmlNode[]) => {
    for (const node of list) {
      const tag = tagOf(node);
      if (tag === "w:p") readParagraph(node);
      else if (tag === "w:tbl") readTable(node);
      else if (tag === "w:sdt") {
        const sdt = sdtOf(node);
        const first = read.blocks.length;
        walk(sdt.content);
        const inside = read.blocks.slice(first);
        const head = inside[0];
        const location: BlockLocation | null = head?.kind === "paragraph" ? { kind: "paragraph", paragraph: head.index } : null;
        const text = inside.map((b) => (b.kind === "paragraph" ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join("\t")).join("\n"))).join("\n");
        read.controls.push({ tag: sdt.tag, title: sdt.title, text, location });
      } else if (tag === "w:customXml") walk(childrenOf(node));
    }
  };
  walk(nodes);
  return read;
}

/** The w:body of a parsed word/document.xml, or null. */
export function bodyOf(document: readonly XmlNode[]): XmlNode | null {
  const root = document.find((n) => is(n, "w:document"));
  return (root && child(root, "w:body")) ?? null;
}
