/// <reference types="office-js" />
import JSZip from "jszip";
import { bodyOf } from "../../src/hosts/ooxml/body";
import { packageBody } from "../../src/hosts/ooxml/package";
import { attr, buildXml, child, childrenOf, is, parseXml, tagOf, type XmlNode } from "../../src/hosts/ooxml/xml";
import type { WordEnv } from "../../src/hosts/word/env";
import type { WordRun } from "../../src/hosts/word/word-host";
import { cellsOf, paragraphTextOf, replaceTextOf, setCellTextOf } from "./fake-word-xml";

/**
 * A hand-rolled Word request context over a document held as WordprocessingML, as Word holds it. It
 * behaves as Office.js does where the adapter relies on it: loads and actions are queued and run at
 * `sync()`, reading a property that was not loaded and synced throws, a ClientResult has no value before
 * the sync. It counts the round trips, so tests assert the sync budget.
 */

export class PropertyNotLoaded extends Error {}

interface Paragraph {
  node: XmlNode;
  level: number;
  table: XmlNode | null;
}

interface Table {
  node: XmlNode;
  level: number;
}

type Location = { kind: "paragraph"; index: number } | { kind: "cell"; table: number; row: number; cell: number };

const WORD_ERROR = (code: string, message: string) => Object.assign(new Error(message), { code });

/** A value that exists only after the sync that computes it. */
class FakeResult<T> {
  private ready = false;
  private result: T | undefined;
  constructor(
    private readonly fake: FakeWord,
    compute: () => T,
  ) {
    fake.queue(() => {
      this.result = compute();
      this.ready = true;
    });
  }
  get value(): T {
    if (!this.ready) throw new PropertyNotLoaded("ClientResult.value read before context.sync()");
    return this.result as T;
  }
}

/** A proxy: resolved at sync time from its path; its properties readable once loaded and synced. */
class FakeProxy<T extends object> {
  private loaded = new Map<string, unknown>();
  private isNull: boolean | undefined;

  constructor(
    protected readonly fake: FakeWord,
    readonly resolve: () => T | null,
    private readonly read: (target: T, property: string) => unknown,
  ) {}

  load(properties: string): this {
    const names = properties.split(",").map((p) => p.trim());
    this.fake.queue(() => {
      const target = this.resolve();
      this.isNull = target === null;
      if (target) for (const name of names) this.loaded.set(name, this.read(target, name));
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined) throw new PropertyNotLoaded("isNullObject read before load and sync");
    return this.isNull;
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw new PropertyNotLoaded(`${name} read before load and sync`);
    return this.loaded.get(name) as V;
  }
}

class FakeCollection<I> {
  private list: I[] | undefined;
  constructor(
    private readonly fake: FakeWord,
    private readonly itemsOf: () => I[],
    private readonly loadItem: (item: I, properties: string) => void,
  ) {}

  load(properties: string): this {
    const props = properties
      .split(",")
      .map((p) => p.trim().replace(/^items\//, ""))
      .join(",");
    const items = this.itemsOf();
    for (const item of items) this.loadItem(item, props);
    this.fake.queue(() => {
      this.list = items;
    });
    return this;
  }

  get items(): I[] {
    if (!this.list) throw new PropertyNotLoaded("items read before load and sync");
    return this.list;
  }
}

class FakeRange {
  constructor(
    private readonly fake: FakeWord,
    readonly resolve: () => { paragraph: XmlNode; start: number; end: number },
  ) {}

  search(text: string): { getFirst(): FakeRange } {
    return { getFirst: () => new FakeRange(this.fake, () => this.fake.find(this.resolve(), text)) };
  }

  /** Looks the range up at sync: a text that is not there fails the batch here. */
  load(): this {
    this.fake.queue(() => void this.resolve());
    return this;
  }

  insertText(text: string, location: "Replace" | "After" | "Before"): void {
    this.fake.queue(() => {
      const { paragraph, start, end } = this.resolve();
      if (location === "Replace") replaceTextOf(paragraph, start, end, text);
      else if (location === "After") replaceTextOf(paragraph, end, end, text);
      else replaceTextOf(paragraph, start, start, text);
    });
  }
}

class FakeCellBody {
  constructor(
    private readonly fake: FakeWord,
    private readonly cell: () => { tc: XmlNode; at: Location },
  ) {}

  insertText(text: string, location: "Replace"): void {
    this.fake.queue(() => {
      if (location !== "Replace") throw new Error("fake: only Replace");
      const { tc } = this.cell();
      if (childrenOf(tc).some((n) => is(n, "w:sdt"))) {
        // Word's body.insertText("Replace") drops the cell's content control with the old content.
        const content = childrenOf(tc);
        const at = content.findIndex((n) => is(n, "w:sdt"));
        const inside = childrenOf(child(content[at]!, "w:sdtContent") ?? {});
        content.splice(at, 1, ...inside);
      }
      setCellTextOf(tc, text);
      this.fake.writes++;
    });
  }

  load(): this {
    this.fake.queue(() => void this.cell());
    return this;
  }

  get contentControls() {
    const first = {
      load: () => {
        this.fake.queue(() => {
          if (!childrenOf(this.cell().tc).some((n) => is(n, "w:sdt"))) throw WORD_ERROR("ItemNotFound", "no content control in the cell");
        });
        return first;
      },
      insertText: (text: string, location: "Replace") => {
        this.fake.queue(() => {
          const { tc } = this.cell();
          if (location !== "Replace" || !childrenOf(tc).some((n) => is(n, "w:sdt"))) throw WORD_ERROR("ItemNotFound", "no content control in the cell");
          setCellTextOf(tc, text);
          this.fake.writes++;
        });
      },
    };
    return { getFirst: () => first };
  }

  select(): void {
    this.fake.queue(() => {
      this.fake.selected = this.cell().at;
    });
  }
}

class FakeCellInfo extends FakeProxy<{ rowIndex: number; cellIndex: number }> {
  constructor(fake: FakeWord, resolve: () => { rowIndex: number; cellIndex: number } | null) {
    super(fake, resolve, (c, name) => (name === "rowIndex" ? c.rowIndex : name === "cellIndex" ? c.cellIndex : undefined));
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get cellIndex(): number {
    return this.get("cellIndex");
  }
}

class FakeTable extends FakeProxy<Table> {
  constructor(fake: FakeWord, resolve: () => Table | null) {
    super(fake, resolve, (t, name) => fake.tableProperty(t, name));
  }
  get values(): string[][] {
    return this.get("values");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get nestingLevel(): number {
    return this.get("nestingLevel");
  }
  get isUniform(): boolean {
    return this.get("isUniform");
  }
  getRange(): { getOoxml(): FakeResult<string> } {
    return { getOoxml: () => new FakeResult(this.fake, () => this.fake.tablePackage(this.resolve()!.node)) };
  }
  getCell(row: number, cell: number): { body: FakeCellBody } {
    return {
      body: new FakeCellBody(this.fake, () => {
        const table = this.resolve();
        const tc = table ? cellsOf(table.node)[row]?.[cell] : undefined;
        if (!table || !tc) throw WORD_ERROR("ItemNotFound", `no cell ${row},${cell}`);
        return { tc, at: { kind: "cell", table: this.fake.topTables().indexOf(table.node) + 1, row: row + 1, cell: cell + 1 } };
      }),
    };
  }
}

class FakeParagraph extends FakeProxy<Paragraph> {
  constructor(fake: FakeWord, resolve: () => Paragraph | null) {
    super(fake, resolve, (p, name) => fake.paragraphProperty(p, name));
  }
  get text(): string {
    return this.get("text");
  }
  get style(): string {
    return this.get("style");
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }
  getNext(): FakeParagraph {
    return new FakeParagraph(this.fake, () => {
      const all = this.fake.paragraphs();
      const me = this.resolve();
      const next = me ? all[all.findIndex((p) => p.node === me.node) + 1] : undefined;
      if (!next) throw WORD_ERROR("ItemNotFound", "no next paragraph");
      return next;
    });
  }
  get parentTable(): FakeTable {
    return new FakeTable(this.fake, () => {
      const me = this.resolve();
      const table = me?.table ? this.fake.tables().find((t) => t.node === me.table) : undefined;
      if (!table) throw WORD_ERROR("ItemNotFound", "the paragraph is not in a table");
      return table;
    });
  }
  search(text: string): { getFirst(): FakeRange } {
    return {
      getFirst: () =>
        new FakeRange(this.fake, () => {
          const me = this.resolve()!;
          return this.fake.find({ paragraph: me.node, start: 0, end: paragraphTextOf(me.node).length }, text);
        }),
    };
  }
  select(): void {
    this.fake.queue(() => {
      const me = this.resolve()!;
      this.fake.selected = { kind: "paragraph", index: this.fake.topParagraphs().indexOf(me.node) + 1 };
    });
  }
}

export interface FakeWordOptions {
  /** WordApi versions supported (« 1.3 », « 1.4 »…); 1.1 to 1.4 by default. */
  api?: string[];
  name?: string;
  /** Where the cursor is: after paragraph n, or in a table cell. */
  selection?: Location;
  /** Range.getOoxml answers something Grille cannot read (Grille then falls back on the cell texts). */
  brokenOoxml?: boolean;
}

export class FakeWord {
  syncs = 0;
  writes = 0;
  selected: Location | null = null;
  /** Custom XML parts by id. */
  parts = new Map<string, { namespace: string; xml: string }>();
  /** The OOXML packages inserted (insertOoxml), for inspection. */
  inserted: string[] = [];
  private pending: (() => void)[] = [];
  private nextPart = 1;

  constructor(
    readonly xml: XmlNode[],
    private readonly options: FakeWordOptions = {},
  ) {}

  static async fromDocx(buffer: Buffer, options: FakeWordOptions = {}): Promise<FakeWord> {
    const zip = await JSZip.loadAsync(buffer);
    const fake = new FakeWord(parseXml(await zip.file("word/document.xml")!.async("string")), options);
    for (const file of zip.file(/^customXml\/item\d+\.xml$/)) {
      const xml = await file.async("string");
      const namespace = /xmlns="([^"]+)"/.exec(xml)?.[1] ?? "";
      fake.parts.set(`{part-${fake.nextPart++}}`, { namespace, xml });
    }
    return fake;
  }

  queue(action: () => void): void {
    this.pending.push(action);
  }

  get env(): WordEnv {
    const api = this.options.api ?? ["1.1", "1.2", "1.3", "1.4"];
    return { isSetSupported: (name, version) => name === "WordApi" && api.includes(version), displayLanguage: "fr-FR", documentName: this.options.name ?? "rapport.docx" };
  }

  readonly run: WordRun = async (batch) => batch(this.context() as unknown as Word.RequestContext);

  // ———————————————————————————————————————— the document, as Word sees it ——

  private body(): XmlNode {
    return bodyOf(this.xml)!;
  }

  /** Every paragraph in document order, with its table nesting level and innermost table. */
  paragraphs(): Paragraph[] {
    const out: Paragraph[] = [];
    const walk = (nodes: readonly XmlNode[], level: number, table: XmlNode | null) => {
      for (const node of nodes) {
        const tag = tagOf(node);
        if (tag === "w:p") out.push({ node, level, table });
        else if (tag === "w:tbl") for (const row of cellsOf(node)) for (const cell of row) walk(childrenOf(cell), level + 1, node);
        else if (tag === "w:sdt") walk(childrenOf(child(node, "w:sdtContent") ?? {}), level, table);
      }
    };
    walk(childrenOf(this.body()), 0, null);
    return out;
  }

  tables(): Table[] {
    const out: Table[] = [];
    const walk = (nodes: readonly XmlNode[], level: number) => {
      for (const node of nodes) {
        const tag = tagOf(node);
        if (tag === "w:tbl") {
          out.push({ node, level: level + 1 });
          for (const row of cellsOf(node)) for (const cell of row) walk(childrenOf(cell), level + 1);
        } else if (tag === "w:sdt") walk(childrenOf(child(node, "w:sdtContent") ?? {}), level);
      }
    };
    walk(childrenOf(this.body()), 0);
    return out;
  }

  topTables(): XmlNode[] {
    return this.tables()
      .filter((t) => t.level === 1)
      .map((t) => t.node);
  }

  topParagraphs(): XmlNode[] {
    return this.paragraphs()
      .filter((p) => p.level === 0)
      .map((p) => p.node);
  }

  paragraphProperty(p: Paragraph, name: string): unknown {
    const style = attr(child(child(p.node, "w:pPr") ?? {}, "w:pStyle") ?? {}, "w:val") ?? "Normal";
    switch (name) {
      case "text":
        return paragraphTextOf(p.node).replace(/\n/g, "\v");
      case "style":
        return style === "Heading1" ? "Heading 1" : style === "Titre1" ? "Titre 1" : style;
      case "styleBuiltIn":
        return /^(Heading|Titre)1$/.test(style) ? "Heading1" : style === "Normal" ? "Normal" : "Other";
      case "tableNestingLevel":
        return p.level;
      default:
        throw new Error(`fake: paragraph.${name} not faked`);
    }
  }

  tableProperty(t: Table, name: string): unknown {
    const cells = cellsOf(t.node);
    switch (name) {
      case "values":
        // Word gives each row's physical cells; a cell's paragraphs are separated by \r.
        return cells.map((row) => row.map((tc) => this.cellParagraphs(tc).map((p) => paragraphTextOf(p)).join("\r")));
      case "rowCount":
        return cells.length;
      case "nestingLevel":
        return t.level;
      case "isUniform": {
        const merged = cells.some((row) => row.some((tc) => child(child(tc, "w:tcPr") ?? {}, "w:gridSpan") || child(child(tc, "w:tcPr") ?? {}, "w:vMerge")));
        return !merged && new Set(cells.map((r) => r.length)).size <= 1;
      }
      default:
        throw new Error(`fake: table.${name} not faked`);
    }
  }

  private cellParagraphs(tc: XmlNode): XmlNode[] {
    const out: XmlNode[] = [];
    const walk = (nodes: readonly XmlNode[]) => {
      for (const node of nodes) {
        if (is(node, "w:p")) out.push(node);
        else if (is(node, "w:sdt")) walk(childrenOf(child(node, "w:sdtContent") ?? {}));
      }
    };
    walk(childrenOf(tc));
    return out;
  }

  /** The table as Range.getOoxml gives it: a flat OPC package around it. */
  tablePackage(table: XmlNode): string {
    if (this.options.brokenOoxml) return "<pkg:package/>";
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="${W}"><w:body>${buildXml([table])}<w:p/></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
  }

  /** `text` in [start, end) of a paragraph, as Word's search finds it. */
  find(range: { paragraph: XmlNode; start: number; end: number }, text: string): { paragraph: XmlNode; start: number; end: number } {
    const plain = text.replace(/\^\^/g, "^");
    const at = paragraphTextOf(range.paragraph).slice(range.start, range.end).indexOf(plain);
    if (at < 0) throw WORD_ERROR("ItemNotFound", `« ${plain} » not found`);
    return { paragraph: range.paragraph, start: range.start + at, end: range.start + at + plain.length };
  }

  /** The document's paragraphs outside tables and its tables' rows, for assertions. */
  outline(): (string | string[][])[] {
    const out: (string | string[][])[] = [];
    for (const node of childrenOf(this.body())) {
      if (is(node, "w:p")) out.push(paragraphTextOf(node));
      else if (is(node, "w:tbl")) out.push(cellsOf(node).map((row) => row.map((tc) => this.cellParagraphs(tc).map((p) => paragraphTextOf(p)).join("\n"))));
    }
    return out;
  }

  private insertBlocks(pkg: string, after: XmlNode | null): void {
    const blocks = packageBody(pkg);
    if (!blocks) throw WORD_ERROR("InvalidArgument", "not an OOXML package");
    this.inserted.push(pkg);
    const body = childrenOf(this.body());
    const end = body.findIndex((n) => is(n, "w:sectPr"));
    const at = after ? body.indexOf(after) + 1 : end < 0 ? body.length : end;
    body.splice(at, 0, ...blocks);
    this.writes++;
  }

  // ———————————————————————————————————————— the request context ——

  private context() {
    const document = {
      body: {
        paragraphs: this.paragraphCollection(),
        tables: new FakeCollection<FakeTable>(
          this,
          () => this.tables().map((t) => new FakeTable(this, () => t)),
          (item, props) => item.load(props),
        ),
        insertOoxml: (pkg: string, location: "End") => {
          if (location !== "End") throw new Error("fake: body.insertOoxml End only");
          this.queue(() => this.insertBlocks(pkg, null));
        },
      },
      contentControls: new FakeCollection<{ tag: string; title: string; text: string }>(
        this,
        () => this.controls(),
        () => undefined,
      ),
      customXmlParts: {
        getByNamespace: (namespace: string) =>
          new FakeCollection<{ id: string; getXml(): FakeResult<string>; delete(): void }>(
            this,
            () =>
              [...this.parts.entries()]
                .filter(([, part]) => part.namespace === namespace)
                .map(([id, part]) => ({
                  id,
                  getXml: () => new FakeResult(this, () => part.xml),
                  delete: () => this.queue(() => this.parts.delete(id)),
                })),
            () => undefined,
          ),
        add: (xml: string) => {
          this.queue(() => this.parts.set(`{part-${this.nextPart++}}`, { namespace: /xmlns="([^"]+)"/.exec(xml)?.[1] ?? "", xml }));
        },
      },
      getSelection: () => this.selection(),
    };
    return {
      document,
      sync: async () => {
        this.syncs++;
        const actions = this.pending;
        this.pending = [];
        for (const action of actions) action();
      },
    };
  }

  private paragraphCollection() {
    const collection = new FakeCollection<FakeParagraph>(
      this,
      () => this.paragraphs().map((p) => new FakeParagraph(this, () => p)),
      (item, props) => item.load(props),
    );
    return Object.assign(collection, {
      getFirst: () =>
        new FakeParagraph(this, () => {
          const first = this.paragraphs()[0];
          if (!first) throw WORD_ERROR("ItemNotFound", "no paragraph");
          return first;
        }),
    });
  }

  private controls(): { tag: string; title: string; text: string }[] {
    const out: { tag: string; title: string; text: string }[] = [];
    const walk = (nodes: readonly XmlNode[]) => {
      for (const node of nodes) {
        if (is(node, "w:sdt")) {
          const pr = child(node, "w:sdtPr") ?? {};
          const content = childrenOf(child(node, "w:sdtContent") ?? {});
          out.push({
            tag: attr(child(pr, "w:tag") ?? {}, "w:val") ?? "",
            title: attr(child(pr, "w:alias") ?? {}, "w:val") ?? "",
            text: content
              .filter((n) => is(n, "w:p"))
              .map((p) => paragraphTextOf(p))
              .join("\r"),
          });
        }
        walk(childrenOf(node));
      }
    };
    walk(childrenOf(this.body()));
    return out;
  }

  private selection() {
    const at = this.options.selection ?? { kind: "paragraph", index: this.topParagraphs().length };
    const cellOf = () => {
      if (at.kind !== "cell") return null;
      const table = this.topTables()[at.table - 1];
      return table ? { table, rowIndex: at.row - 1, cellIndex: at.cell - 1 } : null;
    };
    const paragraphOf = (): Paragraph | null => {
      if (at.kind === "paragraph") return this.paragraphs().find((p) => p.node === this.topParagraphs()[at.index - 1]) ?? null;
      const cell = cellOf();
      const tc = cell ? cellsOf(cell.table)[cell.rowIndex]?.[cell.cellIndex] : undefined;
      const first = tc ? this.cellParagraphs(tc)[0] : undefined;
      return this.paragraphs().find((p) => p.node === first) ?? null;
    };
    return {
      insertOoxml: (pkg: string, location: "After") => {
        if (location !== "After") throw new Error("fake: selection.insertOoxml After only");
        this.queue(() => {
          const p = paragraphOf();
          const top = p && p.level === 0 ? p.node : null;
          this.insertBlocks(pkg, top);
        });
      },
      parentTableCellOrNullObject: new FakeCellInfo(this, cellOf),
      parentTableOrNullObject: new FakeTable(this, () => {
        const cell = cellOf();
        return cell ? (this.tables().find((t) => t.node === cell.table) ?? null) : null;
      }),
      paragraphs: { getFirst: () => new FakeParagraph(this, paragraphOf) },
    };
  }
}
