import { text, type Text } from "../../core/i18n/locale";

/**
 * Excel's refusals, as texts for the teacher. A batch names what it is about to touch with
 * `context.trace("sheet:…")` / `context.trace("name:…")`; Excel returns the traces executed before the
 * error, so the last one says which sheet or name was in the way.
 */

/** What an OfficeExtension.Error carries that Grille uses (duck-typed: the fake context throws the same shape). */
export interface OfficeErrorLike {
  code: string;
  message?: string;
  traceMessages?: string[];
}

export const isOfficeError = (error: unknown): error is OfficeErrorLike =>
  typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";

export const SHEET_TRACE = "sheet:";
export const NAME_TRACE = "name:";

/** The subject of the last trace Excel ran before failing: { kind: "sheet", name: "Alice" }. */
function lastSubject(error: OfficeErrorLike): { kind: "sheet" | "name"; name: string } | null {
  const last = error.traceMessages?.at(-1);
  if (last?.startsWith(SHEET_TRACE)) return { kind: "sheet", name: last.slice(SHEET_TRACE.length) };
  if (last?.startsWith(NAME_TRACE)) return { kind: "name", name: last.slice(NAME_TRACE.length) };
  return null;
}

const cellEditModeText = text(
  "Une cellule est en cours de modification : validez-la (Entrée) puis recommencez.",
  "A cell is being edited: confirm it (Enter) and try again.",
);

const protectedSheetText = (sheet: string) =>
  text(`La feuille « ${sheet} » est protégée : Grille n'y écrit pas.`, `Sheet "${sheet}" is protected: Grille does not write to it.`);

const sheetGoneText = (sheet: string) =>
  text(
    `La feuille « ${sheet} » a été supprimée ou renommée depuis la lecture : relancez « Reconnaître la grille ».`,
    `Sheet "${sheet}" was deleted or renamed since it was read: run "Recognise the grid" again.`,
  );

/** An error of Excel's, as a text for the teacher; anything that is not Excel's is a bug and rethrown. */
export function officeErrorText(error: unknown): Text {
  if (!isOfficeError(error)) throw error;
  const subject = lastSubject(error);
  const where = subject?.name ?? "?";
  switch (error.code) {
    case "InvalidOperationInCellEditMode":
      return cellEditModeText;
    case "AccessDenied":
      return subject?.kind === "name"
        ? text(`Excel refuse de modifier le nom « ${where} » (classeur protégé ?).`, `Excel refuses to change the name "${where}" (protected workbook?).`)
        : protectedSheetText(where);
    case "ItemNotFound":
      return subject?.kind === "name"
        ? text(
            `Le nom « ${where} » a été supprimé depuis la lecture : relancez « Reconnaître la grille ».`,
            `The name "${where}" was deleted since it was read: run "Recognise the grid" again.`,
          )
        : sheetGoneText(where);
    case "ItemAlreadyExists":
      return subject?.kind === "name"
        ? text(`Un nom « ${where} » existe déjà dans le classeur : relancez « Reconnaître la grille ».`, `A name "${where}" already exists in the workbook: run "Recognise the grid" again.`)
        : text(`Une feuille « ${where} » existe déjà : relancez « Reconnaître la grille ».`, `A sheet "${where}" already exists: run "Recognise the grid" again.`);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return text(
        "Le classeur est trop volumineux pour être traité en une fois par Excel sur le web (plus de 5 Mo).",
        "The workbook is too large for Excel on the web to handle at once (over 5 MB).",
      );
    default:
      return text(
        `Excel a refusé l'opération (${error.code}${error.message ? ` : ${error.message}` : ""}).`,
        `Excel refused the operation (${error.code}${error.message ? `: ${error.message}` : ""}).`,
      );
  }
}

/** A request or a response over Excel on the web's 5 MB limit. */
export const isPayloadTooLarge = (error: unknown): boolean =>
  isOfficeError(error) && (error.code === "ResponsePayloadSizeLimitExceeded" || error.code === "RequestPayloadSizeLimitExceeded");
