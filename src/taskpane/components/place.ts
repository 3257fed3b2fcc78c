import { splitQualified } from "../../recognition/snapshot/cells";
import type { Translator } from "../i18n";

/** A cell as a teacher reads it: « Léa Martin, cellule C35 », never `'Léa Martin'!C35`. */
export function placeText(t: Translator["t"], at: string): string {
  const { sheet, address } = splitQualified(at);
  return sheet === null ? t("place.bare", { cell: address }) : t("place.cell", { sheet, cell: address });
}

const folded = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("fr").trim();

/**
 * A candidate's cell, under their name: the sheet is left out when the name above already says it (a
 * sheet per candidate named after them: « Léa Martin » then « cellule F40 », not the name twice).
 */
export function placeUnderName(t: Translator["t"], at: string, name: string | null | undefined): string {
  const { sheet, address } = splitQualified(at);
  if (sheet !== null && name && folded(name).includes(folded(sheet))) return t("place.bare", { cell: address });
  return placeText(t, at);
}
