import { text, type Text } from "../../core/i18n/locale";
import { parseA1, parseRangeA1, type CellRange } from "../snapshot/cells";
import type { CellStyle, NewSheet, PlanChange } from "./plan";

/**
 * What Excel accepts in a plan, whatever applies it (Office.js in Excel, ExcelJS on files): sheet and
 * workbook names, addresses, merges, drop-down lists, styles. Found before anything is written, since
 * neither host can roll back a half-applied plan; the gate (gate.ts) runs them for every workbook host.
 * Messages in French and English.
 */

/** Excel's limit on the text of an inline drop-down list. */
const MAX_LIST_LENGTH = 255;

const overlaps = (a: CellRange, b: CellRange) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

const isColour = (value: string) => /^#[0-9a-fA-F]{6}$/.test(value);

function styleProblems(style: CellStyle | undefined, where: Text): Text[] {
  if (!style) return [];
  const problems: Text[] = [];
  for (const colour of [style.fill, style.color]) {
    if (colour !== undefined && !isColour(colour)) problems.push(text(`${where.fr} : couleur « ${colour} » invalide, attendu #RRGGBB.`, `${where.en}: invalid colour "${colour}", expected #RRGGBB.`));
  }
  if (style.size !== undefined && !(style.size > 0 && style.size <= 409)) problems.push(text(`${where.fr} : taille de police ${style.size} invalide.`, `${where.en}: invalid font size ${style.size}.`));
  return problems;
}

/**
 * A valid workbook name: a letter, « _ » or « \ » first, then letters, digits, « _ », « . », « \ »; at
 * most 255 characters; not something Excel reads as a cell (A1, R1C1, R, C).
 */
export const isValidExcelName = (name: string): boolean =>
  /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && name.length <= 255 && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name);

/** The inline list formula Excel stores for a drop-down: "N,F,M,E", quotes doubled. */
export const listFormula = (values: readonly string[]): string => `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;

function sheetNameProblem(name: string): Text | null {
  const where = `Feuille « ${name} »`;
  if (name.trim() === "" || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
    return text(`${where} : nom de feuille refusé par Excel (31 caractères au plus, sans [ ] : * ? / \\).`, `Sheet "${name}": a name Excel refuses (31 characters at most, no [ ] : * ? / \\).`);
  }
  return null;
}

export function newSheetProblems(sheet: NewSheet): Text[] {
  const where = `Feuille « ${sheet.name} »`;
  const problems: Text[] = [];
  const nameProblem = sheetNameProblem(sheet.name);
  if (nameProblem) problems.push(nameProblem);
  for (const cell of sheet.cells) {
    if (!parseA1(cell.address)) problems.push(text(`${where} : adresse « ${cell.address} » invalide.`, `Sheet "${sheet.name}": invalid address "${cell.address}".`));
    problems.push(...styleProblems(cell.style, text(`${where}, cellule ${cell.address}`, `Sheet "${sheet.name}", cell ${cell.address}`)));
  }
  const merged: CellRange[] = [];
  for (const merge of sheet.merges) {
    const range = parseRangeA1(merge);
    if (!range || (range.top === range.bottom && range.left === range.right)) {
      problems.push(text(`${where} : plage fusionnée « ${merge} » invalide.`, `Sheet "${sheet.name}": invalid merged range "${merge}".`));
    } else if (merged.some((m) => overlaps(m, range))) {
      problems.push(text(`${where} : la plage fusionnée « ${merge} » chevauche une autre fusion.`, `Sheet "${sheet.name}": merged range "${merge}" overlaps another one.`));
    } else merged.push(range);
  }
  const ruled: CellRange[] = [];
  for (const rule of [...sheet.validations, ...(sheet.numberValidations ?? [])]) {
    const range = parseRangeA1(rule.range);
    if (!range) problems.push(text(`${where} : plage de saisie « ${rule.range} » invalide.`, `Sheet "${sheet.name}": invalid input range "${rule.range}".`));
    else if (ruled.some((r) => overlaps(r, range))) {
      problems.push(text(`${where} : la plage « ${rule.range} » a déjà une règle de saisie, Excel n’en accepte qu’une par cellule.`, `Sheet "${sheet.name}": range "${rule.range}" already has an input rule; Excel takes one per cell.`));
    } else ruled.push(range);
    if (rule.prompt !== undefined && rule.prompt.length > 255) problems.push(text(`${where}, ${rule.range} : le message d’aide dépasse 255 caractères.`, `Sheet "${sheet.name}", ${rule.range}: the input message is over 255 characters.`));
  }
  for (const { range, values } of sheet.validations) {
    const withComma = values.find((v) => v.includes(","));
    if (withComma !== undefined) {
      problems.push(text(`${where}, ${range} : la valeur « ${withComma} » contient une virgule, ce qu’une liste déroulante Excel ne permet pas.`, `Sheet "${sheet.name}", ${range}: the value "${withComma}" holds a comma, which an Excel drop-down list does not allow.`));
    }
    const length = listFormula(values).length - 2;
    if (length > MAX_LIST_LENGTH) {
      problems.push(
        text(
          `${where}, ${range} : la liste déroulante fait ${length} caractères, Excel en accepte ${MAX_LIST_LENGTH} au plus. Raccourcissez les valeurs ou placez-les dans une plage de cellules.`,
          `Sheet "${sheet.name}", ${range}: the drop-down list is ${length} characters long; Excel takes ${MAX_LIST_LENGTH} at most.`,
        ),
      );
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

/** What Excel would refuse in a cell change: its address, its style. */
export function cellProblems(change: Extract<PlanChange, { kind: "cell" }>): Text[] {
  const where = text(`${change.sheet}, cellule ${change.address}`, `${change.sheet}, cell ${change.address}`);
  const address = parseA1(change.address) ? [] : [text(`${where.fr} : adresse de cellule invalide.`, `${where.en}: invalid cell address.`)];
  return [...address, ...styleProblems(change.style, where)];
}

/** What Excel would refuse in a name change: the name itself, the range it points at. */
export function nameProblems(change: Extract<PlanChange, { kind: "name" }>): Text[] {
  if (isValidExcelName(change.name) && parseRangeA1(change.address)) return [];
  return [text(`Nom « ${change.name} » invalide pour Excel.`, `Name "${change.name}" is not valid in Excel.`)];
}
