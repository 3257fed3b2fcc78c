/**
 * The same words on every host: what the pane says in Word where Excel says « classeur » and « feuille »
 * (the CQP chair's synthesis, in a document). Spread into the catalogue by messages.ts.
 */
export const frWords = {
  "panelSynthesis.whereDocument": "Grille de synthèse : « {sheet} », dans le document",
  "panelSynthesis.noneDocument": "Pas encore de grille de synthèse dans le document.",
  "panelSynthesis.nothingDocument": "Rien ne change dans le document.",
  "panelSynthesis.writeDocument": "Écrire dans le document",
  "panelSynthesis.change": "{place} : {reason}",
  "insert.loadedMark": "Fiche de {name} ({grid}), note proposée : {value} / {max}",
} as const;

export const enWords: Record<keyof typeof frWords, string> = {
  "panelSynthesis.whereDocument": "Synthesis grid: “{sheet}”, in the document",
  "panelSynthesis.noneDocument": "No synthesis grid in the document yet.",
  "panelSynthesis.nothingDocument": "Nothing changes in the document.",
  "panelSynthesis.writeDocument": "Write into the document",
  "panelSynthesis.change": "{place}: {reason}",
  "insert.loadedMark": "Record of {name} ({grid}), proposed mark: {value} / {max}",
};
