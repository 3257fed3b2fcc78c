import type { Locale } from "../../core/i18n/locale";
import type { DocumentLayout } from "../../recognition/document/to-sheet";
import { describeCell } from "../../recognition/plans/conflicts";
import { splitQualified } from "../../recognition/snapshot/cells";

/**
 * A cell as the teacher finds it in their file: « DUPONT Léa, cellule C38 », or « cellule C38 » under a
 * heading that already names the sheet (`known`), or « tableau 2, ligne 5, colonne 3 » in a document.
 * `--json` keeps the A1 reference (`'DUPONT Léa'!C38`) for programs.
 */
export function cellPlace(at: string, locale: Locale, options: { document?: DocumentLayout; known?: string } = {}): string {
  if (options.document) return options.document.describe(at)[locale];
  const { sheet, address } = splitQualified(at);
  if (sheet === null || sheet === options.known) return locale === "fr" ? `cellule ${address}` : `cell ${address}`;
  return describeCell(sheet, address)[locale];
}
