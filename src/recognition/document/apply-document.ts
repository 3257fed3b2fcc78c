import type { Text } from "../../core/i18n/locale";
import type { WritePlan } from "../plans/plan";
import { documentEdits } from "./edits";
import { applyParagraphEdit } from "./paragraph";
import type { Block, BlockLocation, ContentControlInfo, DocumentSnapshot, ParagraphBlock, TableBlock, TableCellBlock } from "./snapshot";
import { documentToSheet } from "./to-sheet";
import { wordTableParts, type WordTable } from "./word-table";

/**
 * A plan applied to a document held as plain data: what the browser demo's Word mode shows, and how
 * tests check a plan without Word. Same edits as the adapters (documentEdits), whole or not at all.
 */

/** Some rows of a WordTable as Word would give them back: physical cells with spans and vertical merges, and its content controls. */
function tableBlock(table: WordTable, index: number, first: number, last: number): { block: TableBlock; controls: ContentControlInfo[] } {
  const controls: ContentControlInfo[] = [];
  const continued = new Map<number, WordTable["rows"][number]>();
  table.rows.forEach((cells, r) => {
    for (const cell of cells) for (let k = 1; k < cell.rowSpan; k++) continued.set(r + k, [...(continued.get(r + k) ?? []), cell]);
  });
  const rows = table.rows.slice(first, last + 1).map((cells, i) => {
    const r = first + i;
    const all = [...cells.map((cell) => ({ cell, continuation: false })), ...(continued.get(r) ?? []).map((cell) => ({ cell, continuation: true }))].sort((a, b) => a.cell.column - b.cell.column);
    return {
      cells: all.map(({ cell, continuation }, c): TableCellBlock => {
        if (!continuation && cell.tag) controls.push({ tag: cell.tag, title: cell.title ?? cell.tag, text: cell.text, location: { kind: "table", table: index, row: i + 1, cell: c + 1 } });
        return {
          text: continuation ? "" : cell.text,
          gridSpan: cell.colSpan,
          vMerge: cell.rowSpan > 1 ? (continuation ? "continue" : "restart") : null,
          nested: false,
          ...(cell.bold && !continuation && cell.text !== "" && { bold: true }),
        };
      }),
    };
  });
  return { block: { kind: "table", index, rows, merges: "exact" }, controls };
}

/**
 * A WordTable as Word would give it back once inserted (wordTableParts: lines, form rows, the grid's
 * table), its paragraphs and tables numbered from `index` on, and its content controls.
 */
export function wordTableBlocks(table: WordTable, index: number): { blocks: Block[]; controls: ContentControlInfo[] } {
  const blocks: Block[] = [];
  const controls: ContentControlInfo[] = [];
  let paragraph = index;
  let tables = index;
  for (const part of wordTableParts(table)) {
    if (part.kind === "table") {
      const laid = tableBlock(table, tables++, part.first, part.last);
      blocks.push(laid.block);
      controls.push(...laid.controls);
    } else blocks.push({ kind: "paragraph", index: paragraph++, text: part.kind === "paragraph" ? part.cell.text : "" });
  }
  return { blocks, controls };
}

/** A deep copy of plain data: structuredClone where there is one; jsdom (the pane's tests) and older Office webviews lack it. */
const copy = <T>(value: T): T => (typeof structuredClone === "function" ? structuredClone(value) : (JSON.parse(JSON.stringify(value)) as T));

export type DocumentApplyResult = { ok: true; document: DocumentSnapshot } | { ok: false; errors: Text[] };

const relocate = (location: BlockLocation | null, paragraphs: Map<number, number>, tables: Map<number, number>): BlockLocation | null => {
  if (!location) return null;
  if (location.kind === "paragraph") {
    const paragraph = paragraphs.get(location.paragraph);
    return paragraph === undefined ? null : { kind: "paragraph", paragraph };
  }
  const table = tables.get(location.table);
  return table === undefined ? null : { ...location, table };
};

/**
 * The document once the plan is applied. `selection`: the paragraph the cursor is in (a grid inserted
 * « at the selection » goes after it; at the end when there is none).
 */
export function applyPlanToDocument(document: DocumentSnapshot, plan: WritePlan, options: { selection?: number } = {}): DocumentApplyResult {
  const planned = documentEdits(plan, documentToSheet(document), document.contentControls);
  if (!planned.ok) return planned;
  let blocks: Block[] = copy(document.blocks);
  let controls: ContentControlInfo[] = copy(document.contentControls);
  const inserted: { after: number | null; blocks: Block[]; controls: ContentControlInfo[] }[] = [];
  for (const edit of planned.edits) {
    if (edit.kind === "cell") {
      const table = blocks.find((b): b is TableBlock => b.kind === "table" && b.index === edit.table);
      const cell = table?.rows[edit.row - 1]?.cells[edit.cell - 1];
      if (!cell) return { ok: false, errors: [{ fr: `tableau ${edit.table}, ligne ${edit.row} : cellule introuvable`, en: `table ${edit.table}, row ${edit.row}: no such cell` }] };
      cell.text = edit.text;
      for (const control of controls) {
        const at = control.location;
        if (at?.kind === "table" && at.table === edit.table && at.row === edit.row && at.cell === edit.cell) control.text = edit.text;
      }
    } else if (edit.kind === "paragraph") {
      const paragraph = blocks.find((b): b is ParagraphBlock => b.kind === "paragraph" && b.index === edit.paragraph);
      if (paragraph) paragraph.text = applyParagraphEdit(paragraph.text, edit.edit);
    } else {
      // Numbered for now past every existing block; renumbered below.
      const base = 100_000 * (inserted.length + 1);
      const { blocks: grid, controls: tagged } = wordTableBlocks(edit.table, base + 1);
      const heading: Block[] = edit.heading ? [{ kind: "paragraph", index: base, text: edit.heading, style: "Heading1", heading: 1, ...(edit.pageBreakBefore && { pageBreakBefore: true }) }] : [];
      const after = edit.position === "selection" ? (options.selection ?? null) : null;
      inserted.push({ after, blocks: [...heading, ...grid, { kind: "paragraph", index: base + 99_999, text: "" }], controls: tagged });
    }
  }
  for (const insertion of inserted) {
    const cursor = insertion.after === null ? -1 : blocks.findIndex((b) => b.kind === "paragraph" && b.index === insertion.after);
    const at = cursor < 0 ? blocks.length : cursor + 1;
    blocks = [...blocks.slice(0, at), ...insertion.blocks, ...blocks.slice(at)];
    controls = [...controls, ...insertion.controls];
  }
  // Paragraphs and tables numbered again in document order; content controls follow their blocks.
  const paragraphs = new Map<number, number>();
  const tables = new Map<number, number>();
  const placed = blocks.map((block) => {
    if (block.kind === "paragraph") {
      const index = paragraphs.size + 1;
      paragraphs.set(block.index, index);
      return { ...block, index };
    }
    const index = tables.size + 1;
    tables.set(block.index, index);
    return { ...block, index };
  });
  const next: DocumentSnapshot = { ...document, blocks: placed, contentControls: controls.map((c) => ({ ...c, location: relocate(c.location, paragraphs, tables) })) };
  return { ok: true, document: next };
}
