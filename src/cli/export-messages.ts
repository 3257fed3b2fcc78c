import { text } from "../core/i18n/locale";

/** What `grille export` says, French first (its own file: messages.ts is shared by every command). */

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const exportMessages = {
  formatChoices: text("valeurs possibles : docx, pdf, xlsx, csv", "allowed values: docx, pdf, xlsx, csv"),
  outputExtension: (file: string, format: string) =>
    text(`${file} : le nom du fichier à écrire doit finir par .${format}.`, `${file}: the name of the file to write must end with .${format}.`),
  outputIsInput: (file: string) =>
    text(`${file} est le fichier d’entrée : Grille ne l’écrase jamais. Choisissez un autre nom de sortie.`, `${file} is the input file: Grille never overwrites it. Choose another output name.`),
  splitNeedsFolder: (file: string) =>
    text(`${file} : avec --split, -o nomme un dossier (un fichier par candidat y est écrit), pas un fichier.`, `${file}: with --split, -o names a folder (one file per candidate goes into it), not a file.`),
  splitCsv: text("--split ne s’applique pas au CSV : les résultats de la classe tiennent dans un seul fichier.", "--split does not apply to CSV: the class's results fit in one file."),
  folderUnwritable: (folder: string, reason: string) => text(`${folder} : création du dossier impossible (${reason}).`, `${folder}: cannot create the folder (${reason}).`),
  noCandidate: (file: string) => text(`${file} : aucun candidat à exporter (seulement des grilles vierges).`, `${file}: no candidate to export (blank grids only).`),
  sofficeMissing: text(
    "Export PDF impossible : LibreOffice n’est pas installé (commande « soffice » introuvable).\n" +
      "  Debian/Ubuntu : sudo apt-get install libreoffice-writer-nogui libreoffice-calc-nogui\n" +
      "  Windows, macOS : https://fr.libreoffice.org/download/telecharger-libreoffice/\n" +
      "  Ou exportez en Word (--format docx) et enregistrez en PDF depuis Word. (Chemin de soffice : variable SOFFICE_PATH.)",
    "PDF export impossible: LibreOffice is not installed (no « soffice » command).\n" +
      "  Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui libreoffice-calc-nogui\n" +
      "  Windows, macOS: https://www.libreoffice.org/download/download-libreoffice/\n" +
      "  Or export to Word (--format docx) and save as PDF from Word. (Path to soffice: SOFFICE_PATH variable.)",
  ),
  sofficeTimeout: (seconds: number) =>
    text(`Export PDF interrompu : LibreOffice n’a pas répondu en ${seconds} s. Rien n’a été écrit.`, `PDF export stopped: LibreOffice did not answer within ${seconds} s. Nothing was written.`),
  sofficeFailed: (detail: string) =>
    text(`Export PDF impossible : la conversion par LibreOffice a échoué (${detail}). Rien n’a été écrit.`, `PDF export impossible: the LibreOffice conversion failed (${detail}). Nothing was written.`),
  tempUnwritable: (reason: string) => text(`Dossier temporaire inutilisable (${reason}).`, `Temporary folder unusable (${reason}).`),
  wrote: (file: string, candidates: number) =>
    text(`${file} écrit : ${plural(candidates, "fiche", "fiches")} pour la commission.`, `${file} written: ${plural(candidates, "sheet", "sheets")} for the panel.`),
  wroteSplit: (folder: string, files: number) =>
    text(`${plural(files, "fichier écrit", "fichiers écrits")} dans ${folder} (un par candidat) :`, `${plural(files, "file", "files")} written into ${folder} (one per candidate):`),
  wroteCsv: (file: string, candidates: number) =>
    text(`${file} écrit : résultats de ${plural(candidates, "candidat", "candidats")} (CSV pour Excel : « ; », UTF-8).`, `${file} written: results of ${plural(candidates, "candidate", "candidates")} (CSV for Excel: « ; », UTF-8).`),
  incomplete: (names: string[]) =>
    text(
      `${plural(names.length, "candidat incomplet", "candidats incomplets")}, exporté${names.length > 1 ? "s" : ""} avec ${names.length > 1 ? "leurs" : "ses"} points à voir : ${names.join(", ")}.`,
      `${plural(names.length, "incomplete candidate", "incomplete candidates")}, exported with their findings: ${names.join(", ")}.`,
    ),
  help: {
    command: text(
      "exporter les fiches de la commission : la grille officielle remplie de chaque candidat (Word, PDF, Excel), ou les résultats de la classe (CSV)",
      "export the panel's sheets: each candidate's filled official grid (Word, PDF, Excel), or the class's results (CSV)",
    ),
    input: text("le classeur de la classe (.xlsx) ou le document Word (.docx) ; il n’est jamais modifié", "the class workbook (.xlsx) or Word document (.docx); it is never modified"),
    output: text("le fichier à écrire, ou le dossier avec --split", "the file to write, or the folder with --split"),
    format: text("docx, pdf (par LibreOffice), xlsx ou csv (par défaut : d’après l’extension de la sortie, docx sinon)", "docx, pdf (through LibreOffice), xlsx or csv (default: from the output's extension, else docx)"),
    split: text("un fichier par candidat, nommé d’après lui, dans le dossier -o", "one file per candidate, named after them, in the -o folder"),
    outputArg: text("sortie", "output"),
    after: text(
      "\nChaque candidat a sa grille officielle remplie (niveaux cochés, champs, appréciation,\ncommission) et, à part, l’encadré « Note proposée par Grille » (la note proposée, son\n" +
        "calcul, les points à voir). La case de note de la commission ne reçoit que la note déjà\nsaisie dans le fichier.\n\n" +
        "Codes de sortie : 0 exporté, tous complets ; 1 exporté avec des candidats incomplets,\nou aucune grille reconnue ; 2 entrée illisible, écriture impossible, ou LibreOffice\nabsent (PDF).\n\n" +
        "Exemples :\n  grille export classe.xlsx -o fiches.docx\n  grille export classe.xlsx --format pdf -o fiches.pdf\n  grille export classe.xlsx --format pdf --split -o fiches/\n  grille export classe.xlsx -o resultats.csv",
      "\nEach candidate gets their filled official grid (levels ticked, fields, appraisal,\npanel) and, apart from it, the « Note proposée par Grille » box (the proposed mark,\n" +
        "its calculation, the findings). The panel's mark cell only receives the mark\nalready typed in the file.\n\n" +
        "Exit codes: 0 exported, all complete; 1 exported with incomplete candidates, or\nno grid recognised; 2 unreadable input, cannot write, or no LibreOffice (PDF).\n\n" +
        "Examples:\n  grille export class.xlsx -o sheets.docx\n  grille export class.xlsx --format pdf -o sheets.pdf\n  grille export class.xlsx --format pdf --split -o sheets/\n  grille export class.xlsx -o results.csv",
    ),
  },
};
