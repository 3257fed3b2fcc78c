/** « Fiches pour la commission »: the pane's strings for the export of the class's filled grids (issue 11). */
export const frCommission = {
  "step.commission": "Fiches pour la commission",
  "commission.intro":
    "La grille officielle remplie de chaque candidat, une par page, avec à part l’encadré « Note proposée par Grille » (la note proposée, son calcul, les points à voir). La case de note de la commission ne reçoit que la note déjà saisie.",
  "commission.download": "Préparer le document Word (.docx)",
  "commission.insert": "Insérer les fiches à la fin de ce document",
  "commission.insertHint": "Chaque fiche commence une nouvelle page, à la suite du document ouvert.",
  "commission.progress": "Préparation des fiches",
  "commission.progressCount": "{done} sur {total}",
  "commission.ready": "Document prêt : {file}",
  "commission.downloadAgain": "Télécharger de nouveau {file}",
  "commission.incomplete": "{count} candidat incomplet, exporté avec ses points à voir.|{count} candidats incomplets, exportés avec leurs points à voir.",
  "commission.count": "{count} fiche|{count} fiches",
  "commission.fileName": "Fiches commission {grid}.docx",
  "commission.failed": "Le document n’a pas pu être préparé.",
} as const;

export const enCommission: Record<keyof typeof frCommission, string> = {
  "step.commission": "Sheets for the panel",
  "commission.intro":
    "Each candidate's filled official grid, one per page, with the « Note proposée par Grille » box apart (the proposed mark, its calculation, the findings). The panel's mark cell only receives the mark already typed.",
  "commission.download": "Prepare the Word document (.docx)",
  "commission.insert": "Insert the sheets at the end of this document",
  "commission.insertHint": "Each sheet starts a new page, after the open document.",
  "commission.progress": "Preparing the sheets",
  "commission.progressCount": "{done} of {total}",
  "commission.ready": "Document ready: {file}",
  "commission.downloadAgain": "Download {file} again",
  "commission.incomplete": "{count} incomplete candidate, exported with their findings.|{count} incomplete candidates, exported with their findings.",
  "commission.count": "{count} sheet|{count} sheets",
  "commission.fileName": "Panel sheets {grid}.docx",
  "commission.failed": "The document could not be prepared.",
};
