/// <reference types="office-js" />
import { contentBlock, farContent, keepCellDetails, mergesInBlock } from "../../recognition/snapshot/bounds";
import { a1, qualified, type CellRange, type CellValue } from "../../recognition/snapshot/cells";
import type { NamedItem, SheetSnapshot, WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import { parseArea, parseAreas, splitOutsideQuotes, splitSheet } from "./addresses";
import { BINDING_NAMESPACE, parseBindingMapXml, SETTING_KEY } from "./binding-xml";
import { isOfficeError, isPayloadTooLarge } from "./errors";
import { formatMatters, isDateFormat, serialToIsoDate } from "./number-formats";
import { excelFeatures, officeEnv, type ExcelFeatures, type OfficeEnv } from "./office-env";

/**
 * The .xlsx adapter's very hidden sheet holding the binding map (ExcelJS cannot write custom XML parts):
 * a workbook written by the command line and opened in Excel keeps its map. Never a teacher's sheet.
 */
export const BINDING_SHEET = "_grille";

/** Tab positions as read, per snapshot: applyPlan puts a replaced sheet back in its place. */
const positions = new WeakMap<WorkbookSnapshot, ReadonlyMap<string, number>>();
export const sheetPositions = (snapshot: WorkbookSnapshot): ReadonlyMap<string, number> | undefined => positions.get(snapshot);

/** Queues loads on the context and returns what reads them once they are synced. */
type Queue = () => () => void;

/**
 * One sync for everything queued. Excel on the web refuses a response over 5 MB: then the queue is
 * halved and each half synced on its own, so a huge workbook costs a few more round trips, never fails.
 */
async function syncQueues(context: Excel.RequestContext, queues: Queue[]): Promise<void> {
  const reads = queues.map((queue) => queue());
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error) || queues.length < 2) throw error;
    const half = Math.ceil(queues.length / 2);
    await syncQueues(context, queues.slice(0, half));
    await syncQueues(context, queues.slice(half));
    return;
  }
  for (const read of reads) read();
}

/**
 * The whole workbook as a snapshot, in two syncs whatever the number of sheets: the first loads the
 * sheets (name, visibility, position, protection), the workbook names and Grille's custom XML parts;
 * the second loads every sheet's used range (values, formulas, number formats, value types), merged
 * areas and visible areas at once, and the stored binding map.
 */
export async function readWorkbookSnapshot(context: Excel.RequestContext, env: OfficeEnv = officeEnv()): Promise<WorkbookSnapshot> {
  const features = excelFeatures(env);
  const worksheets = context.workbook.worksheets.load("items/name,items/visibility,items/position,items/protection/protected");
  const names = context.workbook.names.load("items/name,items/type,items/formula");
  const parts = context.workbook.customXmlParts.getByNamespace(BINDING_NAMESPACE).load("items/id");
  await context.sync();

  const ordered = [...worksheets.items].sort((a, b) => a.position - b.position);
  const teacherSheets = ordered.filter((ws) => ws.name !== BINDING_SHEET);
  const store = ordered.find((ws) => ws.name === BINDING_SHEET);
  const partId = chosenPart(
    parts.items.map((part) => part.id),
    env.settings.get(SETTING_KEY),
  );

  const sheets: SheetSnapshot[] = [];
  let bindingMap: unknown;
  const read = async (blocks?: ReadonlyMap<string, SheetBlock>) => {
    const queues: Queue[] = teacherSheets.map((ws, i) => () => queueSheet(ws, features, (sheet) => (sheets[i] = sheet), blocks?.get(ws.name)));
    const stored = storedMapQueue(context, partId, store, (map) => (bindingMap = map));
    if (stored) queues.unshift(stored);
    await syncQueues(context, queues);
  };
  try {
    await read();
  } catch (error) {
    // A used range too large to load (one value at XFD1048576): find where the content is, read that.
    if (!isRangeTooLarge(error)) throw error;
    await read(await contentBlocks(context, teacherSheets));
  }

  const snapshot: WorkbookSnapshot = { sheets, names: namedItems(names.items) };
  if (bindingMap !== undefined) snapshot.bindingMap = bindingMap;
  positions.set(snapshot, new Map(ordered.map((ws) => [ws.name, ws.position])));
  return snapshot;
}

/** The part the settings name when it is one of Grille's, else the last one Grille wrote. */
function chosenPart(ids: string[], setting: unknown): string | null {
  if (typeof setting === "string" && ids.includes(setting)) return setting;
  return ids.at(-1) ?? null;
}

const USED_RANGE = "rowIndex,columnIndex,values,formulas,numberFormat,valueTypes";

const isRangeTooLarge = (error: unknown): boolean => isPayloadTooLarge(error) || (isOfficeError(error) && error.code === "RangeExceedsLimit");

/** Where a sheet's content is read from when its used range is too large: a block from A1, and what lies beyond. */
interface SheetBlock {
  /** The last row and column read (-1: nothing). */
  bottom: number;
  right: number;
  far: CellRange[];
}

/**
 * The fallback for a workbook whose used ranges cannot be loaded whole: one sync for the areas of
 * constants and formulas of every sheet (addresses only), bounded as the .xlsx host bounds them
 * (bounds.ts). Costs one sync more than the usual read, and only when the usual read failed.
 */
async function contentBlocks(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]): Promise<Map<string, SheetBlock>> {
  const loaded = sheets.map((ws) => {
    const whole = ws.getRange();
    return {
      name: ws.name,
      areas: [whole.getSpecialCellsOrNullObject("Constants").load("address"), whole.getSpecialCellsOrNullObject("Formulas").load("address")],
    };
  });
  await context.sync();
  const blocks = new Map<string, SheetBlock>();
  for (const { name, areas } of loaded) {
    const content = areas.flatMap((a) => (a.isNullObject ? [] : parseAreas(a.address)));
    const block = contentBlock(content);
    // Content too big even on its own is not read at all here: it is reported as set aside.
    blocks.set(name, block.ok ? block : { bottom: -1, right: -1, far: content });
  }
  return blocks;
}

function queueSheet(ws: Excel.Worksheet, features: ExcelFeatures, done: (sheet: SheetSnapshot) => void, block?: SheetBlock): () => void {
  const info = { name: ws.name, hidden: ws.visibility !== "Visible", protected: ws.protection.protected };
  const used = block ? (block.bottom >= 0 ? ws.getRange(`A1:${a1(block.bottom, block.right)}`).load(USED_RANGE) : null) : ws.getUsedRangeOrNullObject(true).load(USED_RANGE);
  const whole = ws.getRange();
  const merged = features.merges ? whole.getMergedAreasOrNullObject().load("address") : null;
  const visible = features.hidden ? whole.getSpecialCellsOrNullObject("Visible").load("address") : null;
  // A block's range always exists; only the used range may be a null object.
  return () => done(sheetSnapshot(info, block || !used?.isNullObject ? used : null, merged, visible, block?.far ?? []));
}

/** A value as Excel gives it → a snapshot value: errors as { error }, dates as yyyy-mm-dd, "" as empty. */
function cellValue(raw: unknown, type: string | undefined, numberFormat: string): CellValue {
  if (type === "Error") return { error: String(raw) };
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return null;
    return isDateFormat(numberFormat) ? (serialToIsoDate(raw) ?? raw) : raw;
  }
  if (typeof raw === "boolean" || typeof raw === "string") return raw;
  return String(raw);
}

interface SheetInfo {
  name: string;
  hidden: boolean;
  protected: boolean;
}

/**
 * One sheet → plain data from A1 (the used range may start further down or right), dense rows as wide
 * as the widest, up to the last value or merged area: the .xlsx adapter's shape.
 */
function sheetSnapshot(info: SheetInfo, used: Excel.Range | null, merged: Excel.RangeAreas | null, visible: Excel.RangeAreas | null, farAlready: readonly CellRange[]): SheetSnapshot {
  const read: { row: number; col: number; value: CellValue }[] = [];
  const formats: Record<string, string> = {};
  const formulaCells: string[] = [];
  const formulaTexts: Record<string, string> = {};
  if (used) {
    const { rowIndex: top, columnIndex: left, values, formulas, numberFormat, valueTypes } = used;
    values.forEach((row: unknown[], r: number) =>
      row.forEach((raw, c) => {
        const address = a1(top + r, left + c);
        const formula: unknown = formulas[r]?.[c];
        if (typeof formula === "string" && formula.startsWith("=")) {
          formulaCells.push(address);
          // Without its "=", as ExcelJS gives it: learning reads the text to learn the marking.
          formulaTexts[address] = formula.slice(1);
        }
        const format = String(numberFormat[r]?.[c] ?? "");
        const value = cellValue(raw, valueTypes[r]?.[c], format);
        if (value === null) return;
        read.push({ row: top + r, col: left + c, value });
        if (formatMatters(format)) formats[address] = format;
      }),
    );
  }
  // Bounded as the .xlsx host bounds it (bounds.ts): far cells aside, merges clipped to the block.
  const block = contentBlock(read.map(({ row, col }) => ({ top: row, left: col, bottom: row, right: col })));
  const bounded = block.ok ? block : { bottom: -1, right: -1, far: read.map(({ row, col }) => ({ top: row, left: col, bottom: row, right: col })) };
  const { merges, bottom, right } = mergesInBlock(merged && !merged.isNullObject ? parseAreas(merged.address) : [], bounded.bottom, bounded.right);
  const height = bottom + 1;
  const width = right + 1;
  const cells: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const { row, col, value } of read) if (row < height && col < width) cells[row]![col] = value;

  const hidden = hiddenLines(visible, height, width);
  const sheet: SheetSnapshot = { name: info.name, cells, merges, hiddenRows: hidden.rows, hiddenColumns: hidden.columns, protected: info.protected };
  keepCellDetails(sheet, { formats, formulaCells, formulas: formulaTexts });
  const far = farContent([...farAlready, ...bounded.far]);
  if (far) sheet.farContent = far;
  if (info.hidden) sheet.hidden = true;
  return sheet;
}

/**
 * Hidden rows and columns from the sheet's visible areas: a row is hidden when no visible area spans
 * it (and likewise a column). Cheaper than Range.rowHidden per row: one address per sheet.
 */
function hiddenLines(visible: Excel.RangeAreas | null, height: number, width: number): { rows: number[]; columns: number[] } {
  if (!visible || visible.isNullObject) return { rows: [], columns: [] };
  const areas = parseAreas(visible.address);
  const rows: number[] = [];
  const columns: number[] = [];
  for (let r = 0; r < height; r++) if (!areas.some((a) => a.top <= r && r <= a.bottom)) rows.push(r);
  for (let c = 0; c < width; c++) if (!areas.some((a) => a.left <= c && c <= a.right)) columns.push(c);
  return { rows, columns };
}

/**
 * Workbook-scoped names that point at cells, with references as the .xlsx adapter writes them
 * ('Candidat 1'!$B$2). Names holding constants or formulas, Excel's own (_xlnm.) and those on Grille's
 * hidden sheet are left out, as in files.
 */
function namedItems(items: Excel.NamedItem[]): NamedItem[] {
  const named: NamedItem[] = [];
  for (const item of items) {
    if (item.type !== "Range" || item.name.startsWith("_xlnm.")) continue;
    const refs = splitOutsideQuotes(String(item.formula).replace(/^=/, "")).map(splitSheet);
    if (refs.length === 0 || refs.some((r) => r.sheet === null || r.sheet === BINDING_SHEET || !parseArea(r.address))) continue;
    named.push({ name: item.name, ref: refs.map((r) => qualified(r.sheet!, r.address)).join(",") });
  }
  return named;
}

/** Queues the read of the stored binding map: the custom XML part, else the .xlsx adapter's hidden sheet. */
function storedMapQueue(context: Excel.RequestContext, partId: string | null, store: Excel.Worksheet | undefined, done: (map: unknown) => void): Queue | null {
  if (partId !== null) {
    return () => {
      const xml = context.workbook.customXmlParts.getItem(partId).getXml();
      return () => done(mapFromXml(xml));
    };
  }
  if (store) {
    return () => {
      const used = store.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,values");
      return () => done(used.isNullObject ? undefined : mapFromColumnA(used));
    };
  }
  return null;
}

/** The part's XML once synced (called by the reader syncQueues runs after the sync). */
const mapFromXml = (xml: OfficeExtension.ClientResult<string>): unknown => parseBindingMapXml(xml.value);

/** The JSON text the .xlsx adapter writes down column A from A1, cut in pieces under Excel's cell limit. */
function mapFromColumnA(used: Excel.Range): unknown {
  if (used.rowIndex !== 0 || used.columnIndex !== 0) return undefined;
  let json = "";
  for (const row of used.values as unknown[][]) {
    const piece = row[0];
    if (typeof piece !== "string" || piece === "") break;
    json += piece;
  }
  try {
    return json === "" ? undefined : (JSON.parse(json) as unknown);
  } catch {
    return undefined;
  }
}
