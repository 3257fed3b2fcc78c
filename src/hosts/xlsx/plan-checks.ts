import type { Workbook } from "exceljs";
import { parseA1, parseRangeA1, type CellRange } from "../../recognition/snapshot/cells";
import type { NewSheet, PlanChange, WritePlan } from "../../recognition/plans/plan";
import { isProtected } from "./exceljs-internals";
import { styleProblems } from "./style";

/**
 * Everything that would make a plan fail half-way, found before anything is written: the adapter
 * applies a plan whole or not at all. Messages are French, for the teacher.
 */

/** Excel's limit on the text of an inline drop-down list. */
export const MAX_LIST_LENGTH = 255;

const sheetNameProblem = (name: string): string | null => {
  if (name.trim() === "") return "le nom de feuille est vide";
  if (name.length > 31) return `le nom de feuille « ${name} » dépasse 31 caractères`;
  if (/[[\]:*?/\\]/.test(name)) return `le nom de feuille « ${name} » contient un caractère interdit ([ ] : * ? / \\)`;
  if (/^'|'$/.test(name)) return `le nom de feuille « ${name} » commence ou finit par une apostrophe`;
  if (name.toLowerCase() === "history") return "le nom de feuille « History » est réservé par Excel";
  return null;
};

/** A workbook name: a letter, _ or \ first, no spaces, and not something Excel reads as a cell (A1, R1C1). */
const isValidName = (name: string): boolean =>
  /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) && name.length <= 255 && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name);

const overlaps = (a: CellRange, b: CellRange) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** The inline list formula Excel stores for a drop-down: "N,F,M,E", quotes doubled. */
export const listFormula = (values: string[]): string => `"${values.map((v) => v.replace(/"/g, '""')).join(",")}"`;

function newSheetProblems(sheet: NewSheet): string[] {
  const where = `Feuille « ${sheet.name} »`;
  const problems: string[] = [];
  const nameProblem = sheetNameProblem(sheet.name);
  if (nameProblem) problems.push(`${where} : ${nameProblem}.`);
  for (const cell of sheet.cells) {
    if (!parseA1(cell.address)) problems.push(`${where} : adresse de cellule « ${cell.address} » invalide.`);
    problems.push(...styleProblems(cell.style, `${where}, ${cell.address}`));
  }
  const merges: CellRange[] = [];
  for (const text of sheet.merges) {
    const range = parseRangeA1(text);
    if (!range || (range.top === range.bottom && range.left === range.right)) problems.push(`${where} : plage fusionnée « ${text} » invalide.`);
    else if (merges.some((m) => overlaps(m, range))) problems.push(`${where} : la plage fusionnée « ${text} » chevauche une autre fusion.`);
    else merges.push(range);
  }
  for (const validation of sheet.validations) {
    if (!parseRangeA1(validation.range)) problems.push(`${where} : plage de liste déroulante « ${validation.range} » invalide.`);
    const withComma = validation.values.find((v) => v.includes(","));
    if (withComma !== undefined) problems.push(`${where}, ${validation.range} : la valeur « ${withComma} » contient une virgule, ce qu’une liste déroulante Excel ne permet pas.`);
    const length = listFormula(validation.values).length - 2;
    if (length > MAX_LIST_LENGTH) {
      problems.push(`${where}, ${validation.range} : la liste déroulante fait ${length} caractères, Excel en accepte ${MAX_LIST_LENGTH} au plus. Raccourcissez les valeurs ou placez-les dans une plage de cellules.`);
    }
    if (validation.prompt !== undefined && validation.prompt.length > 255) problems.push(`${where}, ${validation.range} : le message d’aide dépasse 255 caractères.`);
  }
  for (const validation of sheet.numberValidations ?? []) {
    if (!parseRangeA1(validation.range)) problems.push(`${where} : plage de saisie numérique « ${validation.range} » invalide.`);
    if (!(validation.min <= validation.max)) problems.push(`${where}, ${validation.range} : bornes ${validation.min} à ${validation.max} invalides.`);
    if (validation.prompt !== undefined && validation.prompt.length > 255) problems.push(`${where}, ${validation.range} : le message d’aide dépasse 255 caractères.`);
  }
  const validated: CellRange[] = [];
  for (const { range: text } of [...sheet.validations, ...(sheet.numberValidations ?? [])]) {
    const range = parseRangeA1(text);
    if (range && validated.some((v) => overlaps(v, range))) problems.push(`${where} : la plage « ${text} » a déjà une règle de saisie, Excel n’en accepte qu’une par cellule.`);
    if (range) validated.push(range);
  }
  for (const { row, height } of sheet.rowHeights ?? []) {
    if (!(Number.isInteger(row) && row >= 1 && height > 0 && height <= 409)) problems.push(`${where} : hauteur ${height} de la ligne ${row} invalide.`);
  }
  for (const name of sheet.names) {
    if (!isValidName(name.name)) problems.push(`${where} : nom « ${name.name} » invalide pour Excel.`);
    if (!parseRangeA1(name.address)) problems.push(`${where} : adresse « ${name.address} » du nom « ${name.name} » invalide.`);
  }
  if (sheet.frozenRows !== undefined && !(Number.isInteger(sheet.frozenRows) && sheet.frozenRows >= 0)) problems.push(`${where} : nombre de lignes figées invalide.`);
  return problems;
}

/** What stands in the way of the plan, in order; empty when it can be applied whole. */
export function planProblems(workbook: Workbook, plan: WritePlan): string[] {
  const problems: string[] = [];
  /** Sheet name → protected, as the sheets will be when each change comes. */
  const sheets = new Map<string, boolean>();
  for (const ws of workbook.worksheets) sheets.set(ws.name, isProtected(ws));
  const exists = (name: string) => sheets.has(name);

  const check = (change: PlanChange) => {
    switch (change.kind) {
      case "cell": {
        const at = `${change.sheet}!${change.address}`;
        if (!exists(change.sheet)) problems.push(`${at} : la feuille « ${change.sheet} » n’existe pas (a-t-elle été renommée ou supprimée ?).`);
        else if (sheets.get(change.sheet)) {
          problems.push(`${at} : la feuille « ${change.sheet} » est protégée, Grille n’y écrit pas. Ôtez la protection (Révision › Ôter la protection de la feuille) puis réessayez.`);
        }
        if (!parseA1(change.address)) problems.push(`${at} : adresse de cellule invalide.`);
        problems.push(...styleProblems(change.style, at));
        return;
      }
      case "name": {
        if (!isValidName(change.name)) problems.push(`Nom « ${change.name} » invalide pour Excel.`);
        if (!exists(change.sheet)) problems.push(`Nom « ${change.name} » : la feuille « ${change.sheet} » n’existe pas.`);
        if (!parseRangeA1(change.address)) problems.push(`Nom « ${change.name} » : adresse « ${change.address} » invalide.`);
        return;
      }
      case "sheet": {
        const name = change.sheet.name;
        const clash = [...sheets.keys()].find((s) => s.toLowerCase() === name.toLowerCase());
        if (!change.replaces && clash !== undefined) problems.push(`Une feuille « ${clash} » existe déjà : Grille ne l’écrase pas sans votre accord.`);
        if (change.replaces && clash !== undefined && clash !== name) problems.push(`Feuille « ${name} » : une feuille « ${clash} » existe déjà (casse différente).`);
        problems.push(...newSheetProblems(change.sheet));
        sheets.set(name, false);
        return;
      }
    }
  };
  for (const change of plan.changes) check(change);
  return problems;
}
