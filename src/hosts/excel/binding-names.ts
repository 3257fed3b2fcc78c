import { isValidExcelName } from "../../recognition/plans/excel-rules";
import type { BindingMap } from "../../recognition/workbook/binding-map";

/** A workbook name Grille defines on a bound cell, so the teacher sees it in the Name Manager. */
export interface BindingName {
  name: string;
  sheet: string;
  /** A1 address of the cell, without the sheet. */
  address: string;
}

/** Excel's longest name. */
const MAX_NAME = 255;

/** Letters (accented ones too), digits and « _ »: everything else becomes « _ », as the plans name cells. */
const safe = (text: string): string => text.replace(/[^\p{L}\p{N}_]+/gu, "_");

/** The field whose name is « grille_note », as the plans name the mark cell. */
const MARK_FIELD = "mark";

/**
 * The names of a binding map's cells: `grille_<item>` on each rated item's label cell, `grille_note` on
 * the mark cell, `grille_<field>` on the other fields' value cells, `grille_<flag>` on rule flags. With
 * several sheets, each name carries the sheet's place among the workbook's sheets (1-based):
 * `grille_s2_1_1`. Sheets that are no longer in the workbook get no names; a name taken twice gets « _2 ».
 */
export function bindingNames(map: BindingMap, workbookSheets: readonly string[]): BindingName[] {
  const sheets = Object.entries(map.sheets).filter(([sheet]) => workbookSheets.includes(sheet));
  const names: BindingName[] = [];
  const taken = new Set<string>();
  const add = (wanted: string, sheet: string, address: string) => {
    let name = wanted.slice(0, MAX_NAME);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted.slice(0, MAX_NAME - String(n).length - 1)}_${n}`;
    taken.add(name.toLowerCase());
    names.push({ name, sheet, address });
  };
  for (const [sheet, binding] of sheets) {
    const prefix = sheets.length > 1 ? `grille_s${workbookSheets.indexOf(sheet) + 1}` : "grille";
    for (const [itemId, item] of Object.entries(binding.items)) add(`${prefix}_${safe(itemId)}`, sheet, item.label);
    for (const [fieldId, field] of Object.entries(binding.fields)) add(`${prefix}_${fieldId === MARK_FIELD ? "note" : safe(fieldId)}`, sheet, field.value);
    for (const [flag, address] of Object.entries(binding.flags)) add(`${prefix}_${safe(flag)}`, sheet, address);
  }
  return names.filter((n) => isValidExcelName(n.name));
}
