/// <reference types="office-js" />
import { text, type Text } from "../../core/i18n/locale";
import type { Block, ContentControlInfo, DocumentSnapshot, ParagraphBlock, TableBlock } from "../../recognition/document/snapshot";
import { BINDING_NAMESPACE, parseBindingMapXml } from "../excel/binding-xml";
import { readBody } from "../ooxml/body";
import { packageBody } from "../ooxml/package";

/**
 * The open Word document as a document snapshot, in at most two round trips:
 * 1. paragraphs (text, style, table nesting level), tables (cell texts, row count, nesting level,
 *    whether rows are uniform), content controls (tag, title, text), Grille's custom XML part;
 * 2. only when needed: the OOXML of each table whose rows are not uniform or that holds a nested
 *    table (merged cells), and the stored binding map's XML.
 *
 * Word's table API gives each row's cell texts but not their merges: a horizontally merged cell is one
 * entry in a shorter row, with no grid column; a vertically merged cell gives an empty text below it and
 * no sign of the merge (reading cellIndex there even fails, office-js #3200). The OOXML of such a table
 * says it all (w:gridSpan, w:vMerge, nested w:tbl, the content controls of its cells), so those tables
 * are read from it. Uniform tables have no horizontal merges: their values are exact, bar vertical merges.
 */

/** Where the blocks are in Word's collections, for the adapter's writes and selections. */
export interface WordHandles {
  /** Top-level paragraph n → its index in body.paragraphs, at [n - 1]. */
  paragraphs: number[];
  /** Top-level table n → the index in body.paragraphs of one of its own paragraphs (parentTable gives it). */
  tables: number[];
}

export interface WordRead {
  snapshot: DocumentSnapshot;
  handles: WordHandles;
  /** Round trips made (1 or 2). */
  syncs: number;
}

/** Word writes manual line breaks as \v, paragraph marks inside cells as \r, page breaks as \f, cell ends as BEL. */
const clean = (raw: string): string =>
  raw
    .replace(/\r\n?|\v/g, "\n")
    .replace(/\f/g, "")
    .split(String.fromCharCode(7))
    .join("")
    .replace(/\n+$/, "");

function headingOf(styleBuiltIn: string, style: string): number | undefined {
  const builtIn = /^Heading([1-9])$/.exec(styleBuiltIn);
  if (builtIn) return Number(builtIn[1]);
  const named = /^(?:heading|titre)\s*([1-9])$/i.exec(style.trim());
  return named ? Number(named[1]) : undefined;
}

function valuesTable(values: string[][], index: number): TableBlock {
  return {
    kind: "table",
    index,
    rows: values.map((row) => ({ cells: row.map((cell) => ({ text: clean(cell), gridSpan: 1, vMerge: null, nested: false })) })),
    merges: "none",
  };
}

/** A table read from its OOXML; null when Word's answer is not a package holding a table. */
function ooxmlTable(xml: string, index: number): { table: TableBlock; controls: ContentControlInfo[] } | null {
  const body = packageBody(xml);
  if (!body) return null;
  const read = readBody(body);
  const table = read.blocks.find((b): b is TableBlock => b.kind === "table");
  if (!table) return null;
  const controls = read.controls
    .filter((c) => c.location?.kind === "table" && c.location.table === table.index)
    .map((c) => ({ ...c, location: c.location?.kind === "table" ? { ...c.location, table: index } : null }));
  return { table: { ...table, index }, controls };
}

export interface ReadOptions {
  name: string;
  /** Read Grille's custom XML part (WordApi 1.4). */
  customXml: boolean;
}

export async function readDocumentSnapshot(context: Word.RequestContext, options: ReadOptions): Promise<WordRead> {
  const document = context.document;
  const paragraphs = document.body.paragraphs.load("items/text,items/style,items/styleBuiltIn,items/tableNestingLevel");
  const tables = document.body.tables.load("items/values,items/rowCount,items/nestingLevel,items/isUniform");
  const controls = document.contentControls.load("items/tag,items/title,items/text");
  const parts = options.customXml ? document.customXmlParts.getByNamespace(BINDING_NAMESPACE).load("items/id") : null;
  await context.sync();
  let syncs = 1;

  // Paragraphs in order; each run of paragraphs inside tables is one top-level table.
  const topTables = tables.items.filter((t) => t.nestingLevel === 1);
  type Slot = { kind: "paragraph"; at: number } | { kind: "table"; table: number; anchor: number; nested: boolean };
  const slots: Slot[] = [];
  paragraphs.items.forEach((p, at) => {
    if (p.tableNestingLevel === 0) {
      slots.push({ kind: "paragraph", at });
      return;
    }
    const last = slots[slots.length - 1];
    if (last?.kind === "table") {
      last.nested ||= p.tableNestingLevel > 1;
      if (p.tableNestingLevel === 1 && last.anchor < 0) last.anchor = at;
    } else slots.push({ kind: "table", table: slots.filter((s) => s.kind === "table").length, anchor: p.tableNestingLevel === 1 ? at : -1, nested: p.tableNestingLevel > 1 });
  });
  const tableSlots = slots.filter((s): s is Extract<Slot, { kind: "table" }> => s.kind === "table");

  // Second round trip: the OOXML of the tables whose merges matter, and the stored map.
  const wanted = tableSlots.filter((slot) => {
    const table = topTables[slot.table];
    return table !== undefined && (!table.isUniform || slot.nested);
  });
  const ooxml = new Map(wanted.map((slot) => [slot.table, topTables[slot.table]!.getRange("Whole").getOoxml()]));
  const stored = parts && parts.items.length > 0 ? parts.items[0]!.getXml() : null;
  if (ooxml.size > 0 || stored) {
    await context.sync();
    syncs++;
  }

  const notes: Text[] = [];
  const blocks: Block[] = [];
  const located: ContentControlInfo[] = [];
  const handles: WordHandles = { paragraphs: [], tables: [] };
  for (const slot of slots) {
    if (slot.kind === "paragraph") {
      const p = paragraphs.items[slot.at]!;
      const block: ParagraphBlock = { kind: "paragraph", index: handles.paragraphs.push(slot.at), text: clean(p.text) };
      if (p.style && p.style !== "Normal") block.style = p.style;
      const heading = headingOf(p.styleBuiltIn, p.style ?? "");
      if (heading !== undefined) block.heading = heading;
      if (p.text.includes("\f")) block.pageBreakBefore = true;
      blocks.push(block);
      continue;
    }
    const table = topTables[slot.table];
    if (!table) continue;
    const index = handles.tables.push(slot.anchor);
    const fromXml = ooxml.has(slot.table) ? ooxmlTable(ooxml.get(slot.table)!.value, index) : null;
    if (fromXml) {
      blocks.push(fromXml.table);
      located.push(...fromXml.controls);
    } else {
      blocks.push(valuesTable(table.values, index));
      if (!table.isUniform) {
        notes.push(
          text(
            `Tableau ${index} : Word ne dit pas quelles cellules sont fusionnées ; les cellules d’une ligne courte sont lues de gauche à droite.`,
            `Table ${index}: Word does not report which cells are merged; the cells of a short row are read from the left.`,
          ),
        );
      }
    }
  }
  // Content controls outside the tables read from their OOXML: known by tag, not by place.
  const placed = new Set(located.map((c) => `${c.tag}\u0000${c.text}`));
  const unplaced = controls.items.filter((c) => !placed.has(`${c.tag}\u0000${clean(c.text)}`)).map((c) => ({ tag: c.tag, title: c.title, text: clean(c.text), location: null }));

  const snapshot: DocumentSnapshot = { name: options.name, blocks, contentControls: [...located, ...unplaced] };
  if (stored) {
    const map = parseBindingMapXml(stored.value);
    if (map !== undefined) snapshot.bindingMap = map;
  }
  if (notes.length > 0) snapshot.notes = notes;
  return { snapshot, handles, syncs };
}
