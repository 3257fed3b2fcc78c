import { builtInGrids } from "../../../src/referentials";
import { keptWithNext, printsWhole, wordTableBlocks } from "../../../src/hosts/ooxml/table-xml";
import { buildXml, childrenOf, is, type XmlNode } from "../../../src/hosts/ooxml/xml";
import { gridWordTable, wordTableParts } from "../../../src/recognition/document/word-table";
import { grid } from "../../support/evaluation-builder";

/** The grids as WordprocessingML: what Word and LibreOffice repeat on each page and keep together. */

const rowsOf = (tbl: XmlNode) => childrenOf(tbl).filter((n) => is(n, "w:tr"));
const xml = (node: XmlNode) => buildXml([node]);
const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const textOf = (node: XmlNode) => unescape([...xml(node).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" "));

describe("a grid's blocks in a document", () => {
  it.each([...builtInGrids().keys()])("%s: title lines are paragraphs, the grid's table starts with its level header, repeated on each page", (id) => {
    const compiled = grid(id);
    const table = gridWordTable(compiled);
    const blocks = wordTableBlocks(table, { idBase: 0 });
    const tables = blocks.filter((b) => is(b, "w:tbl"));
    const parts = wordTableParts(table).filter((p) => p.kind === "table");
    expect(tables).toHaveLength(parts.length);
    // Exactly each table's first `repeat` rows carry w:tblHeader.
    parts.forEach((part, k) => {
      const rows = rowsOf(tables[k]!);
      expect(rows).toHaveLength(part.last - part.first + 1);
      expect(rows.map((row) => xml(row).includes("<w:tblHeader/>"))).toEqual(rows.map((_, r) => r < part.repeat));
    });
    // The grid's table: from the level header, which repeats.
    const header = table.headerRows!;
    const gridPart = parts.findIndex((p) => p.first === header.first);
    expect(parts[gridPart]).toMatchObject({ repeat: header.last - header.first + 1 });
    expect(textOf(rowsOf(tables[gridPart]!)[0]!)).toContain(compiled.grid.columns?.[0]?.caption ?? compiled.grid.scale.label);
    // The panel, when the grid has one: a table of its own under its header row (« Membres… | Qualité | Signature »).
    if (table.panel) {
      expect(parts.at(-1)).toMatchObject({ first: table.panel.rows[0]! - 1, last: table.rows.length - 1, repeat: 1 });
      expect(textOf(rowsOf(tables.at(-1)!)[0]!)).toContain("Signature");
    }
    // After the grid's table, only the official tables with their own header (E33 degrees, CQP scales) repeat rows.
    for (const later of parts.slice(gridPart + 1)) {
      expect(later.first).toBeGreaterThan(parts[gridPart]!.last);
      if (later.repeat > 0 && later !== parts.at(-1)) expect(table.ownTables?.some((t) => t.first === later.first && t.repeat === later.repeat)).toBe(true);
    }
    // The form rows above the grid repeat nothing; the title lines come first, as paragraphs.
    for (const other of tables.slice(0, gridPart)) expect(xml(other)).not.toContain("w:tblHeader");
    expect(is(blocks[0]!, "w:p") && textOf(blocks[0]!)).toBe(compiled.grid.diploma);
    // Two tables never touch (Word would join them).
    blocks.forEach((b, i) => expect(is(b, "w:tbl") && is(blocks[i + 1] ?? {}, "w:tbl")).toBe(false));
    // Every row stays whole on its page.
    for (const tbl of tables) for (const row of rowsOf(tbl)) expect(xml(row)).toContain("<w:cantSplit/>");
  });

  it.each([...builtInGrids().keys()])("%s: headings, an item's row before its details, merged areas and the panel stay with the next row", (id) => {
    const table = gridWordTable(grid(id));
    const kept = keptWithNext(table);
    const columns = table.columns.length;
    table.rows.forEach((cells, r) => {
      if (r === table.rows.length - 1) return expect(kept.has(r)).toBe(false);
      const heading = cells.length === 1 && cells[0]!.colSpan === columns && cells[0]!.text !== "";
      if (heading) expect(kept.has(r)).toBe(true);
      if (cells.some((c) => c.rowSpan > 1)) expect(kept.has(r)).toBe(true);
    });
    for (const r of table.panel?.rows.slice(0, -1) ?? []) expect(kept.has(r)).toBe(true);
    // Each row kept is written with w:keepNext on its paragraphs, unless it ends its table.
    const tables = wordTableBlocks(table, { idBase: 0 }).filter((b) => is(b, "w:tbl"));
    wordTableParts(table)
      .filter((p) => p.kind === "table")
      .forEach((part, k) => {
        rowsOf(tables[k]!).forEach((row, i) => {
          const r = part.first + i;
          expect(xml(row).includes("<w:keepNext/>")).toBe((kept.has(r) || printsWhole(table, part)) && r < part.last);
        });
      });
  });

  it.each([
    ["mcv-e33", "Degré de maîtrise des compétences évaluées", "1. Novice"],
    ["cqp-agc", "Echelles d'appréciation", "Lors de l'observation directe des réalisations sur poste"],
  ])("%s: the official table under the grid is a table of its own, under its own header, its heading kept with it", (id, heading, firstHeader) => {
    const table = gridWordTable(grid(id));
    const parts = wordTableParts(table);
    const own = parts.findIndex((p) => p.kind === "table" && table.rows[p.first]![0]!.text === firstHeader);
    expect(own).toBeGreaterThan(0);
    const part = parts[own] as Extract<(typeof parts)[number], { kind: "table" }>;
    // Its header row repeats on each page, not the level header.
    expect(part.repeat).toBe(1);
    expect(part.last - part.first).toBeGreaterThan(2);
    // The grid's table ends above it, on a row that is not a line of text.
    const gridPart = parts.find((p) => p.kind === "table" && p.first === table.headerRows!.first) as typeof part;
    expect(gridPart.last).toBeLessThan(part.first);
    for (let r = gridPart.last + 1; r < part.first; r++) expect(table.rows[r]!.every((c) => c.tag === undefined)).toBe(true);
    // Its heading is the paragraph just before it, written kept with the next block.
    const before = parts[own - 1]!;
    expect(before).toMatchObject({ kind: "paragraph", cell: { text: heading } });
    const blocks = wordTableBlocks(table, { idBase: 0 });
    const headingBlock = blocks.find((b) => is(b, "w:p") && textOf(b) === heading)!;
    expect(xml(headingBlock)).toContain("<w:keepNext/>");
  });

  it("E33: the plain lines under the grid stay with the table they introduce; the instructions above E31's grid flow", () => {
    const e33 = wordTableBlocks(gridWordTable(grid("mcv-e33")), { idBase: 0 });
    const capacity = e33.find((b) => is(b, "w:p") && textOf(b) === "- Communiquer")!;
    expect(xml(capacity)).toContain("<w:keepNext/>");
    const e31 = wordTableBlocks(gridWordTable(grid("agora-e31")), { idBase: 0 });
    const instruction = e31.find((b) => is(b, "w:p") && textOf(b).startsWith("Novice : "))!;
    expect(xml(instruction)).not.toContain("<w:keepNext/>");
  });

  it("E31: an item's row stays with its competencies and criteria; E33's with its first indicator", () => {
    for (const id of ["agora-e31", "mcv-e33"]) {
      const table = gridWordTable(grid(id));
      const itemRows = table.rows.flatMap((cells, r) => (cells.some((c) => c.tag?.endsWith(":1") || /:[A-Z]$/.test(c.tag ?? "")) ? [r] : []));
      expect(itemRows.length).toBeGreaterThan(2);
      for (const r of itemRows) expect(keptWithNext(table).has(r)).toBe(true);
    }
    // PFMP: a competency's row does not hold the next section's heading to it.
    const pfmp = gridWordTable(grid("agora-pfmp"));
    const columns = pfmp.columns.length;
    const beforeHeadings = pfmp.rows.flatMap((cells, r) => (r > pfmp.headerRows!.last + 1 && cells.length === 1 && cells[0]!.colSpan === columns && pfmp.rows[r - 1]!.some((c) => c.tag) ? [r - 1] : []));
    expect(beforeHeadings.length).toBeGreaterThan(0);
    for (const r of beforeHeadings) expect(keptWithNext(pfmp).has(r)).toBe(false);
  });

  it("numbers content controls across its tables without a repeat", () => {
    const blocks = wordTableBlocks(gridWordTable(grid("agora-e31")), { idBase: 40 });
    const ids = blocks.flatMap((b) => [...xml(b).matchAll(/<w:id w:val="(\d+)"\/>/g)].map((m) => Number(m[1])));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.min(...ids)).toBe(41);
  });
});
