/**
 * « Corriger la reconnaissance »: a chosen cell refused and why (named as the teacher reads it,
 * « Léa Martin, cellule C35 »), a correction carried to the sheets built alike, and the corrections not
 * yet saved when the teacher moves away. Spread into the catalogue by messages.ts.
 */
export const frBinding = {
  "binding.refused.formula": "{sheet}, cellule {cell} contient une formule : Grille n’écrit jamais dans une formule. Sélectionnez la cellule où se saisit « {name} ».",
  "binding.refused.maximum": "{sheet}, cellule {cell} est le maximum de la note (« {text} ») : sélectionnez la cellule où se saisit « {name} ».",
  "binding.refused.label": "{sheet}, cellule {cell} est un intitulé de la grille (« {text} ») : sélectionnez la cellule où se saisit « {name} ».",
  "binding.refused.scale-header": "{sheet}, cellule {cell} est l’en-tête des niveaux (« {text} ») : sélectionnez une cellule de la ligne de « {name} ».",
  "binding.alike": "Appliquer aussi à l’autre feuille construite comme celle-ci|Appliquer aussi aux {count} autres feuilles construites comme celle-ci",
  "binding.reboundAlike": "{name} : cellule {cell}, sur {count} feuille.|{name} : cellule {cell}, sur {count} feuilles.",
  "binding.leaveTitle": "Corrections non enregistrées",
  "binding.leaveBody": "Les corrections de la reconnaissance, sur {count} feuille, ne sont pas enregistrées. Enregistrez-les pour que Grille s’en serve, ou abandonnez-les.|Les corrections de la reconnaissance, sur {count} feuilles, ne sont pas enregistrées. Enregistrez-les pour que Grille s’en serve, ou abandonnez-les.",
  "binding.leaveSave": "Enregistrer les corrections",
  "binding.leaveDiscard": "Abandonner les corrections",
  "binding.discarded": "Corrections abandonnées.",
} as const;

export const enBinding: Record<keyof typeof frBinding, string> = {
  "binding.refused.formula": "{sheet}, cell {cell} holds a formula: Grille never writes over a formula. Select the cell where “{name}” is entered.",
  "binding.refused.maximum": "{sheet}, cell {cell} is the mark’s maximum (“{text}”): select the cell where “{name}” is entered.",
  "binding.refused.label": "{sheet}, cell {cell} is a label of the grid (“{text}”): select the cell where “{name}” is entered.",
  "binding.refused.scale-header": "{sheet}, cell {cell} is the levels’ header (“{text}”): select a cell on the row of “{name}”.",
  "binding.alike": "Also apply to the other sheet built like this one|Also apply to the {count} other sheets built like this one",
  "binding.reboundAlike": "{name}: cell {cell}, on {count} sheet.|{name}: cell {cell}, on {count} sheets.",
  "binding.leaveTitle": "Unsaved corrections",
  "binding.leaveBody": "The corrections of the recognition on {count} sheet are not saved. Save them for Grille to use them, or discard them.|The corrections of the recognition on {count} sheets are not saved. Save them for Grille to use them, or discard them.",
  "binding.leaveSave": "Save the corrections",
  "binding.leaveDiscard": "Discard the corrections",
  "binding.discarded": "Corrections discarded.",
};
