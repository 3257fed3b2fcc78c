import { text, type Text } from "../../core/i18n/locale";
import { parseA1, parseRangeA1, type CellRange } from "../../recognition/snapshot/cells";
import type { CellStyle, NewSheet, WritePlan } from "../../recognition/plans/plan";
import { isValidExcelName } from "./binding-names";

/**
 * What Excel would refuse half-way through a batch, found before anything is queued: Excel does not
 * roll a failed batch back, so a plan Grille cannot apply whole is not started. The .xlsx adapter checks
 * the same things for files.
 */

/** Excel's limit on the text of an inline drop-down list. */
export const MAX_LIST_LENGTH = 255;

const overlaps = (a: CellRange, b: CellRange) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

const isColour = (value: string) => /^#[0-9a-fA-F]{6}$/.test(value);

function styleProblems(style: CellStyle | undefined, where: string): Text[] {
  if (!style) return [];
  const problems: Text[] = [];
  for (const colour of [style.fill, style.color]) {
    if (colour !== undefined && !isColour(colour)) problems.push(text(`${where} : couleur « ${colour} » invalide, attendu #RRGGBB.`, `${where}: invalid colour "${colour}", expected #RRGGBB.`));
  }
  if (style.size !== undefined && !(style.size > 0 && style.size <= 409)) problems.push(text(`${where} : taille de police ${style.size} invalide.`, `${where}: invalid font size ${style.size}.`));
  return problems;
}

function sheetNameProblem(name: string): Text | null {
  const where = `Feuille « ${name} »`;
  if (name.trim() === "" || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
    return text(`${where} : nom de feuille refusé par Excel (31 caractères au plus, sans [ ] : * ? / \\).`, `Sheet "${name}": a name Excel refuses (31 characters at most, no [ ] : * ? / \\).`);
  }
  return null;
}

function newSheetProblems(sheet: NewSheet): Text[] {
  const where = `Feuille « ${sheet.name} »`;
  const problems: Text[] = [];
  const nameProblem = sheetNameProblem(sheet.name);
  if (nameProblem) problems.push(nameProblem);
  for (const cell of sheet.cells) {
    if (!parseA1(cell.address)) problems.push(text(`${where} : adresse « ${cell.address} » invalide.`, `Sheet "${sheet.name}": invalid address "${cell.address}".`));
    problems.push(...styleProblems(cell.style, `${where}, ${cell.address}`));
  }
  const merged: CellRange[] = [];
  for (const merge of sheet.merges) {
    const range = parseRangeA1(merge);
    if (!range || merged.some((m) => overlaps(m, range))) problems.push(text(`${where} : fusion « ${merge} » invalide ou chevauchante.`, `Sheet "${sheet.name}": invalid or overlapping merge "${merge}".`));
    else merged.push(range);
  }
  const ruled: CellRange[] = [];
  for (const rule of [...sheet.validations, ...(sheet.numberValidations ?? [])]) {
    const range = parseRangeA1(rule.range);
    if (!range || ruled.some((r) => overlaps(r, range))) problems.push(text(`${where} : règle de saisie « ${rule.range} » invalide ou en double.`, `Sheet "${sheet.name}": invalid or duplicate input rule "${rule.range}".`));
    else ruled.push(range);
    if (rule.prompt !== undefined && rule.prompt.length > 255) problems.push(text(`${where}, ${rule.range} : le message d'aide dépasse 255 caractères.`, `Sheet "${sheet.name}", ${rule.range}: the input message is over 255 characters.`));
  }
  for (const { range, values } of sheet.validations) {
    const source = values.join(",");
    if (values.some((v) => v.includes(",")) || source.length > MAX_LIST_LENGTH) {
      problems.push(text(`${where}, ${range} : liste déroulante refusée par Excel (virgule dans une valeur, ou plus de ${MAX_LIST_LENGTH} caractères).`, `Sheet "${sheet.name}", ${range}: a drop-down list Excel refuses (a comma in a value, or over ${MAX_LIST_LENGTH} characters).`));
    }
  }
  for (const { min, max, range } of sheet.numberValidations ?? []) {
    if (!(min <= max)) problems.push(text(`${where}, ${range} : bornes ${min} à ${max} invalides.`, `Sheet "${sheet.name}", ${range}: invalid bounds ${min} to ${max}.`));
  }
  for (const { row, height } of sheet.rowHeights ?? []) {
    if (!(Number.isInteger(row) && row >= 1 && height > 0 && height <= 409)) problems.push(text(`${where} : hauteur de ligne ${row} invalide.`, `Sheet "${sheet.name}": invalid height of row ${row}.`));
  }
  for (const { name, address } of sheet.names) {
    if (!isValidExcelName(name) || !parseRangeA1(address)) problems.push(text(`${where} : nom « ${name} » invalide pour Excel.`, `Sheet "${sheet.name}": name "${name}" is not valid in Excel.`));
  }
  if (sheet.frozenRows !== undefined && !(Number.isInteger(sheet.frozenRows) && sheet.frozenRows >= 0)) problems.push(text(`${where} : lignes figées invalides.`, `Sheet "${sheet.name}": invalid frozen rows.`));
  return problems;
}

/** What Excel would refuse in the plan, in order; empty when it can be queued whole. */
export function excelPlanProblems(plan: WritePlan): Text[] {
  const problems: Text[] = [];
  for (const change of plan.changes) {
    switch (change.kind) {
      case "cell": {
        const where = `${change.sheet}!${change.address}`;
        if (!parseA1(change.address)) problems.push(text(`${where} : adresse de cellule invalide.`, `${where}: invalid cell address.`));
        problems.push(...styleProblems(change.style, where));
        break;
      }
      case "name":
        if (!isValidExcelName(change.name) || !parseRangeA1(change.address)) problems.push(text(`Nom « ${change.name} » invalide pour Excel.`, `Name "${change.name}" is not valid in Excel.`));
        break;
      case "sheet":
        problems.push(...newSheetProblems(change.sheet));
        break;
      case "insert-table":
        problems.push(text("Un tableau Word ne s'insère pas dans un classeur Excel : ouvrez le document dans Word.", "A Word table cannot be inserted into an Excel workbook: open the document in Word."));
        break;
    }
  }
  return problems;
}
