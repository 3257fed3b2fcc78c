/// <reference types="office-js" />
import { text, type Text } from "../../core/i18n/locale";
import type { CellInput, PlanChange } from "../../recognition/plans/plan";
import { describeCell } from "../../recognition/plans/conflicts";
import { cellText, type CellValue } from "../../recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import { absolute } from "./addresses";
import { jsonSize, STATEMENT_BYTES, type Op } from "./batches";
import { NAME_TRACE } from "./errors";
import { applyStyle, styleStatements } from "./styles";

/** The operations of the changes to existing sheets: cells (written, then read back) and workbook names. */

/**
 * Looks up every existing sheet and name the plan touches before the first write: Excel runs a batch
 * in order and keeps what ran before an error, so a sheet or name gone since the snapshot must fail here.
 */
export function lookups(changes: readonly PlanChange[], snapshot: WorkbookSnapshot, existingSheet: (name: string) => string | undefined): Op {
  const sheets = new Set<string>();
  const names = new Set<string>();
  const known = new Set(snapshot.names.map((n) => n.name.toLowerCase()));
  for (const change of changes) {
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

const isFormula = (input: CellInput): input is { formula: string } => input !== null && typeof input === "object";

const formulaText = (formula: string) => `=${formula.replace(/^=/, "")}`;

/**
 * Text Excel would read as something else when typed (a formula, a number, a date, a boolean): written
 * with a leading apostrophe, which Excel keeps as the cell's prefix, not in its value.
 */
function looksTyped(text: string): boolean {
  const t = text.trim();
  return (
    /^[=+\-@'(.,]|^\d/.test(t) ||
    /^(vrai|faux|true|false)$/i.test(t) ||
    /^[\p{L}.]{3,9}[\s\-/]+\d/u.test(t) ||
    /^[$€£]\s*\d/.test(t)
  );
}

/** A plan's cell input as Office.js takes it in `values` / `formulas`. */
export function excelInput(input: CellInput): string | number | boolean {
  if (input === null) return "";
  if (isFormula(input)) return formulaText(input.formula);
  if (typeof input === "string") return input !== "" && looksTyped(input) ? `'${input}` : input;
  return input;
}

const normaliseFormula = (formula: string) => formula.replace(/\s+/g, "").toUpperCase();

/** What Excel reads back where the plan wrote, compared with what it wrote; a text when they differ. */
function readBack(change: Extract<PlanChange, { kind: "cell" }>, range: Excel.Range): Text | null {
  const where = describeCell(change.sheet, change.address);
  if (isFormula(change.value)) {
    const written = String(range.formulas[0]?.[0] ?? "");
    if (normaliseFormula(written) === normaliseFormula(formulaText(change.value.formula))) return null;
    return text(`${where.fr} : Excel y lit la formule « ${written} » au lieu de celle écrite par Grille.`, `${where.en}: Excel reads the formula "${written}" instead of the one Grille wrote.`);
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
    `${where.fr} : Excel y lit « ${shown} » au lieu de « ${cellText(expected)} » écrit par Grille.`,
    `${where.en}: Excel reads "${shown}" instead of "${cellText(expected)}" written by Grille.`,
  );
}

export function cellOp(change: Extract<PlanChange, { kind: "cell" }>): Op {
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

/** Defines a workbook name on a range, deleting first the name of that name the workbook has. */
export function nameOp(name: string, sheet: string, address: string, names: Set<string>): Op {
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

