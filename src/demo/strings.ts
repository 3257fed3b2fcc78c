import type { Locale } from "../core/i18n/locale";

/** The demo page's own words (the pane and the workbook view have theirs). */
export const WORDS = {
  fr: {
    title: "Grille — démonstration",
    samples: "Classeur d’exemple",
    language: "Langue",
    dark: "Thème sombre",
    offline: "Hors d’Office : le classeur est un exemple en mémoire, rien ne quitte cette page.",
    offlineDocument: "Hors d’Office : le document Word est simulé en mémoire, rien ne quitte cette page.",
    loadingDocument: "Ouverture du document…",
    loadingWorkbook: "Ouverture du classeur…",
  },
  en: {
    title: "Grille — demo",
    samples: "Sample workbook",
    language: "Language",
    dark: "Dark theme",
    offline: "Outside Office: the workbook is an in-memory sample, nothing leaves this page.",
    offlineDocument: "Outside Office: the Word document is simulated in memory, nothing leaves this page.",
    loadingDocument: "Opening the document…",
    loadingWorkbook: "Opening the workbook…",
  },
} as const satisfies Record<Locale, Record<string, string>>;
