import { text, type Text } from "../core/i18n/locale";
import type { LearnConfidence } from "../recognition/learn";

/** What `grille learn` says, French first (the other commands' sentences are in messages.ts). */

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const learnMessages = {
  help: {
    learn: text(
      "Propose une grille à partir d'une feuille ou d'un document que Grille ne connaît pas (la grille vierge officielle, ou une copie remplie), et l'écrit dans un fichier de grille .json",
      "Proposes a grid from a sheet or a document Grille does not know (the blank official grid, or a filled copy), and writes it as a .json grid file",
    ),
    input: text("classeur .xlsx ou document .docx à lire (jamais modifié)", ".xlsx workbook or .docx document to read (never modified)"),
    sheet: text("la feuille à lire (par défaut : la plus proche d'une grille)", "the sheet to read (by default: the most grid-like one)"),
    sheetArg: text("feuille", "sheet"),
    output: text("fichier de grille à écrire (par défaut : <fichier>.grille.json à côté du fichier lu)", "grid file to write (by default: <file>.grille.json beside the file read)"),
    embed: text(
      "écrit aussi une copie du classeur ou du document avec la grille rangée dedans : les collègues qui l'ouvrent l'ont",
      "also writes a copy of the workbook or document with the grid kept inside it: colleagues who open it get it",
    ),
    copyArg: text("copie", "copy"),
    json: text("résumé au format JSON (sur la sortie standard)", "summary as JSON (on standard output)"),
    force: text("remplace les fichiers à écrire s'ils existent", "replaces the files to write if they exist"),
    after: text(
      `
Codes de sortie : 0 grille proposée, 1 rien qui ressemble à une grille, 2 fichier illisible.

Exemples :
  grille learn grille-vierge-ep2.docx -o ep2.grille.json
  grille check classe-ep2.xlsx --grid ep2.grille.json
  grille learn classe-ep2.xlsx --sheet "Léa Martin" --embed classe-ep2-avec-grille.xlsx`,
      `
Exit codes: 0 grid proposed, 1 nothing grid-like, 2 unreadable file.

Examples:
  grille learn blank-grid-ep2.docx -o ep2.grille.json
  grille check class-ep2.xlsx --grid ep2.grille.json
  grille learn class-ep2.xlsx --sheet "Léa Martin" --embed class-ep2-with-grid.xlsx`,
    ),
  },
  noSheet: (file: string, sheet: string, sheets: string[]) =>
    text(`${file} : pas de feuille « ${sheet} ». Feuilles : ${sheets.join(", ")}.`, `${file}: no sheet "${sheet}". Sheets: ${sheets.join(", ")}.`),
  sheetInDocument: text("--sheet ne s'applique qu'aux classeurs : un document Word est lu en entier.", "--sheet only applies to workbooks: a Word document is read whole."),
  nothing: (file: string) =>
    text(`${file} : rien dans ce fichier ne ressemble à une grille d'évaluation. Aucun fichier écrit.`, `${file}: nothing in this file looks like an assessment grid. No file written.`),
  proposed: (where: Text, title: string, id: string) => text(`Grille proposée à partir ${where.fr} : ${title} (${id})`, `Grid proposed from ${where.en}: ${title} (${id})`),
  fromSheet: (sheet: string, file: string) => text(`de la feuille « ${sheet} » de ${file}`, `sheet "${sheet}" of ${file}`),
  fromDocument: (file: string) => text(`du document ${file}`, `the document ${file}`),
  items: (n: number, codes: string) => text(`${plural(n, "item noté", "items notés")} : ${codes}`, `${plural(n, "rated item", "rated items")}: ${codes}`),
  scale: (levels: string) => text(`Échelle : ${levels}`, `Scale: ${levels}`),
  marking: (description: Text) => text(`Barème : ${description.fr}`, `Marking: ${description.en}`),
  noMarking: text("Barème : aucun (pas de note calculée)", "Marking: none (no computed mark)"),
  fields: (labels: string) => text(`Champs : ${labels}`, `Fields: ${labels}`),
  panel: (label: string) => text(`Commission : ${label}`, `Panel: ${label}`),
  rules: (labels: string) => text(`Règles : ${labels}`, `Rules: ${labels}`),
  required: text("obligatoire", "required"),
  notesHeading: text("Ce que Grille a déduit, et ce qui reste à confirmer :", "What Grille inferred, and what remains to confirm:"),
  confidence: (c: LearnConfidence): Text =>
    c === "high" ? text("sûr", "sure") : c === "medium" ? text("probable", "likely") : text("à confirmer", "to confirm"),
  totalsHeading: (matching: number, total: number) =>
    text(`Totaux du fichier reproduits : ${matching} sur ${total}`, `File totals reproduced: ${matching} of ${total}`),
  noTotals: text("Le fichier ne contient aucun total à comparer : le barème proposé reste à vérifier.", "The file holds no total to compare with: the proposed marking remains to be checked."),
  totalsColumns: { candidate: text("Candidat", "Candidate"), file: text("Fichier", "File"), learned: text("Grille", "Grille"), same: text("Égal", "Equal") },
  cannotMark: text("non calculable", "no mark"),
  wrote: (file: string) => text(`${file} écrit.`, `${file} written.`),
  embedded: (file: string) => text(`${file} écrit : la copie garde la grille en elle (le fichier lu n'est pas modifié).`, `${file} written: the copy keeps the grid inside it (the file read is unchanged).`),
  embedIsInput: (file: string) =>
    text(`${file} est le fichier lu : Grille ne le modifie pas. Donnez un autre nom à la copie.`, `${file} is the file read: Grille does not modify it. Give the copy another name.`),
  embedFormat: (file: string, ext: string) => text(`${file} : la copie doit garder l'extension du fichier lu (${ext}).`, `${file}: the copy must keep the extension of the file read (${ext}).`),
  next: (grid: string, file: string) =>
    text(
      `Relisez-le (ou ouvrez-le dans le volet Grille), puis : grille check ${file} --grid ${grid}`,
      `Review it (or open it in the Grille pane), then: grille check ${file} --grid ${grid}`,
    ),
  invalid: text("La grille proposée n'est pas valide (à signaler) :", "The proposed grid is not valid (please report):"),
};
