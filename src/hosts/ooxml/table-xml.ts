import { parseGrilleTag } from "../../recognition/document/tags";
import { wordTableParts, type WordTable, type WordTableCell } from "../../recognition/document/word-table";
import { element, textNode, type XmlNode } from "./xml";

/**
 * A WordTable as WordprocessingML: w:tbl with w:tblGrid, w:gridSpan, w:vMerge, shading, borders,
 * bold, and a content control (w:sdt with w:tag) around the paragraph of each tagged cell. The table
 * takes the whole text width (percent widths), so it fits the page whatever its margins.
 */

/** Text width of an A4 landscape page with 2 cm margins, in twentieths of a point. */
export const A4_LANDSCAPE_TEXT_WIDTH = 16838 - 2 * 1134;

const BORDER_COLOUR = "808080";
const hex = (colour: string) => colour.replace(/^#/, "").toUpperCase();

function runProperties(cell: WordTableCell): XmlNode[] {
  const props: XmlNode[] = [];
  if (cell.bold) props.push(element("w:b"));
  if (cell.italic) props.push(element("w:i"));
  if (cell.color) props.push(element("w:color", { "w:val": hex(cell.color) }));
  if (cell.size) props.push(element("w:sz", { "w:val": String(Math.round(cell.size * 2)) }), element("w:szCs", { "w:val": String(Math.round(cell.size * 2)) }));
  return props;
}

/** A run of text; « \t » becomes w:tab. */
export function textRun(text: string, rPr: XmlNode[] = []): XmlNode {
  const content: XmlNode[] = rPr.length > 0 ? [element("w:rPr", {}, rPr)] : [];
  text.split("\t").forEach((part, i) => {
    if (i > 0) content.push(element("w:tab"));
    if (part !== "") content.push(element("w:t", { "xml:space": "preserve" }, [textNode(part)]));
  });
  return element("w:r", {}, content);
}

function cellParagraphs(cell: WordTableCell, keepNext = false): XmlNode[] {
  const pPr: XmlNode[] = [...(keepNext ? [element("w:keepNext")] : []), element("w:spacing", { "w:before": "0", "w:after": "0" })];
  if (cell.align) pPr.push(element("w:jc", { "w:val": cell.align }));
  const rPr = runProperties(cell);
  return cell.text.split("\n").map((line) => element("w:p", {}, [element("w:pPr", {}, pPr), ...(line === "" ? [] : [textRun(line, rPr)])]));
}

function borders(): XmlNode {
  const side = (tag: string) => element(tag, { "w:val": "single", "w:sz": "4", "w:space": "0", "w:color": BORDER_COLOUR });
  return element("w:tcBorders", {}, [side("w:top"), side("w:left"), side("w:bottom"), side("w:right")]);
}

function cellProperties(cell: WordTableCell, widthPct: number, vMerge: "restart" | "continue" | null): XmlNode {
  const props: XmlNode[] = [element("w:tcW", { "w:w": String(Math.round(widthPct * 50)), "w:type": "pct" })];
  if (cell.colSpan > 1) props.push(element("w:gridSpan", { "w:val": String(cell.colSpan) }));
  if (vMerge === "restart") props.push(element("w:vMerge", { "w:val": "restart" }));
  if (vMerge === "continue") props.push(element("w:vMerge"));
  if (cell.border) props.push(borders());
  if (cell.fill) props.push(element("w:shd", { "w:val": "clear", "w:color": "auto", "w:fill": hex(cell.fill) }));
  if (cell.valign) props.push(element("w:vAlign", { "w:val": cell.valign === "middle" ? "center" : cell.valign }));
  return element("w:tcPr", {}, props);
}

export interface TableXmlOptions {
  /** Content-control ids start above this (ids are unique within a document). */
  idBase: number;
  /** Twentieths of a point (twips) the table spans; A4 landscape by default. */
  textWidth?: number;
  /** The rows written (0-based, inclusive) and how many of them repeat on each page; all by default, the level header repeated. */
  rows?: { first: number; last: number; repeat: number };
}

/** Points → twentieths of a point. */
const twips = (points: number) => String(Math.round(points * 20));

/** A heading row: one text across the whole table (a section, an appraisal's label). It stays with the next row. */
const isHeading = (cells: readonly WordTableCell[], columns: number): boolean => cells.length === 1 && cells[0]!.colSpan === columns && cells[0]!.text !== "";

/** About as many lines as a page holds: a row taller cannot stay whole, it may split (a long list of findings). */
const PAGE_LINES = 30;

/** Rows of a table short enough to be kept on one page. */
const SMALL_TABLE_ROWS = 8;

const linesOf = (cells: readonly WordTableCell[]): number => Math.max(0, ...cells.map((c) => c.text.split("\n").length));

/**
 * The rows printed on the same page as the next one (w:keepNext on their paragraphs), so that nothing
 * that announces rows sits alone at a page bottom: headings, the form rows and the level header, an
 * item's row before its details, the rows a merged area spans, the panel's header and members.
 */
export function keptWithNext(table: WordTable): Set<number> {
  const columns = table.columns.length;
  const kept = new Set<number>();
  const tagged = (r: number) => (table.rows[r] ?? []).some((c) => c.tag);
  const levelTagged = (r: number) => (table.rows[r] ?? []).some((c) => c.tag !== undefined && (parseGrilleTag(c.tag)?.level ?? null) !== null);
  table.rows.forEach((cells, r) => {
    const next = table.rows[r + 1];
    if (!next) return;
    if (isHeading(cells, columns)) kept.add(r);
    if (table.headerRows && r <= table.headerRows.last) kept.add(r);
    for (let above = 0; above <= r; above++) if (table.rows[above]!.some((c) => above + c.rowSpan - 1 > r)) kept.add(r);
    if (levelTagged(r) && !tagged(r + 1) && !isHeading(next, columns)) kept.add(r);
  });
  const panel = table.panel;
  if (panel && panel.rows.length > 0) for (let r = panel.rows[0]! - 1; r < panel.rows.at(-1)!; r++) kept.add(r);
  return kept;
}

/** A small table without a repeated header (form rows, the CQP domains' appraisal) prints on one page: its rows are kept with the next. */
export function printsWhole(table: WordTable, rows: { first: number; last: number; repeat: number }): boolean {
  const part = table.rows.slice(rows.first, rows.last + 1);
  return rows.repeat === 0 && part.length <= SMALL_TABLE_ROWS && part.reduce((n, cells) => n + Math.max(1, linesOf(cells)), 0) <= PAGE_LINES;
}

/** The w:tbl element of a WordTable (or of some of its rows). */
export function wordTableElement(table: WordTable, options: TableXmlOptions): XmlNode {
  const whole = { first: 0, last: table.rows.length - 1, repeat: table.headerRows?.first === 0 ? table.headerRows.last + 1 : 0 };
  const { first, last, repeat } = options.rows ?? whole;
  const textWidth = options.textWidth ?? A4_LANDSCAPE_TEXT_WIDTH;
  let nextId = options.idBase;
  const widthOf = (cell: WordTableCell) => table.columns.slice(cell.column, cell.column + cell.colSpan).reduce((a, b) => a + b, 0);
  /** Cells covered by a row span, by row: their origin cell. */
  const continued = new Map<number, WordTableCell[]>();
  table.rows.forEach((cells, r) => {
    for (const cell of cells) for (let k = 1; k < cell.rowSpan; k++) continued.set(r + k, [...(continued.get(r + k) ?? []), cell]);
  });
  const kept = keptWithNext(table);
  const together = printsWhole(table, { first, last, repeat });
  const rows = table.rows.slice(first, last + 1).map((cells, i) => {
    const r = first + i;
    const keepNext = (together || kept.has(r)) && r < last;
    const all = [...cells.map((cell) => ({ cell, continuation: false })), ...(continued.get(r) ?? []).map((cell) => ({ cell, continuation: true }))].sort((a, b) => a.cell.column - b.cell.column);
    const tcs = all.map(({ cell, continuation }) => {
      const vMerge = cell.rowSpan > 1 ? (continuation ? "continue" : "restart") : null;
      const pr = cellProperties(cell, widthOf(cell), vMerge);
      if (continuation) return element("w:tc", {}, [pr, keepNext ? element("w:p", {}, [element("w:pPr", {}, [element("w:keepNext")])]) : element("w:p")]);
      const paragraphs = cellParagraphs(cell, keepNext);
      if (!cell.tag) return element("w:tc", {}, [pr, ...paragraphs]);
      const sdtPr = element("w:sdtPr", {}, [element("w:alias", { "w:val": cell.title ?? cell.tag }), element("w:tag", { "w:val": cell.tag }), element("w:id", { "w:val": String(++nextId) })]);
      return element("w:tc", {}, [pr, element("w:sdt", {}, [sdtPr, element("w:sdtContent", {}, paragraphs)])]);
    });
    const height = table.rowHeights?.[r];
    const trPr = [
      ...(linesOf(cells) <= PAGE_LINES ? [element("w:cantSplit")] : []),
      ...(height ? [element("w:trHeight", { "w:val": twips(height), "w:hRule": "atLeast" })] : []),
      // Word repeats only a table's first rows: the level header starts the grid's table (wordTableParts).
      ...(r < first + repeat ? [element("w:tblHeader")] : []),
    ];
    return element("w:tr", {}, [element("w:trPr", {}, trPr), ...tcs]);
  });
  const tblPr = element("w:tblPr", {}, [
    element("w:tblW", { "w:w": "5000", "w:type": "pct" }),
    element("w:tblLayout", { "w:type": "fixed" }),
    element("w:tblCellMar", {}, [element("w:left", { "w:w": "70", "w:type": "dxa" }), element("w:right", { "w:w": "70", "w:type": "dxa" })]),
    element("w:tblLook", { "w:val": "0000" }),
  ]);
  const grid = element(
    "w:tblGrid",
    {},
    table.columns.map((pct) => element("w:gridCol", { "w:w": String(Math.max(1, Math.round((pct / 100) * textWidth))) })),
  );
  return element("w:tbl", {}, [tblPr, grid, ...rows]);
}

/**
 * A line outside the grid's table (diploma, épreuve, title; the texts under the grid) as a paragraph kept
 * with what follows. Plain text above the grid (the official instructions, several paragraphs long)
 * flows: kept together with the grid, it would push itself and the grid onto a page of their own.
 */
function lineParagraph(cell: WordTableCell, keep = false): XmlNode {
  const pPr: XmlNode[] = [...(keep || cell.bold || cell.italic ? [element("w:keepNext")] : []), element("w:spacing", { "w:before": "0", "w:after": "60" })];
  if (cell.align) pPr.push(element("w:jc", { "w:val": cell.align }));
  const rPr = runProperties(cell);
  return element("w:p", {}, [element("w:pPr", {}, pPr), ...cell.text.split("\n").flatMap((line, i) => [...(i > 0 ? [element("w:r", {}, [element("w:br")])] : []), textRun(line, rPr)])]);
}

const spaceParagraph = (): XmlNode => element("w:p", {}, [element("w:pPr", {}, [element("w:keepNext"), element("w:spacing", { "w:before": "0", "w:after": "0" })])]);

/** The content controls a WordTable's rows hold: ids are unique in a document. */
export const controlCount = (table: WordTable): number => table.rows.reduce((n, cells) => n + cells.filter((c) => c.tag).length, 0);

/** A WordTable as document blocks (wordTableParts): the lines above the grid, its form rows' table, the grid's table. */
export function wordTableBlocks(table: WordTable, options: TableXmlOptions): XmlNode[] {
  let idBase = options.idBase;
  return wordTableParts(table).map((part) => {
    if (part.kind === "paragraph") return lineParagraph(part.cell, part.keep);
    if (part.kind === "space") return spaceParagraph();
    const rows = { first: part.first, last: part.last, repeat: part.repeat };
    const tbl = wordTableElement(table, { ...options, idBase, rows });
    idBase += controlCount({ ...table, rows: table.rows.slice(part.first, part.last + 1) });
    return tbl;
  });
}

/** A paragraph in a style (« Heading1 » or the document's own id for it), on a new page if asked. */
export const styledParagraph = (text: string, styleId: string, pageBreakBefore = false): XmlNode =>
  element("w:p", {}, [element("w:pPr", {}, [element("w:pStyle", { "w:val": styleId }), ...(pageBreakBefore ? [element("w:pageBreakBefore")] : [])]), textRun(text)]);

export const pageBreakParagraph = (): XmlNode => element("w:p", {}, [element("w:r", {}, [element("w:br", { "w:type": "page" })])]);

export const emptyParagraph = (): XmlNode => element("w:p");
