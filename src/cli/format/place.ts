import type { Locale } from "../../core/i18n/locale";
import type { DocumentLayout } from "../../recognition/document/to-sheet";
import { cellPlace as workbookPlace } from "../../recognition/plans/conflicts";

/**
 * A cell as the teacher finds it in their file: « DUPONT Léa, cellule C38 », or « cellule C38 » under a
 * heading that already names the sheet (`known`), or « tableau 2, ligne 5, colonne 3 » in a document.
 * `--json` keeps the A1 reference (`'DUPONT Léa'!C38`) for programs.
 */
export function cellPlace(at: string, locale: Locale, options: { document?: DocumentLayout; known?: string } = {}): string {
  return (options.document ? options.document.describe(at) : workbookPlace(at, options.known))[locale];
}
