/** Grille speaks French first; English when Office's display language is not French. */
export type Locale = "fr" | "en";

/** A user-facing text in both languages. */
export interface Text {
  fr: string;
  en: string;
}

export function text(fr: string, en: string): Text {
  return { fr, en };
}

export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  return tag && !/^fr\b/i.test(tag) ? "en" : "fr";
}
