/** The pane's paths, the state of its steps, and where focus lands: French. */
export const frFlow = {
  "path.label": "Que voulez-vous faire ?",
  "path.evaluate": "Jours d’évaluation",
  "path.evaluateHint": "Reconnaître la grille, vérifier, voir la note proposée, l’écrire, puis faire la synthèse de la classe.",
  "path.prepare": "Début d’année",
  "path.prepareHint": "Préparer le classeur de la classe : une grille officielle par candidat, prête à remplir.",
  "path.wordEvaluate": "Noter ce document",
  "path.wordEvaluateHint": "Reconnaître la grille du document, vérifier, voir la note proposée, l’écrire.",
  "path.wordPrepare": "Insérer une grille",
  "path.wordPrepareHint": "Insérer une grille officielle dans un rapport, vierge ou remplie avec la fiche d’un candidat.",
  "path.more": "Autres actions",
  "step.doneSuffix": " (fait)",
} as const;

/** The same, in English. */
export const enFlow: Record<keyof typeof frFlow, string> = {
  "path.label": "What do you want to do?",
  "path.evaluate": "Evaluation days",
  "path.evaluateHint": "Recognise the grid, check, see the proposed mark, write it, then make the class summary.",
  "path.prepare": "Start of the year",
  "path.prepareHint": "Prepare the class workbook: one official grid per candidate, ready to fill in.",
  "path.wordEvaluate": "Mark this document",
  "path.wordEvaluateHint": "Recognise the document’s grid, check, see the proposed mark, write it.",
  "path.wordPrepare": "Insert a grid",
  "path.wordPrepareHint": "Insert an official grid into a report, blank or filled with a candidate’s record.",
  "path.more": "More actions",
  "step.doneSuffix": " (done)",
};
