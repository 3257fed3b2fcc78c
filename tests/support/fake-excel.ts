/// <reference types="office-js" />
import { DOMParser } from "@xmldom/xmldom";
import { ValueType, type Cell, type CellValue as ExcelJsValue, type Workbook, type Worksheet } from "exceljs";
import type { OfficeEnv } from "../../src/hosts/excel/office-env";
import { a1, columnLetters, isCellError, parseA1, parseRangeA1, rangeA1, type CellRange } from "../../src/recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";

/**
 * A fake Excel for the Office.js adapter's tests: an in-memory workbook (sheets of cells with values,
 * formulas, number formats and styles; merges, hidden rows and columns, protection, names, custom XML
 * parts, document settings) behind proxies shaped like Office.js's, with its batching discipline:
 *
 * - `load()` is queued and recorded (which properties, on which object); reading a property that was
 *   not loaded and synced throws PropertyNotLoaded, as Office.js does; `isNullObject` before a sync too;
 * - writes are queued and run only at `sync()`, in order; an error stops the batch and, as in Excel,
 *   what ran before it stays; `context.trace()` messages run before the error come back on the error;
 * - each sync is counted, with the statements it carried and an estimate of its request and response
 *   sizes; over 5 MB either way it fails (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded);
 * - writes on a protected sheet fail with AccessDenied, a sheet or name that is gone with ItemNotFound,
 *   any batch while a cell is being edited with InvalidOperationInCellEditMode (unless Excel.run was told
 *   `delayForCellEdit` and the fake's Excel supports it: then the edit ends first);
 * - APIs above the fake's API version fail with ApiNotFound.
 *
 * It does not calculate formulas (a written formula reads back as empty), parse locale-specific input
 * (only "'…", "=…", plain numbers and TRUE/FALSE are typed), model undo, events, tables, charts,
 * conditional formats or sheet-scoped names. A test double, not an Excel.
 */

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What a statement costs in a request beyond its arguments, roughly (ids, object paths, action type). */
const STATEMENT_OVERHEAD = 200;
/** What an object costs in a response beyond its values. */
const OBJECT_OVERHEAD = 50;
/** Excel's grid. */
const ROWS = 1_048_576;
const COLUMNS = 16_384;
/** Excel reads at most 5 million cells in one range. */
const READ_CELL_LIMIT = 5_000_000;

// ———————————————————————————————————————————— errors ——

/** Shaped like OfficeExtension.Error: a code, a message, the trace messages run before the error. */
export class FakeOfficeError extends Error {
  override readonly name = "OfficeExtension.Error";
  traceMessages: string[] = [];
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

const fail = (code: string, message: string): never => {
  throw new FakeOfficeError(code, message);
};

// ———————————————————————————————————————————— the in-memory workbook ——

export type FakeValue = string | number | boolean | null;

export interface FakeCell {
  /** The value as Excel shows it; an error cell holds its text (#N/A) with `error` set. */
  value: FakeValue;
  formula?: string;
  error?: boolean;
  numberFormat?: string;
  /** Formatting set through the API, flat: "font.bold" → true, "borders.EdgeTop.style" → "Continuous". */
  format: Record<string, unknown>;
}

export interface FakeValidation {
  range: CellRange;
  rule: unknown;
  prompt?: unknown;
}

export class FakeSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  readonly cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** Points, by 0-based column / row. */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  validations: FakeValidation[] = [];
  frozenRows = 0;
  orientation = "Portrait";
  paperSize = "Letter";

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row}:${col}`);
  }

  touch(row: number, col: number): FakeCell {
    const key = `${row}:${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** For building: a value (and a number format) at an A1 address. */
  set(address: string, value: FakeValue, numberFormat?: string): this {
    const at = parseA1(address)!;
    const cell = this.touch(at.row, at.col);
    cell.value = value;
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    return this;
  }

  /** For assertions: the cell at an A1 address, or undefined. */
  at(address: string): FakeCell | undefined {
    const at = parseA1(address)!;
    return this.cell(at.row, at.col);
  }

  valueAt(address: string): FakeValue {
    return this.at(address)?.value ?? null;
  }

  /** The used range with valuesOnly: the cells holding a value or a formula. */
  usedArea(): CellRange | null {
    let area: CellRange | null = null;
    for (const [key, cell] of this.cells) {
      if ((cell.value === null || cell.value === "") && cell.formula === undefined) continue;
      const [row, col] = key.split(":").map(Number) as [number, number];
      area = area
        ? { top: Math.min(area.top, row), left: Math.min(area.left, col), bottom: Math.max(area.bottom, row), right: Math.max(area.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return area;
  }
}

export interface FakeName {
  name: string;
  /** With its "=": =Alice!$D$12, ='Candidat 1'!$B$2, =#REF!$B$2 once the sheet is deleted. */
  formula: string;
  type: "Range" | "String" | "Double" | "Boolean" | "Error" | "Formula";
}

export interface FakePart {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** Office.context.document.settings: values set, and those saved with saveAsync. */
export class FakeSettings {
  readonly values = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  failSave = false;

  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }

  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void {
    if (!this.failSave) this.saved = new Map(this.values);
    queueMicrotask(() => callback?.(this.failSave ? { status: "failed", error: { message: "settings not saved" } } : { status: "succeeded" }));
  }
}

export interface SyncRecord {
  statements: string[];
  requestBytes: number;
  responseBytes: number;
  writes: number;
  error?: string;
}

export interface LoadRecord {
  object: string;
  properties: string[];
}

/** Excel's quoting of a sheet name in a reference: bare when it is a plain name, else 'quoted'. */
export function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const absoluteA1 = (area: CellRange) => rangeA1(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/** An area as Excel writes it: whole rows "3:5", whole columns "A:C", else "A1:C5". */
function areaAddress(area: CellRange): string {
  const wholeRows = area.left === 0 && area.right === COLUMNS - 1;
  const wholeColumns = area.top === 0 && area.bottom === ROWS - 1;
  if (wholeRows) return `${area.top + 1}:${area.bottom + 1}`;
  if (wholeColumns) return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  return rangeA1(area);
}

const overlaps = (a: CellRange, b: CellRange) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Maximal runs of indices in [from, to] not in `hidden`. */
function visibleRuns(from: number, to: number, hidden: Set<number>): [number, number][] {
  const runs: [number, number][] = [];
  const sorted = [...hidden].filter((i) => i >= from && i <= to).sort((a, b) => a - b);
  let start = from;
  for (const h of sorted) {
    if (h > start) runs.push([start, h - 1]);
    start = h + 1;
  }
  if (start <= to) runs.push([start, to]);
  return runs;
}

/**
 * The fake Excel: the workbook, the API version, edit mode, and what the adapter did to it (syncs,
 * loads, Excel.run options). `context()` gives a request context; `excelRun` and `excelGlobal` stand
 * for Excel.run.
 */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly names: FakeName[] = [];
  readonly parts: FakePart[] = [];
  readonly settings = new FakeSettings();
  /** The highest ExcelApi set this Excel supports, "1.13". */
  apiVersion = "1.13";
  editMode = false;
  /** Excel builds that honour Excel.run's delayForCellEdit (the edit ends before the batch runs). */
  delayForCellEditSupported = true;
  displayLanguage = "fr-FR";
  /** What a locale's Excel would make of typed text beyond the fake's rules (a date, a number), if anything. */
  typist: ((text: string) => FakeValue | undefined) | undefined;
  activeSheet: string | null = null;
  activeCell = "A1";
  selected: { sheet: string; address: string } | null = null;
  readonly syncs: SyncRecord[] = [];
  readonly loads: LoadRecord[] = [];
  readonly runs: Excel.RunOptions[] = [];
  private partNumber = 0;

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    this.activeSheet ??= name;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`fake: no sheet ${name}`);
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addPart(xml: string): FakePart {
    let doc: ReturnType<DOMParser["parseFromString"]>;
    const errors: string[] = [];
    try {
      doc = new DOMParser({ errorHandler: (level: string, message: unknown) => level !== "warning" && errors.push(String(message)) }).parseFromString(xml, "text/xml");
    } catch (error) {
      return fail("InvalidArgument", `custom XML part is not well-formed: ${String(error)}`);
    }
    if (errors.length > 0 || !doc.documentElement) return fail("InvalidArgument", `custom XML part is not well-formed: ${errors.join("; ")}`);
    this.partNumber++;
    const part = { id: `{00000000-0000-4000-8000-${String(this.partNumber).padStart(12, "0")}}`, namespaceUri: doc.documentElement.namespaceURI ?? "", xml };
    this.parts.push(part);
    return part;
  }

  /** A fresh request context on this workbook, as Excel.run gives one. */
  context(options: Excel.RunOptions = {}): Excel.RequestContext {
    return new FakeContext(this, options) as unknown as Excel.RequestContext;
  }

  /** Stands for `(batch) => Excel.run(batch)`: what ExcelHost takes. */
  readonly excelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context());

  /** Stands for the global `Excel`, whose run takes options. */
  readonly excelGlobal = {
    run: <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      this.runs.push(options);
      return batch(this.context(options));
    },
  };

  /** Stands for Office.context: the settings, the API sets supported, the display language. */
  env(): OfficeEnv {
    return {
      settings: this.settings as unknown as OfficeEnv["settings"],
      isSetSupported: (name, version) => name === "ExcelApi" && this.supports(version),
      displayLanguage: this.displayLanguage,
    };
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  resetStats(): void {
    this.syncs.length = 0;
    this.loads.length = 0;
    this.runs.length = 0;
  }

  /** "1.9" ≤ "1.13": versions compare by their minor number, not as decimals. */
  supports(version: string): boolean {
    const minor = (v: string) => Number(v.split(".")[1] ?? 0);
    return minor(version) <= minor(this.apiVersion);
  }

  requireApi(version: string, what: string): void {
    if (!this.supports(version)) fail("ApiNotFound", `${what} needs ExcelApi ${version}`);
  }

  /** What a name's reference becomes when its sheet is renamed or deleted, as Excel rewrites it. */
  retarget(oldName: string, newName: string | null): void {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const spellings = [sheetRef(oldName), `'${oldName.replace(/'/g, "''")}'`].map(escape).join("|");
    const pattern = new RegExp(`(^=|,)(?:${spellings})!`, "g");
    for (const name of this.names) {
      const formula = name.formula.replace(pattern, (_, lead: string) => `${lead}${newName === null ? "#REF" : sheetRef(newName)}!`);
      if (formula === name.formula) continue;
      name.formula = formula;
      if (newName === null) name.type = "Error";
    }
  }
}

// ———————————————————————————————————————————— requests ——

interface Statement {
  label: string;
  bytes: number;
  write: boolean;
  run(): void;
}

/** The request context: queued statements, loads committed only when the whole sync succeeds. */
class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplication;
  private queue: Statement[] = [];
  private unsettled: FakeObject<unknown>[] = [];
  private running: { traces: string[]; commits: (() => void)[]; responseBytes: number } | null = null;

  constructor(
    readonly excel: FakeExcel,
    private readonly options: Excel.RunOptions,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = new FakeApplication(this);
  }

  enqueue(label: string, args: unknown, write: boolean, run: () => void): void {
    const size = args === undefined ? 0 : JSON.stringify(args).length;
    this.queue.push({ label, bytes: STATEMENT_OVERHEAD + label.length + size, write, run });
  }

  recordLoad(object: string, properties: string[]): void {
    this.excel.loads.push({ object, properties });
  }

  /** Null objects learn whether they are null at the next sync. */
  watchNull(object: FakeObject<unknown>): void {
    this.unsettled.push(object);
  }

  trace(message: string): void {
    this.enqueue("trace", message, false, () => this.running?.traces.push(message));
  }

  /** During a sync: adds to the response, and keeps what to store on the proxies if the sync succeeds. */
  respond(bytes: number, commit: () => void): void {
    if (!this.running) throw new Error("fake: respond outside a sync");
    this.running.responseBytes += bytes;
    this.running.commits.push(commit);
  }

  async sync(): Promise<void> {
    const statements = this.queue;
    const unsettled = this.unsettled;
    this.queue = [];
    this.unsettled = [];
    const record: SyncRecord = {
      statements: statements.map((s) => s.label),
      requestBytes: statements.reduce((sum, s) => sum + s.bytes, 0),
      responseBytes: 0,
      writes: statements.filter((s) => s.write).length,
    };
    this.excel.syncs.push(record);
    await Promise.resolve();
    this.running = { traces: [], commits: [], responseBytes: 0 };
    try {
      if (this.excel.editMode && statements.length > 0) {
        if (this.options.delayForCellEdit && this.excel.delayForCellEditSupported) this.excel.editMode = false;
        else fail("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      }
      if (record.requestBytes > PAYLOAD_LIMIT) fail("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      for (const statement of statements) statement.run();
      for (const object of unsettled) object.settle();
      record.responseBytes = this.running.responseBytes;
      if (record.responseBytes > PAYLOAD_LIMIT) fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      for (const commit of this.running.commits) commit();
    } catch (error) {
      if (error instanceof FakeOfficeError) {
        error.traceMessages = [...this.running.traces];
        record.error = error.code;
      }
      throw error;
    } finally {
      this.running = null;
    }
  }
}

// ———————————————————————————————————————————— proxies ——

/**
 * A proxy: resolves to its target only while a sync runs (a sheet looked up by name, the used range…),
 * serves loaded properties only once synced, and queues writes.
 */
abstract class FakeObject<T> {
  private bound: T | null | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly ctx: FakeContext,
    readonly path: string,
    private readonly resolver: () => T | null,
    private readonly nullable = false,
  ) {
    if (nullable) ctx.watchNull(this as FakeObject<unknown>);
  }

  protected get excel(): FakeExcel {
    return this.ctx.excel;
  }

  /** The target, during a sync; ItemNotFound when it is gone. */
  protected target(): T {
    if (this.bound === undefined) this.bound = this.resolver();
    if (this.bound === null || !this.alive(this.bound)) return fail("ItemNotFound", `${this.path} does not exist`);
    return this.bound;
  }

  protected alive(_target: T): boolean {
    return true;
  }

  /** Null objects: resolved at the sync after their creation. */
  settle(): void {
    if (this.bound === undefined) this.bound = this.resolver();
    const isNull = this.bound === null;
    this.ctx.respond(10, () => (this.nullState = isNull));
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) return fail("PropertyNotLoaded", `${this.path}.isNullObject read before context.sync()`);
    return this.nullState;
  }

  /** The value of a property of the target, for a load. */
  protected abstract read(target: T, property: string): unknown;

  /** A navigation property's proxy, for loads like "items/protection/protected". */
  protected child(property: string): FakeObject<unknown> {
    throw new Error(`fake: ${this.path} has no navigation property ${property}`);
  }

  load(spec?: string | string[]): this {
    const properties = (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");
    if (properties.length === 0) throw new Error(`fake: ${this.path}.load() without properties loads everything: name them`);
    this.ctx.recordLoad(this.path, properties);
    this.ctx.enqueue(`${this.path}.load(${properties.join(",")})`, undefined, false, () => this.loadNow(properties));
    return this;
  }

  /** Reads the properties now (during a sync) and commits them when the sync succeeds. */
  loadNow(properties: string[]): void {
    if (this.nullable) {
      if (this.bound === undefined) this.bound = this.resolver();
      if (this.bound === null) {
        this.ctx.respond(OBJECT_OVERHEAD, () => (this.nullState = true));
        return;
      }
    }
    const target = this.target();
    const direct = properties.filter((p) => !p.includes("/"));
    const values = direct.map((p) => [p, this.read(target, p)] as const);
    const bytes = OBJECT_OVERHEAD + JSON.stringify(values).length;
    this.ctx.respond(bytes, () => {
      for (const [p, v] of values) this.loaded.set(p, v);
      if (this.nullable) this.nullState = false;
    });
    const nested = new Map<string, string[]>();
    for (const p of properties.filter((p) => p.includes("/"))) {
      const [head, ...rest] = p.split("/");
      nested.set(head!, [...(nested.get(head!) ?? []), rest.join("/")]);
    }
    for (const [head, rest] of nested) this.loadNested(target, head, rest);
  }

  protected loadNested(_target: T, head: string, rest: string[]): void {
    this.child(head).loadNow(rest);
  }

  /** A loaded property; PropertyNotLoaded unless it was loaded and synced. */
  protected get<V>(property: string): V {
    if (this.nullState === true) throw new Error(`fake: ${this.path} is a null object: check isNullObject before reading ${property}`);
    if (!this.loaded.has(property)) {
      return fail("PropertyNotLoaded", `The property '${property}' of ${this.path} is not available. Call load() and context.sync() before reading it.`);
    }
    return this.loaded.get(property) as V;
  }

  /** Queues a write on the target. */
  protected write(label: string, args: unknown, run: (target: T) => void): void {
    this.ctx.enqueue(`${this.path}.${label}`, args, true, () => run(this.target()));
  }
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("application.suspendApiCalculationUntilNextSync()", undefined, false, () => undefined);
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly customXmlParts: FakeParts;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNames(ctx);
    this.customXmlParts = new FakeParts(ctx);
  }

  get application(): FakeApplication {
    return this.ctx.application;
  }

  getActiveCell(): FakeRange {
    const excel = this.ctx.excel;
    return new FakeRange(this.ctx, "workbook.getActiveCell()", () => {
      const sheet = excel.findSheet(excel.activeSheet ?? "");
      const at = parseA1(excel.activeCell);
      if (!sheet || !at) return fail("InvalidSelection", "no active cell");
      return { sheet, area: { top: at.row, left: at.col, bottom: at.row, right: at.col } };
    });
  }
}

// —— sheets ——

class FakeWorksheets extends FakeObject<FakeSheet[]> {
  private proxies: FakeWorksheet[] | undefined;

  constructor(ctx: FakeContext) {
    super(ctx, "workbook.worksheets", () => ctx.excel.sheets);
  }

  protected read(): unknown {
    throw new Error("fake: load worksheets as items/…");
  }

  protected override loadNested(target: FakeSheet[], head: string, rest: string[]): void {
    if (head !== "items") throw new Error(`fake: worksheets has no ${head}`);
    const proxies = target.map((sheet) => new FakeWorksheet(this.ctx, `worksheets['${sheet.name}']`, () => sheet));
    for (const proxy of proxies) proxy.loadNow(rest);
    this.ctx.respond(0, () => (this.proxies = proxies));
  }

  get items(): FakeWorksheet[] {
    if (!this.proxies) return fail("PropertyNotLoaded", "worksheets.items is not available: load('items/…') and sync first");
    return this.proxies;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `worksheets.getItem('${name}')`, () => this.excel.findSheet(name) ?? fail("ItemNotFound", `no sheet ${name}`));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, "worksheets.getActiveWorksheet()", () => this.excel.findSheet(this.excel.activeSheet ?? "") ?? null);
  }

  add(name: string): FakeWorksheet {
    let added: FakeSheet | undefined;
    this.ctx.enqueue(`worksheets.add('${name}')`, name, true, () => {
      if (name.length > 31 || /[[\]:*?/\\]/.test(name) || name.trim() === "") fail("InvalidArgument", `sheet name ${name}`);
      if (this.excel.findSheet(name)) fail("ItemAlreadyExists", `a sheet ${name} exists`);
      added = this.excel.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, `worksheets.add('${name}')`, () => added ?? fail("ItemNotFound", `sheet ${name} was not added`));
  }
}

class FakeWorksheet extends FakeObject<FakeSheet> {
  readonly protection: FakeProtection;
  readonly freezePanes: { freezeRows: (count: number) => void };

  constructor(ctx: FakeContext, path: string, resolver: () => FakeSheet | null, nullable = false) {
    super(ctx, path, resolver, nullable);
    this.protection = new FakeProtection(ctx, `${path}.protection`, () => this.target());
    this.freezePanes = {
      freezeRows: (count: number) =>
        this.write(`freezePanes.freezeRows(${count})`, count, (sheet) => {
          this.excel.requireApi("1.7", "freezePanes");
          sheet.frozenRows = count;
        }),
    };
  }

  protected override alive(sheet: FakeSheet): boolean {
    return this.excel.sheets.includes(sheet);
  }

  protected read(sheet: FakeSheet, property: string): unknown {
    switch (property) {
      case "name":
        return sheet.name;
      case "visibility":
        return sheet.visibility;
      case "position":
        return this.excel.sheets.indexOf(sheet);
      default:
        throw new Error(`fake: worksheet has no property ${property}`);
    }
  }

  protected override child(property: string): FakeObject<unknown> {
    if (property === "protection") return this.protection as FakeObject<unknown>;
    return super.child(property);
  }

  get name(): string {
    return this.get("name");
  }

  set name(value: string) {
    this.write("name=", value, (sheet) => {
      if (this.excel.sheets.some((s) => s !== sheet && s.name.toLowerCase() === value.toLowerCase())) fail("ItemAlreadyExists", `a sheet ${value} exists`);
      this.excel.retarget(sheet.name, value);
      if (this.excel.activeSheet === sheet.name) this.excel.activeSheet = value;
      sheet.name = value;
    });
  }

  get visibility(): string {
    return this.get("visibility");
  }

  get position(): number {
    return this.get("position");
  }

  set position(value: number) {
    this.write("position=", value, (sheet) => {
      const sheets = this.excel.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }

  get pageLayout(): { orientation: string; paperSize: string } {
    const write = (property: "orientation" | "paperSize", value: string) =>
      this.write(`pageLayout.${property}=`, value, (sheet) => {
        this.excel.requireApi("1.9", "pageLayout");
        if (sheet.protected) fail("AccessDenied", `sheet ${sheet.name} is protected`);
        sheet[property] = value;
      });
    return {
      set orientation(value: string) {
        write("orientation", value);
      },
      set paperSize(value: string) {
        write("paperSize", value);
      },
    } as { orientation: string; paperSize: string };
  }

  getRange(address?: string): FakeRange {
    const area = address === undefined ? { top: 0, left: 0, bottom: ROWS - 1, right: COLUMNS - 1 } : parseAddress(address);
    return new FakeRange(this.ctx, `${this.path}.getRange(${address ?? ""})`, () => ({ sheet: this.target(), area }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error("fake: only getUsedRangeOrNullObject(true) is modelled");
    return new FakeRange(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject(true)`,
      () => {
        const sheet = this.target();
        const area = sheet.usedArea();
        return area ? { sheet, area } : null;
      },
      true,
    );
  }

  activate(): void {
    this.ctx.enqueue(`${this.path}.activate()`, undefined, false, () => (this.excel.activeSheet = this.target().name));
  }

  delete(): void {
    this.write("delete()", undefined, (sheet) => {
      const sheets = this.excel.sheets;
      if (sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) fail("InvalidOperation", "a workbook keeps at least one visible sheet");
      sheets.splice(sheets.indexOf(sheet), 1);
      this.excel.retarget(sheet.name, null);
      if (this.excel.activeSheet === sheet.name) this.excel.activeSheet = sheets[0]?.name ?? null;
    });
  }
}

class FakeProtection extends FakeObject<FakeSheet> {
  protected read(sheet: FakeSheet, property: string): unknown {
    if (property === "protected") return sheet.protected;
    throw new Error(`fake: protection has no property ${property}`);
  }

  get protected(): boolean {
    return this.get("protected");
  }
}

// —— ranges ——

function parseAddress(address: string): CellRange {
  const bare = address.replace(/\$/g, "").toUpperCase();
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(bare);
  if (columns) return { top: 0, bottom: ROWS - 1, left: parseA1(`${columns[1]}1`)!.col, right: parseA1(`${columns[2]}1`)!.col };
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: COLUMNS - 1 };
  return parseRangeA1(bare) ?? fail("InvalidArgument", `bad address ${address}`);
}

interface Area {
  sheet: FakeSheet;
  area: CellRange;
}

type Typed = { value: FakeValue; formula?: string };

/** What Excel makes of an input typed through `values` / `formulas` (an English-locale Excel, simply). */
function typed(input: unknown, typist: FakeExcel["typist"]): Typed {
  if (input === null || input === undefined || input === "") return { value: null };
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=")) return { value: null, formula: text };
  const localised = typist?.(text);
  if (localised !== undefined) return { value: localised };
  if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) return { value: Number(text) };
  if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toLowerCase() === "true" };
  return { value: text };
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || cell.value === null || cell.value === "") return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

const dims = (area: CellRange) => ({ rows: area.bottom - area.top + 1, cols: area.right - area.left + 1 });

export class FakeRange extends FakeObject<Area> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(ctx: FakeContext, path: string, resolver: () => Area | null, nullable = false) {
    super(ctx, path, resolver, nullable);
    this.format = new FakeRangeFormat((label, args, run) => this.write(label, args, (t) => this.guarded(t, run)));
    this.dataValidation = new FakeDataValidation((label, args, run) =>
      this.write(label, args, (t) => {
        this.excel.requireApi("1.8", "dataValidation");
        this.guarded(t, run);
      }),
    );
  }

  protected override alive(target: Area): boolean {
    return this.excel.sheets.includes(target.sheet);
  }

  private guarded(target: Area, run: (target: Area) => void): void {
    if (target.sheet.protected) fail("AccessDenied", `sheet ${target.sheet.name} is protected`);
    run(target);
  }

  private each<V>({ sheet, area }: Area, f: (cell: FakeCell | undefined, row: number, col: number) => V): V[][] {
    const { rows, cols } = dims(area);
    if (rows * cols > READ_CELL_LIMIT) fail("RangeExceedsLimit", `${this.path}: more than 5 million cells`);
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(sheet.cell(area.top + r, area.left + c), area.top + r, area.left + c)));
  }

  protected read(target: Area, property: string): unknown {
    const { area, sheet } = target;
    switch (property) {
      case "address":
        return `${sheetRef(sheet.name)}!${areaAddress(area)}`;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "values":
        return this.each(target, (cell) => cell?.value ?? "");
      case "formulas":
        return this.each(target, (cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return this.each(target, (cell) => cell?.numberFormat ?? "General");
      case "valueTypes":
        return this.each(target, (cell) => valueType(cell));
      default:
        throw new Error(`fake: range has no property ${property}`);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  set values(input: unknown[][]) {
    this.typeIn("values", input);
  }

  set formulas(input: unknown[][]) {
    this.typeIn("formulas", input);
  }

  set numberFormat(input: unknown[][]) {
    this.write("numberFormat=", input, (target) =>
      this.guarded(target, ({ sheet, area }) => {
        const { rows, cols } = dims(area);
        if (input.length !== rows || input.some((row) => row.length !== cols)) fail("InvalidArgument", `${this.path}: numberFormat is not ${rows}×${cols}`);
        input.forEach((row, r) => row.forEach((format, c) => (sheet.touch(area.top + r, area.left + c).numberFormat = String(format))));
      }),
    );
  }

  /** values / formulas: a 2-D array of the range's size, each entry typed as Excel types it. */
  private typeIn(property: "values" | "formulas", input: unknown[][]): void {
    this.write(`${property}=`, input, (target) =>
      this.guarded(target, ({ sheet, area }) => {
        const { rows, cols } = dims(area);
        if (input.length !== rows || input.some((row) => row.length !== cols)) fail("InvalidArgument", `${this.path}: ${property} is not ${rows}×${cols}`);
        input.forEach((row, r) =>
          row.forEach((entry, c) => {
            const cell = sheet.touch(area.top + r, area.left + c);
            const { value, formula } = typed(entry, this.excel.typist);
            cell.value = value;
            cell.error = false;
            if (formula === undefined) delete cell.formula;
            else cell.formula = formula;
          }),
        );
      }),
    );
  }

  merge(across = false): void {
    this.write(`merge(${across})`, across, (target) =>
      this.guarded(target, ({ sheet, area }) => {
        if (sheet.merges.some((m) => overlaps(m, area))) fail("InvalidOperation", `${areaAddress(area)} overlaps a merged area`);
        sheet.merges.push({ ...area });
      }),
    );
  }

  select(): void {
    this.ctx.enqueue(`${this.path}.select()`, undefined, false, () => {
      const { sheet, area } = this.target();
      if (this.excel.activeSheet !== sheet.name) fail("InvalidSelection", `sheet ${sheet.name} is not active`);
      this.excel.selected = { sheet: sheet.name, address: rangeA1(area) };
      this.excel.activeCell = a1(area.top, area.left);
    });
  }

  /** The reference a name gets when it is added on this range (read during the sync that adds it). */
  reference(): string {
    const { sheet, area } = this.target();
    return `=${sheetRef(sheet.name)}!${absoluteA1(area)}`;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, `${this.path}.getMergedAreasOrNullObject()`, () => {
      this.excel.requireApi("1.13", "getMergedAreasOrNullObject");
      const { sheet, area } = this.target();
      const merges = sheet.merges.filter((m) => overlaps(m, area));
      return merges.length > 0 ? { sheet, areas: merges } : null;
    });
  }

  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    if (cellType !== "Visible") throw new Error(`fake: special cells ${cellType} not modelled`);
    return new FakeRangeAreas(this.ctx, `${this.path}.getSpecialCellsOrNullObject(${cellType})`, () => {
      this.excel.requireApi("1.9", "getSpecialCellsOrNullObject");
      const { sheet, area } = this.target();
      const rows = visibleRuns(area.top, area.bottom, sheet.hiddenRows);
      const cols = visibleRuns(area.left, area.right, sheet.hiddenColumns);
      const areas = rows.flatMap(([top, bottom]) => cols.map(([left, right]) => ({ top, bottom, left, right })));
      return areas.length > 0 ? { sheet, areas } : null;
    });
  }
}

class FakeRangeAreas extends FakeObject<{ sheet: FakeSheet; areas: CellRange[] }> {
  constructor(ctx: FakeContext, path: string, resolver: () => { sheet: FakeSheet; areas: CellRange[] } | null) {
    super(ctx, path, resolver, true);
  }

  protected read(target: { sheet: FakeSheet; areas: CellRange[] }, property: string): unknown {
    if (property === "address") return target.areas.map((a) => `${sheetRef(target.sheet.name)}!${areaAddress(a)}`).join(",");
    if (property === "areaCount") return target.areas.length;
    throw new Error(`fake: range areas have no property ${property}`);
  }

  get address(): string {
    return this.get("address");
  }
}

type WriteOn = (label: string, args: unknown, run: (target: Area) => void) => void;

/** Formatting writes, stored flat on each cell ("font.bold"); widths and heights on the sheet. */
class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem: (index: string) => Record<string, unknown> };

  constructor(private readonly writeOn: WriteOn) {
    this.font = this.setters("font", ["bold", "italic", "size", "color", "name"]);
    this.fill = this.setters("fill", ["color"]);
    this.borders = { getItem: (index: string) => this.setters(`borders.${index}`, ["style", "color", "weight"]) };
  }

  private setters(prefix: string, properties: string[]): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    for (const property of properties) {
      Object.defineProperty(object, property, {
        set: (value: unknown) => this.cellFormat(`${prefix}.${property}`, value),
        get: () => fail("PropertyNotLoaded", `format ${prefix}.${property} is write-only in the fake`),
      });
    }
    return object;
  }

  private cellFormat(key: string, value: unknown): void {
    this.writeOn(`format.${key}=`, value, ({ sheet, area }) => {
      const { rows, cols } = dims(area);
      if (rows * cols > 100_000) fail("RangeExceedsLimit", "fake: formatting more than 100,000 cells at once");
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) sheet.touch(r, c).format[key] = value;
    });
  }

  set wrapText(value: boolean) {
    this.cellFormat("wrapText", value);
  }
  set horizontalAlignment(value: string) {
    this.cellFormat("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.cellFormat("verticalAlignment", value);
  }
  set columnWidth(points: number) {
    this.writeOn("format.columnWidth=", points, ({ sheet, area }) => {
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.writeOn("format.rowHeight=", points, ({ sheet, area }) => {
      if (area.bottom - area.top > 10_000) fail("RangeExceedsLimit", "fake: row heights of too many rows");
      for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
}

class FakeDataValidation {
  constructor(private readonly writeOn: WriteOn) {}

  set rule(rule: unknown) {
    this.writeOn("dataValidation.rule=", rule, ({ sheet, area }) => {
      sheet.validations = sheet.validations.filter((v) => !overlaps(v.range, area));
      sheet.validations.push({ range: { ...area }, rule });
    });
  }

  set prompt(prompt: unknown) {
    this.writeOn("dataValidation.prompt=", prompt, ({ sheet, area }) => {
      const validation = sheet.validations.find((v) => rangeA1(v.range) === rangeA1(area));
      if (!validation) fail("InvalidOperation", "a prompt needs a rule on the same range");
      else validation.prompt = prompt;
    });
  }
}

// —— names ——

const VALID_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

class FakeNames extends FakeObject<FakeName[]> {
  private proxies: FakeNamedItem[] | undefined;

  constructor(ctx: FakeContext) {
    super(ctx, "workbook.names", () => ctx.excel.names);
  }

  protected read(): unknown {
    throw new Error("fake: load names as items/…");
  }

  protected override loadNested(target: FakeName[], head: string, rest: string[]): void {
    if (head !== "items") throw new Error(`fake: names has no ${head}`);
    const proxies = target.map((name) => new FakeNamedItem(this.ctx, `names['${name.name}']`, () => name));
    for (const proxy of proxies) proxy.loadNow(rest);
    this.ctx.respond(0, () => (this.proxies = proxies));
  }

  get items(): FakeNamedItem[] {
    if (!this.proxies) return fail("PropertyNotLoaded", "names.items is not available: load('items/…') and sync first");
    return this.proxies;
  }

  private find(name: string): FakeName | undefined {
    return this.excel.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, `names.getItem('${name}')`, () => this.find(name) ?? fail("ItemNotFound", `no name ${name}`));
  }

  add(name: string, reference: FakeRange | string): void {
    const target = typeof reference === "string" ? reference : reference.path;
    this.ctx.enqueue(`names.add('${name}', ${target})`, name, true, () => {
      this.excel.requireApi("1.4", "names.add");
      if (!VALID_NAME.test(name) || name.length > 255 || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name)) fail("InvalidArgument", `invalid name ${name}`);
      if (this.find(name)) fail("ItemAlreadyExists", `name ${name} exists`);
      const formula = typeof reference === "string" ? reference : reference.reference();
      this.excel.names.push({ name, formula, type: "Range" });
    });
  }
}

class FakeNamedItem extends FakeObject<FakeName> {
  protected override alive(name: FakeName): boolean {
    return this.excel.names.includes(name);
  }

  protected read(name: FakeName, property: string): unknown {
    switch (property) {
      case "name":
        return name.name;
      case "type":
        return name.type;
      case "formula":
        return name.formula;
      default:
        throw new Error(`fake: name has no property ${property}`);
    }
  }

  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get formula(): string {
    return this.get("formula");
  }

  delete(): void {
    this.write("delete()", undefined, (name) => this.excel.names.splice(this.excel.names.indexOf(name), 1));
  }
}

// —— custom XML parts ——

class FakeParts {
  constructor(private readonly ctx: FakeContext) {}

  getByNamespace(namespace: string): FakeScopedParts {
    return new FakeScopedParts(this.ctx, `customXmlParts.getByNamespace('${namespace}')`, () => this.ctx.excel.parts.filter((p) => p.namespaceUri === namespace));
  }

  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, `customXmlParts.getItem('${id}')`, () => this.ctx.excel.parts.find((p) => p.id === id) ?? fail("ItemNotFound", `no part ${id}`));
  }

  add(xml: string): FakeCustomXmlPart {
    let added: FakePart | undefined;
    this.ctx.enqueue("customXmlParts.add()", xml, true, () => {
      this.ctx.excel.requireApi("1.5", "customXmlParts");
      added = this.ctx.excel.addPart(xml);
    });
    return new FakeCustomXmlPart(this.ctx, "customXmlParts.add()", () => added ?? fail("ItemNotFound", "part not added"));
  }
}

class FakeScopedParts extends FakeObject<FakePart[]> {
  private proxies: FakeCustomXmlPart[] | undefined;

  protected read(): unknown {
    throw new Error("fake: load parts as items/…");
  }

  protected override loadNested(target: FakePart[], head: string, rest: string[]): void {
    if (head !== "items") throw new Error(`fake: parts have no ${head}`);
    const proxies = target.map((part) => new FakeCustomXmlPart(this.ctx, `customXmlParts['${part.id}']`, () => part));
    for (const proxy of proxies) proxy.loadNow(rest);
    this.ctx.respond(0, () => (this.proxies = proxies));
  }

  get items(): FakeCustomXmlPart[] {
    if (!this.proxies) return fail("PropertyNotLoaded", "parts.items is not available: load('items/…') and sync first");
    return this.proxies;
  }
}

class FakeCustomXmlPart extends FakeObject<FakePart> {
  protected override alive(part: FakePart): boolean {
    return this.excel.parts.includes(part);
  }

  protected read(part: FakePart, property: string): unknown {
    if (property === "id") return part.id;
    if (property === "namespaceUri") return part.namespaceUri;
    throw new Error(`fake: part has no property ${property}`);
  }

  get id(): string {
    return this.get("id");
  }

  getXml(): { readonly value: string } {
    let value: string | undefined;
    this.ctx.enqueue(`${this.path}.getXml()`, undefined, false, () => {
      const xml = this.target().xml;
      this.ctx.respond(xml.length, () => (value = xml));
    });
    return {
      get value(): string {
        if (value === undefined) return fail("ValueNotLoaded", "getXml().value read before context.sync()");
        return value;
      },
    };
  }

  delete(): void {
    this.write("delete()", undefined, (part) => this.excel.parts.splice(this.excel.parts.indexOf(part), 1));
  }
}

// ———————————————————————————————————————————— building a fake workbook ——

const DAY_MS = 86_400_000;
const serial = (date: Date) => date.getTime() / DAY_MS + 25_569;

/** A cached formula result or a value as ExcelJS holds it → the fake's cell. */
function fromExcelJsValue(value: ExcelJsValue | undefined, cell: FakeCell): void {
  if (value === null || value === undefined) return;
  if (value instanceof Date) cell.value = serial(value);
  else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") cell.value = value;
  else if ("error" in value) {
    cell.value = String(value.error);
    cell.error = true;
  } else if ("richText" in value) cell.value = value.richText.map((run) => run.text).join("");
  else if ("text" in value && typeof value.text === "string") cell.value = value.text;
  else if ("formula" in value || "sharedFormula" in value) fromExcelJsValue(value.result as ExcelJsValue | undefined, cell);
}

function fromExcelJsCell(source: Cell, cell: FakeCell): void {
  const value = source.value;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    cell.formula = `=${source.formula ?? "SHARED()"}`;
  }
  fromExcelJsValue(value, cell);
  if (source.numFmt) cell.numberFormat = source.numFmt;
}

/**
 * The fake's own reading of an ExcelJS sheet's merges and protection, through ExcelJS's public model
 * (not the production adapter's internals), so that a bug there fails the Office.js tests too.
 */
function mergesAndProtection(ws: Worksheet): { merges: CellRange[]; protected: boolean } {
  const model = ws.model as Worksheet["model"] & { sheetProtection?: { sheet?: boolean } | null };
  return { merges: model.merges.map((range) => parseRangeA1(range)!), protected: model.sheetProtection?.sheet === true };
}

/** The same workbook as Excel would hold it: an ExcelJS workbook (as built or read by the .xlsx tests) → a fake. */
export function fakeExcelFromExcelJs(workbook: Workbook): FakeExcel {
  const fake = new FakeExcel();
  for (const ws of workbook.worksheets) {
    const sheet = fake.addSheet(ws.name);
    sheet.visibility = ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible";
    const { merges, protected: locked } = mergesAndProtection(ws);
    sheet.protected = locked;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: false }, (source, colNumber) => {
        if (source.type === ValueType.Merge) return;
        fromExcelJsCell(source, sheet.touch(rowNumber - 1, colNumber - 1));
      }),
    );
    for (let r = 1; r <= ws.rowCount; r++) if (ws.findRow(r)?.hidden) sheet.hiddenRows.add(r - 1);
    (ws.columns ?? []).forEach((column, c) => column?.hidden && sheet.hiddenColumns.add(c));
    sheet.merges = merges;
  }
  for (const { name, ranges } of workbook.definedNames.model) {
    if (ranges.length > 0) fake.names.push({ name, formula: `=${ranges.join(",")}`, type: "Range" });
  }
  return fake;
}

/** A workbook from a snapshot (for large synthetic workbooks): values, errors, formulas, formats, merges, hidden lines, names. */
export function fakeExcelFromSnapshot(snapshot: WorkbookSnapshot): FakeExcel {
  const fake = new FakeExcel();
  for (const source of snapshot.sheets) {
    const sheet = fake.addSheet(source.name);
    if (source.hidden) sheet.visibility = "Hidden";
    sheet.protected = source.protected;
    source.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.touch(r, c);
        const format = source.formats?.[a1(r, c)];
        if (format !== undefined) cell.numberFormat = format;
        if (isCellError(value)) {
          cell.value = value.error;
          cell.error = true;
        } else if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && format !== undefined) {
          cell.value = serial(new Date(`${value}T00:00:00Z`));
        } else {
          cell.value = value;
        }
      }),
    );
    for (const address of source.formulaCells ?? []) {
      const at = parseA1(address)!;
      sheet.touch(at.row, at.col).formula = "=GRILLE_TEST()";
    }
    sheet.merges = source.merges.map((m) => ({ ...m }));
    for (const r of source.hiddenRows) sheet.hiddenRows.add(r);
    for (const c of source.hiddenColumns) sheet.hiddenColumns.add(c);
  }
  for (const { name, ref } of snapshot.names) fake.names.push({ name, formula: `=${ref}`, type: "Range" });
  return fake;
}
