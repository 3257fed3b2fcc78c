import { isCellError, isEmptyCell, type CellValue } from "../snapshot/cells";
import { foldSheetName } from "./sheet-names";

/**
 * What the teacher agreed to, beyond writing into empty cells (always allowed): a non-empty cell is
 * replaced only with one of these two consents.
 */
export interface Consent {
  /**
   * The teacher saw the plan (each change with the value it replaces) and confirmed it: a cell that
   * still holds what the preview showed may be replaced. The pane's consent.
   */
  previewed: boolean;
  /**
   * Cells Grille may replace without a preview, as `Sheet!A1` in any spelling: its own bound outputs
   * (the mark cells it found). The command line's consent.
   */
  outputs?: Iterable<string>;
}

/** The pane's consent: the teacher confirmed the preview. */
export const PREVIEWED: Consent = { previewed: true };

/** No consent at all: only empty cells and new sheets. */
export const NO_CONSENT: Consent = { previewed: false };

/** "Feuil1!$D$12", "'Candidat 1'!d12" → "feuil1!D12": one spelling per cell. */
export function outputKey(reference: string): string {
  const bang = reference.lastIndexOf("!");
  const rawSheet = reference.slice(0, bang);
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const address = reference.slice(bang + 1).replace(/\$/g, "").toUpperCase();
  return `${foldSheetName(sheet)}!${address}`;
}

/** Two cell values a teacher would call the same (an empty string is an empty cell). */
export function sameCellValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isEmptyCell(a) || isEmptyCell(b)) return isEmptyCell(a) && isEmptyCell(b);
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}

/** Whether `consent` lets Grille replace `current` at `reference` by a change that says it replaces `previous`. */
export function consents(consent: Consent, outputs: ReadonlySet<string>, reference: string, current: CellValue, previous: CellValue): boolean {
  if (isEmptyCell(current) || outputs.has(outputKey(reference))) return true;
  return consent.previewed && sameCellValue(current, previous);
}
