import { builtInGrids } from "../../../src/referentials";
import { wordTableBlocks } from "../../../src/hosts/ooxml/table-xml";
import { buildXml, childrenOf, is, type XmlNode } from "../../../src/hosts/ooxml/xml";
import { gridWordTable } from "../../../src/recognition/document/word-table";
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
    const gridTable = tables.at(-1)!;
    const rows = rowsOf(gridTable);
    const header = table.headerRows!;
    expect(rows).toHaveLength(table.rows.length - header.first);
    // Exactly the level header's rows carry w:tblHeader, and they are the table's first rows.
    const repeated = rows.map((row) => xml(row).includes("<w:tblHeader/>"));
    expect(repeated).toEqual(rows.map((_, r) => r <= header.last - header.first));
    expect(textOf(rows[0]!)).toContain(compiled.grid.scale.label);
    // No other table repeats anything; the title lines come first, as paragraphs.
    for (const other of tables.slice(0, -1)) expect(xml(other)).not.toContain("w:tblHeader");
    expect(is(blocks[0]!, "w:p") && textOf(blocks[0]!)).toBe(compiled.grid.diploma);
    // Two tables never touch (Word would join them).
    blocks.forEach((b, i) => expect(is(b, "w:tbl") && is(blocks[i + 1] ?? {}, "w:tbl")).toBe(false));
    // Every row stays whole on its page.
    for (const tbl of tables) for (const row of rowsOf(tbl)) expect(xml(row)).toContain("<w:cantSplit/>");
  });

  it("numbers content controls across its tables without a repeat", () => {
    const blocks = wordTableBlocks(gridWordTable(grid("agora-e31")), { idBase: 40 });
    const ids = blocks.flatMap((b) => [...xml(b).matchAll(/<w:id w:val="(\d+)"\/>/g)].map((m) => Number(m[1])));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.min(...ids)).toBe(41);
  });
});
