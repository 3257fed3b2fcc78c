/// <reference types="office-js" />
import { text, type Text } from "../../core/i18n/locale";
import { checkPlan } from "../../recognition/plans/conflicts";
import type { CellInput, CellStyle, NewSheet, PlanChange, WritePlan } from "../../recognition/plans/plan";
import { printLayoutStatements, queuePrintLayout } from "./print-layout";
import { cellText, columnLetters, isCellError, isEmptyCell, parseA1, parseRangeA1, qualified, rangeA1, type CellRange, type CellValue } from "../../recognition/snapshot/cells";
import { cellAt, type WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { ApplyResult } from "../host";
import { absolute } from "./addresses";
import { NAME_TRACE, officeErrorText, SHEET_TRACE } from "./errors";
import { excelFeatures, officeEnv, type ExcelFeatures, type OfficeEnv } from "./office-env";
import { excelPlanProblems } from "../../recognition/plans/excel-rules";
import { sheetPositions } from "./read";

/** Excel on the web refuses a request over 5 MB. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** What one sync may carry by Grille's estimate: well under the limit, estimates being rough. */
export const BATCH_BUDGET = 4 * 1024 * 1024;
/** The JSON one Office.js statement costs beyond its arguments (object path, action, ids): generous. */
export const STATEMENT_BYTES = 300;
/** A new sheet's values go in bands of rows of at most this size, so that a huge sheet can be split. */
const BAND_BUDGET = 1024 * 1024;
/**
 * Column widths: a plan gives characters of the default font (as .xlsx files do), Office.js wants
 * points. One character ≈ 7 px plus padding ≈ 5.6 pt at 96 dpi; the exact width depends on the font.
 */
export const POINTS_PER_CHARACTER = 5.6;

/**
 * Applies a write plan to the open workbook: checked first against the snapshot the teacher saw (nothing
 * Grille was not asked to change is changed), then queued whole and sent in one sync, the written cells
 * read back in that same sync and compared. Excel on the web refuses requests over 5 MB: a larger plan
 * (hundreds of candidates, a very long synthesis) is cut into batches of at most ~4 MB, one sync each,
 * in order. Excel's refusals (cell being edited, protected or deleted sheet) come back as texts.
 *
 * Excel does not roll a failed batch back: every sheet and name the plan needs is looked up at the start
 * of the first batch, so that a sheet deleted since the snapshot fails before anything is written; a
 * sheet protected since then fails at its first write, after the changes queued before it.
 */
export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, snapshot: WorkbookSnapshot, env: OfficeEnv = officeEnv()): Promise<ApplyResult> {
  const refusals = [...checkPlan(plan, snapshot, agreedOutputs(plan, snapshot)).map((c) => c.message), ...excelPlanProblems(plan)];
  if (refusals.length > 0) return { ok: false, errors: refusals };
  if (plan.changes.length === 0) return { ok: true, written: 0 };

  const batches = batchesOf(planOps(plan, snapshot, excelFeatures(env)), BATCH_BUDGET);
  const progress = { synced: 0, mismatches: [] as Text[] };
  try {
    await applyBatches(context, batches, progress);
  } catch (error) {
    const errors = [officeErrorText(error)];
    if (progress.synced > 0) {
      errors.push(
        text(
          `Les ${progress.synced} premiers lots sur ${batches.length} ont été écrits : vérifiez le classeur avant de recommencer.`,
          `The first ${progress.synced} of ${batches.length} batches were written: check the workbook before trying again.`,
        ),
      );
    }
    return { ok: false, errors };
  }
  return progress.mismatches.length > 0 ? { ok: false, errors: progress.mismatches } : { ok: true, written: plan.changes.length };
}

/** How many syncs applying the plan takes (1 unless the plan is over ~4 MB). For tests and the bench. */
export const batchCount = (plan: WritePlan, snapshot: WorkbookSnapshot, features: ExcelFeatures): number => batchesOf(planOps(plan, snapshot, features), BATCH_BUDGET).length;

// ———————————————————————————————————————————— consent ——

const fold = (name: string) => name.toLocaleLowerCase("fr");

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isEmptyCell(a) || isEmptyCell(b)) return isEmptyCell(a) && isEmptyCell(b);
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}

/**
 * The cells the teacher agreed to change: those of the plan whose `previous` is what the snapshot holds
 * (the pane showed that value and the teacher confirmed). A cell that changed since is not one of them.
 */
function agreedOutputs(plan: WritePlan, snapshot: WorkbookSnapshot): Set<string> {
  const agreed = new Set<string>();
  for (const change of plan.changes) {
    if (change.kind !== "cell") continue;
    const sheet = snapshot.sheets.find((s) => fold(s.name) === fold(change.sheet));
    const at = parseA1(change.address);
    if (sheet && at && sameValue(cellAt(sheet, at.row, at.col), change.previous)) agreed.add(qualified(sheet.name, change.address));
  }
  return agreed;
}

// ———————————————————————————————————————————— operations and batches ——

/** Shared by the operations of one batch: the context, the sheets looked up or added, the read-backs. */
class Batch {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private traced: string | null = null;
  readonly checks: (() => Text | null)[] = [];

  constructor(readonly context: Excel.RequestContext) {}

  /** Names what comes next, so that an error says which sheet or name Excel refused. */
  about(subject: string): void {
    if (this.traced === subject) return;
    this.context.trace(subject);
    this.traced = subject;
  }

  sheet(name: string): Excel.Worksheet {
    this.about(SHEET_TRACE + name);
    let ws = this.sheets.get(fold(name));
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(fold(name), ws);
    }
    return ws;
  }

  added(name: string, ws: Excel.Worksheet): void {
    this.sheets.set(fold(name), ws);
  }
}

/** One step of a plan: what it queues and about how many bytes of request it costs. */
interface Op {
  bytes: number;
  queue(batch: Batch): void;
}

const jsonSize = (value: unknown): number => JSON.stringify(value).length;

/** Ops in order, cut into batches of at most `budget` bytes each (an op is never split). */
export function batchesOf<T extends { bytes: number }>(ops: T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Each batch: calculation suspended, its ops queued, one sync, then its read-backs compared. */
async function applyBatches(context: Excel.RequestContext, batches: Op[][], progress: { synced: number; mismatches: Text[] }): Promise<void> {
  const ops = batches[progress.synced];
  if (!ops) return;
  const batch = new Batch(context);
  context.application.suspendApiCalculationUntilNextSync();
  for (const op of ops) op.queue(batch);
  await context.sync();
  progress.synced++;
  for (const check of batch.checks) {
    const mismatch = check();
    if (mismatch) progress.mismatches.push(mismatch);
  }
  await applyBatches(context, batches, progress);
}

function planOps(plan: WritePlan, snapshot: WorkbookSnapshot, features: ExcelFeatures): Op[] {
  const existingSheet = (name: string) => snapshot.sheets.find((s) => fold(s.name) === fold(name))?.name;
  const names = new Set(snapshot.names.map((n) => n.name.toLowerCase()));
  const ops: Op[] = [lookups(plan, snapshot, existingSheet)];
  const created = new Set<string>();
  for (const change of plan.changes) {
    switch (change.kind) {
      case "cell":
        ops.push(cellOp(change));
        break;
      case "name":
        ops.push(nameOp(change.name, change.sheet, change.address, names));
        break;
      case "sheet": {
        const old = change.replaces && !created.has(fold(change.sheet.name)) ? existingSheet(change.sheet.name) : undefined;
        const position = old === undefined ? undefined : (sheetPositions(snapshot)?.get(old) ?? snapshot.sheets.findIndex((s) => s.name === old));
        ops.push(...newSheetOps(change.sheet, old, position, names, features, snapshot));
        created.add(fold(change.sheet.name));
        break;
      }
      case "insert-table":
        // Refused by excelPlanProblems: a Word table has no place in a workbook.
        break;
    }
  }
  return ops;
}

/**
 * Looks up every existing sheet and name the plan touches before the first write: Excel runs a batch
 * in order and keeps what ran before an error, so a sheet or name gone since the snapshot must fail here.
 */
function lookups(plan: WritePlan, snapshot: WorkbookSnapshot, existingSheet: (name: string) => string | undefined): Op {
  const sheets = new Set<string>();
  const names = new Set<string>();
  const known = new Set(snapshot.names.map((n) => n.name.toLowerCase()));
  for (const change of plan.changes) {
    if (change.kind === "insert-table") continue;
    const sheet = existingSheet(change.kind === "sheet" ? change.sheet.name : change.sheet);
    if (sheet !== undefined && (change.kind !== "sheet" || change.replaces)) sheets.add(sheet);
    const planned = change.kind === "name" ? [change.name] : change.kind === "sheet" ? change.sheet.names.map((n) => n.name) : [];
    for (const name of planned) if (known.has(name.toLowerCase())) names.add(name);
  }
  return {
    bytes: STATEMENT_BYTES * 3 * (sheets.size + names.size),
    queue(batch) {
      for (const sheet of sheets) batch.sheet(sheet).load("name");
      for (const name of names) {
        batch.about(NAME_TRACE + name);
        batch.context.workbook.names.getItem(name).load("name");
      }
    },
  };
}

// ———————————————————————————————————————————— cells ——

const isFormula = (input: CellInput): input is { formula: string } => input !== null && typeof input === "object";

const formulaText = (formula: string) => `=${formula.replace(/^=/, "")}`;

/**
 * Text Excel would read as something else when typed (a formula, a number, a date, a boolean): written
 * with a leading apostrophe, which Excel keeps as the cell's prefix, not in its value.
 */
export function looksTyped(text: string): boolean {
  const t = text.trim();
  return (
    /^[=+\-@'(.,]|^\d/.test(t) ||
    /^(vrai|faux|true|false)$/i.test(t) ||
    /^[\p{L}.]{3,9}[\s\-/]+\d/u.test(t) ||
    /^[$€£]\s*\d/.test(t)
  );
}

/** A plan's cell input as Office.js takes it in `values` / `formulas`. */
function excelInput(input: CellInput): string | number | boolean {
  if (input === null) return "";
  if (isFormula(input)) return formulaText(input.formula);
  if (typeof input === "string") return input !== "" && looksTyped(input) ? `'${input}` : input;
  return input;
}

const normaliseFormula = (formula: string) => formula.replace(/\s+/g, "").toUpperCase();

/** What Excel reads back where the plan wrote, compared with what it wrote; a text when they differ. */
function readBack(change: Extract<PlanChange, { kind: "cell" }>, range: Excel.Range): Text | null {
  const where = `${change.sheet}!${change.address}`;
  if (isFormula(change.value)) {
    const written = String(range.formulas[0]?.[0] ?? "");
    if (normaliseFormula(written) === normaliseFormula(formulaText(change.value.formula))) return null;
    return text(`${where} : Excel y lit la formule « ${written} » au lieu de celle écrite par Grille.`, `${where}: Excel reads the formula "${written}" instead of the one Grille wrote.`);
  }
  const read: unknown = range.values[0]?.[0];
  const expected = change.value;
  const same =
    expected === null || expected === ""
      ? read === "" || read === null
      : typeof expected === "number"
        ? typeof read === "number" && Math.abs(read - expected) < 1e-9
        : read === expected;
  if (same) return null;
  const shown = cellText(read as CellValue);
  return text(
    `${where} : Excel y lit « ${shown} » au lieu de « ${cellText(expected)} » écrit par Grille.`,
    `${where}: Excel reads "${shown}" instead of "${cellText(expected)}" written by Grille.`,
  );
}

function cellOp(change: Extract<PlanChange, { kind: "cell" }>): Op {
  return {
    bytes: STATEMENT_BYTES * (4 + styleStatements(change.style)) + jsonSize(excelInput(change.value)),
    queue(batch) {
      const range = batch.sheet(change.sheet).getRange(change.address);
      if (isFormula(change.value)) range.formulas = [[formulaText(change.value.formula)]];
      else range.values = [[excelInput(change.value)]];
      if (change.style) applyStyle(range, change.style, 1, 1);
      range.load("values,formulas");
      batch.checks.push(() => readBack(change, range));
    },
  };
}

// ———————————————————————————————————————————— styles ——

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const BORDER_COLOUR = "#808080";

const edges = (rows: number, cols: number) =>
  ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", ...(cols > 1 ? ["InsideVertical"] : []), ...(rows > 1 ? ["InsideHorizontal"] : [])] as const;

function styleStatements(style: CellStyle | undefined): number {
  if (!style) return 0;
  return Object.keys(style).length + (style.border ? 18 : 0);
}

/** A plan's style onto a range of `rows` × `cols` cells, on top of what the cells have. */
function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color !== undefined) format.font.color = style.color;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    for (const edge of edges(rows, cols)) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = BORDER_COLOUR;
    }
  }
  if (style.numberFormat !== undefined) range.numberFormat = grid(rows, cols, style.numberFormat);
}

const grid = <T>(rows: number, cols: number, value: T): T[][] => Array.from({ length: rows }, () => new Array<T>(cols).fill(value));

/** The same JSON for the same style whatever the order its keys were written in. */
const styleKey = (style: CellStyle): string => JSON.stringify(Object.fromEntries(Object.entries(style).sort(([a], [b]) => a.localeCompare(b))));

/**
 * The cells' styles as few rectangles as possible: runs of equal styles along each row, then runs of
 * equal runs down the rows. A synthesis sheet's columns become one rectangle each.
 */
export function styleRectangles(cells: NewSheet["cells"]): { range: CellRange; style: CellStyle }[] {
  const rows = new Map<number, { col: number; key: string; style: CellStyle }[]>();
  for (const { address, style } of cells) {
    const at = parseA1(address);
    if (!at || !style) continue;
    const row = rows.get(at.row) ?? [];
    row.push({ col: at.col, key: styleKey(style), style });
    rows.set(at.row, row);
  }
  const open = new Map<string, { range: CellRange; style: CellStyle }>();
  const done: { range: CellRange; style: CellStyle }[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const cellsOfRow = rows.get(row)!.sort((a, b) => a.col - b.col);
    const runs: { left: number; right: number; key: string; style: CellStyle }[] = [];
    for (const cell of cellsOfRow) {
      const last = runs.at(-1);
      if (last && last.key === cell.key && last.right === cell.col - 1) last.right = cell.col;
      else runs.push({ left: cell.col, right: cell.col, key: cell.key, style: cell.style });
    }
    for (const run of runs) {
      const id = `${run.left}:${run.right}:${run.key}`;
      const rect = open.get(id);
      if (rect && rect.range.bottom === row - 1) rect.range.bottom = row;
      else {
        if (rect) done.push(rect);
        open.set(id, { range: { top: row, bottom: row, left: run.left, right: run.right }, style: run.style });
      }
    }
  }
  return [...done, ...open.values()];
}

// ———————————————————————————————————————————— names ——

/** Defines a workbook name on a range, deleting first the name of that name the workbook has. */
function nameOp(name: string, sheet: string, address: string, names: Set<string>): Op {
  return {
    bytes: STATEMENT_BYTES * 4,
    queue(batch) {
      const range = batch.sheet(sheet).getRange(absolute(address));
      batch.about(NAME_TRACE + name);
      if (names.has(name.toLowerCase())) batch.context.workbook.names.getItem(name).delete();
      batch.context.workbook.names.add(name, range);
      names.add(name.toLowerCase());
    },
  };
}

// ———————————————————————————————————————————— new sheets ——

/** The sheet's values as bands of rows over their bounding box, each at most BAND_BUDGET bytes. */
function valueBands(sheet: NewSheet): { range: CellRange; values: (string | number | boolean)[][] }[] {
  const placed = sheet.cells.map((cell) => ({ at: parseA1(cell.address)!, value: excelInput(cell.value) }));
  if (placed.length === 0) return [];
  const top = Math.min(...placed.map((p) => p.at.row));
  const left = Math.min(...placed.map((p) => p.at.col));
  const bottom = Math.max(...placed.map((p) => p.at.row));
  const right = Math.max(...placed.map((p) => p.at.col));
  const values = grid<string | number | boolean>(bottom - top + 1, right - left + 1, "");
  for (const { at, value } of placed) values[at.row - top]![at.col - left] = value;

  const bands: { range: CellRange; values: (string | number | boolean)[][] }[] = [];
  let start = 0;
  let size = 0;
  values.forEach((row, i) => {
    const rowSize = jsonSize(row);
    if (i > start && size + rowSize > BAND_BUDGET) {
      bands.push({ range: { top: top + start, bottom: top + i - 1, left, right }, values: values.slice(start, i) });
      start = i;
      size = 0;
    }
    size += rowSize;
  });
  bands.push({ range: { top: top + start, bottom, left, right }, values: values.slice(start) });
  return bands;
}

/**
 * Creates the sheet (in place of the sheet `old` when it replaces one: the old sheet is renamed aside,
 * the new one added and moved to its position, then the old one deleted, so the workbook never has zero
 * visible sheets), then its values, styles, merges, widths, heights, input rules, names, panes and page.
 */
function newSheetOps(sheet: NewSheet, old: string | undefined, position: number | undefined, names: Set<string>, features: ExcelFeatures, snapshot: WorkbookSnapshot): Op[] {
  const name = sheet.name;
  const ops: Op[] = [
    {
      bytes: STATEMENT_BYTES * 5,
      queue(batch) {
        const worksheets = batch.context.workbook.worksheets;
        if (old === undefined) {
          batch.about(SHEET_TRACE + name);
          batch.added(name, worksheets.add(name));
          return;
        }
        const previous = batch.sheet(old);
        previous.name = asideName(snapshot);
        const fresh = worksheets.add(name);
        if (position !== undefined && position >= 0) fresh.position = position;
        previous.delete();
        batch.added(name, fresh);
      },
    },
  ];
  for (const band of valueBands(sheet)) {
    ops.push({
      bytes: STATEMENT_BYTES * 2 + jsonSize(band.values),
      queue: (batch) => (batch.sheet(name).getRange(rangeA1(band.range)).formulas = band.values),
    });
  }
  for (const { range, style } of styleRectangles(sheet.cells)) {
    const rows = range.bottom - range.top + 1;
    const cols = range.right - range.left + 1;
    ops.push({
      bytes: STATEMENT_BYTES * (2 + styleStatements(style)) + (style.numberFormat ? jsonSize(grid(rows, cols, style.numberFormat)) : 0),
      queue: (batch) => applyStyle(batch.sheet(name).getRange(rangeA1(range)), style, rows, cols),
    });
  }
  ops.push({
    bytes: STATEMENT_BYTES * 2 * (sheet.merges.length + sheet.columnWidths.length + (sheet.rowHeights?.length ?? 0)),
    queue(batch) {
      const ws = batch.sheet(name);
      for (const merge of sheet.merges) ws.getRange(rangeA1(parseRangeA1(merge)!)).merge(false);
      sheet.columnWidths.forEach((width, i) => {
        if (width > 0) ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = width * POINTS_PER_CHARACTER;
      });
      for (const { row, height } of sheet.rowHeights ?? []) ws.getRange(`${row}:${row}`).format.rowHeight = height;
    },
  });
  if (features.validation && (sheet.validations.length > 0 || (sheet.numberValidations?.length ?? 0) > 0)) {
    const rules = [...sheet.validations, ...(sheet.numberValidations ?? [])];
    ops.push({
      bytes: STATEMENT_BYTES * 3 * rules.length + jsonSize(rules),
      queue(batch) {
        const ws = batch.sheet(name);
        for (const rule of sheet.validations) inputRule(ws, rule.range, { list: { inCellDropDown: true, source: rule.values.join(",") } }, rule.prompt);
        for (const rule of sheet.numberValidations ?? []) inputRule(ws, rule.range, { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } }, rule.prompt);
      },
    });
  }
  for (const { name: cellName, address } of sheet.names) ops.push(nameOp(cellName, name, address, names));
  if (sheet.frozenRows) ops.push({ bytes: STATEMENT_BYTES, queue: (batch) => batch.sheet(name).freezePanes.freezeRows(sheet.frozenRows!) });
  ops.push({ bytes: STATEMENT_BYTES * printLayoutStatements(sheet), queue: (batch) => queuePrintLayout(batch.sheet(name), sheet, features) });
  return ops;
}

function inputRule(ws: Excel.Worksheet, address: string, rule: Excel.DataValidationRule, prompt: string | undefined): void {
  const validation = ws.getRange(rangeA1(parseRangeA1(address)!)).dataValidation;
  validation.rule = rule;
  if (prompt !== undefined) validation.prompt = { showPrompt: true, message: prompt, title: "Grille" };
}

/** A sheet name no sheet has, for the sheet being replaced while its successor is added. */
function asideName(snapshot: WorkbookSnapshot): string {
  const taken = new Set(snapshot.sheets.map((s) => fold(s.name)));
  let n = 1;
  while (taken.has(fold(`~grille ${n}`))) n++;
  return `~grille ${n}`;
}
