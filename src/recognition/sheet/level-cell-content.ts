import { cellText, isCellError, type CellValue } from "../snapshot/cells";

/**
 * What a level cell holds when it says « no » or nothing visible: spaces, « 0 », « non », « - »…
 * Neither the engine nor the formula of a generated workbook counts it as a level, and the engine
 * reports it (« contenu inattendu dans une case de niveau »). One list for both, compared as Excel's
 * formula compares it: TRIM (spaces only), case-insensitive, a number or TRUE/FALSE as its text.
 */
export const NOT_A_LEVEL: readonly string[] = ["", "0", "non", "no", "faux", "false", "-", "—", "/"];

/**
 * Punctuation a teacher may leave in a level cell (« . », « _ », « ? », « ... »): a content made only of
 * these and spaces is no level either, for the engine and the formula alike. « + » (a tick) and « - »
 * repeated (a level of a ± scale) are not in it.
 */
export const NOT_A_LEVEL_PUNCTUATION: readonly string[] = [".", ",", ";", ":", "!", "?", "_", "/", "\\", "*", "…", "·", "(", ")", "#", "~", "=", "|"];

/** What is left of a text once every NOT_A_LEVEL_PUNCTUATION sign and every space is removed. */
const withoutPunctuation = (text: string): string => NOT_A_LEVEL_PUNCTUATION.reduce((rest, sign) => rest.split(sign).join(""), text).split(" ").join("");

/** Excel's TRIM: spaces (not tabs nor non-breaking spaces) off both ends, inner runs folded to one. */
const excelTrim = (text: string): string => text.replace(/ +/g, " ").replace(/^ | $/g, "");

/** Does a non-empty level cell hold one of NOT_A_LEVEL (an empty cell is just empty)? */
export function isNotALevel(value: CellValue): boolean {
  if (value === null || isCellError(value)) return false;
  const raw = cellText(value);
  if (raw === "") return false;
  const text = excelTrim(raw).toLowerCase();
  return NOT_A_LEVEL.includes(text) || withoutPunctuation(text) === "";
}
