import { text, type Locale, type Text } from "../core/i18n/locale";
import type { ReadError } from "../hosts/xlsx";
import type { DocxReadError } from "../hosts/docx";
import type { WorkbookLayout } from "../recognition/workbook/report";
import path from "node:path";

/**
 * Every sentence the CLI says, French first. Core and recognition texts (findings, traces, reasons)
 * arrive as Text values already; the .xlsx reader's errors are French only, so English gets a sentence
 * per error code here.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const layoutNames: Record<WorkbookLayout, Text> = {
  "sheet-per-candidate": text("une feuille par candidat", "one sheet per candidate"),
  "row-per-candidate": text("une ligne par candidat (tableau de suivi)", "one row per candidate (tracking table)"),
  "assessor-sheets": text("une feuille par évaluateur", "one sheet per assessor"),
  none: text("aucune grille", "no grid"),
};

/** Why a workbook or a Word document could not be read. */
export type InputError = ReadError | DocxReadError;

const READ_ERRORS_EN: Record<InputError["code"], string> = {
  "not-found": "file not found or cannot be opened",
  corrupt: "damaged file, or not an .xlsx workbook",
  "password-protected": "password-protected workbook: remove the password and try again",
  "xls-not-supported": ".xls (Excel 97-2003) is not supported yet: save it as .xlsx and try again",
  "ods-not-supported": "OpenDocument (.ods) is not supported yet: save it as .xlsx and try again",
  empty: "the workbook has no filled-in sheet",
  "not-a-workbook": "not an Excel workbook (.xlsx)",
  "doc-not-supported": ".doc (Word 97-2003) is not supported: save it as .docx and try again",
  "not-a-document": "not a Word document (.docx)",
  "too-big": "a sheet is too big for Grille (over 2,000,000 cells from A1): delete the unused rows and columns and try again",
};

const DOCUMENT_ERRORS_EN: Partial<Record<InputError["code"], string>> = {
  corrupt: "damaged file, or not a .docx document",
  "password-protected": "password-protected document: remove the password and try again",
  empty: "the document holds neither text nor table",
};

export function readErrorMessage(error: InputError, filePath: string, locale: Locale): string {
  if (locale === "fr") return error.message;
  const document = /\.(docx|docm|dotx|doc)$/i.test(filePath);
  return `${path.basename(filePath)}: ${(document && DOCUMENT_ERRORS_EN[error.code]) || READ_ERRORS_EN[error.code]}.`;
}

export const messages = {
  status: (complete: boolean) => (complete ? text("complète", "complete") : text("incomplète", "incomplete")),
  severity: (blocking: boolean) => (blocking ? text("bloquant", "blocking") : text("attention", "warning")),
  blockingCount: (n: number) => text(plural(n, "bloquant", "bloquants"), plural(n, "blocking", "blocking")),
  warningCount: (n: number) => text(plural(n, "avertissement", "avertissements"), plural(n, "warning", "warnings")),
  columns: {
    candidate: text("Candidat", "Candidate"),
    sheet: text("Feuille", "Sheet"),
    row: text("Ligne", "Row"),
    status: text("Statut", "Status"),
    result: text("Résultat", "Result"),
    findings: text("Points à voir", "Points to check"),
  },
  unnamed: text("(sans nom)", "(no name)"),
  gridLine: (title: string, id: string, layout: WorkbookLayout, candidates: number) =>
    text(
      `Grille : ${title} (${id}) · ${layoutNames[layout].fr} · ${plural(candidates, "candidat", "candidats")}`,
      `Grid: ${title} (${id}) · ${layoutNames[layout].en} · ${plural(candidates, "candidate", "candidates")}`,
    ),
  noGrid: text(
    "Aucune grille reconnue dans ce classeur. Forcez-en une avec --grid <id> (voir « grille list ») ou --grid ma-grille.json.",
    "No grid recognised in this workbook. Force one with --grid <id> (see `grille list`) or --grid my-grid.json.",
  ),
  noCandidate: text("Aucun candidat : seulement des grilles vierges.", "No candidate: blank grids only."),
  templates: (sheets: string[]) =>
    text(`Modèle${sheets.length > 1 ? "s" : ""} vierge${sheets.length > 1 ? "s" : ""} : ${sheets.join(", ")}`, `Blank template${sheets.length > 1 ? "s" : ""}: ${sheets.join(", ")}`),
  ignored: (list: string) => text(`Feuilles ignorées : ${list}`, `Sheets ignored: ${list}`),
  cannotRead: text("illisible", "unreadable"),
  summary: (files: number, candidates: number, complete: number, unreadable: number) => {
    const fr = [plural(files, "fichier", "fichiers"), plural(candidates, "candidat", "candidats"), plural(complete, "complet", "complets"), plural(candidates - complete, "incomplet", "incomplets")];
    const en = [plural(files, "file", "files"), plural(candidates, "candidate", "candidates"), `${complete} complete`, `${candidates - complete} incomplete`];
    if (unreadable > 0) {
      fr.push(plural(unreadable, "fichier illisible", "fichiers illisibles"));
      en.push(plural(unreadable, "unreadable file", "unreadable files"));
    }
    return text(`Bilan : ${fr.join(", ")}.`, `Summary: ${en.join(", ")}.`);
  },
  emptyFolder: (folder: string) =>
    text(`${folder} : aucun classeur .xlsx dans ce dossier (ni document Word .docx).`, `${folder}: no .xlsx workbook in this folder (nor any .docx Word document).`),
  noGridDocument: text(
    "Aucune grille reconnue dans ce document. Forcez-en une avec --grid <id> (voir « grille list ») ou --grid ma-grille.json.",
    "No grid recognised in this document. Force one with --grid <id> (see `grille list`) or --grid my-grid.json.",
  ),
  documentNotes: (notes: string) => text(`Remarques : ${notes}`, `Notes: ${notes}`),
  outputFormat: (file: string, format: string) =>
    text(
      `${file} : le nom du fichier à écrire doit finir par ${format === "docx" ? ".docx (un document Word)" : ".xlsx (un classeur Excel)"}.`,
      `${file}: the name of the file to write must end with ${format === "docx" ? ".docx (a Word document)" : ".xlsx (an Excel workbook)"}.`,
    ),
  formatChoices: text("valeurs possibles : xlsx, docx", "allowed values: xlsx, docx"),
  createdDocument: (file: string, gridId: string, candidates: string[]) =>
    text(
      `${file} écrit : grille ${gridId}${candidates.length > 0 ? `, ${plural(candidates.length, "tableau", "tableaux")} (${candidates.join(", ")})` : ", un tableau vierge"}.`,
      `${file} written: grid ${gridId}${candidates.length > 0 ? `, ${plural(candidates.length, "table", "tables")} (${candidates.join(", ")})` : ", one blank table"}.`,
    ),
  coverage: (practised: number, total: number, percent: string) =>
    text(`${practised}/${total} compétences (${percent} %)`, `${practised}/${total} competencies (${percent} %)`),
  absent: text("ABS (absent)", "ABS (absent)"),
  progressReadDocument: (name: string, tables: number) => text(`${name} (${plural(tables, "tableau", "tableaux")})`, `${name} (${plural(tables, "table", "tables")})`),
  progressRead: (name: string, sheets: number) => text(`${name} (${plural(sheets, "feuille", "feuilles")})`, `${name} (${plural(sheets, "sheet", "sheets")})`),

  unknownGrid: (id: string, ids: string[]) =>
    text(
      `Grille inconnue : « ${id} ». Grilles disponibles : ${ids.join(", ")} (détail avec « grille list »), ou un fichier de grille .json.`,
      `Unknown grid: "${id}". Available grids: ${ids.join(", ")} (details with \`grille list\`), or a .json grid file.`,
    ),
  gridFileInvalid: (file: string) => text(`Fichier de grille invalide : ${file}`, `Invalid grid file: ${file}`),
  gridFileUnreadable: (file: string, reason: Text) => text(`${file} : lecture du fichier de grille impossible (${reason.fr}).`, `${file}: cannot read the grid file (${reason.en}).`),

  list: {
    id: text("Identifiant", "Id"),
    name: text("Grille", "Grid"),
    epreuve: text("Épreuve", "Test"),
    title: text("Intitulé officiel", "Official title"),
    diploma: text("Diplôme", "Diploma"),
    items: text("Items notés", "Rated items"),
    scale: text("Échelle", "Scale"),
  },

  outputExists: (file: string) =>
    text(`${file} existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.`, `${file} already exists: choose another name, or add --force to replace it.`),
  planRefused: text("Rien n’a été écrit :", "Nothing was written:"),
  macrosNotWritten: text(
    "le classeur contient des macros (VBA) que Grille ne sait pas réécrire : rien n’a été écrit. Enregistrez-en une copie au format .xlsx (Fichier › Enregistrer sous › Classeur Excel), puis lancez « grille mark » sur cette copie.",
    "the workbook holds macros (VBA) Grille cannot write back: nothing was written. Save a copy as .xlsx (File › Save As › Excel Workbook), then run `grille mark` on that copy.",
  ),
  repairFirst: text(
    "Ouvrez le classeur dans Excel pour le réparer (ou reprenez une copie intacte), enregistrez-le, puis réessayez.",
    "Open the workbook in Excel to repair it (or take an intact copy), save it, then try again.",
  ),
  csvUnreadable: (file: string, reason: Text) => text(`${file} : lecture de la liste des candidats impossible (${reason.fr}).`, `${file}: cannot read the list of candidates (${reason.en}).`),
  csvEmpty: (file: string) => text(`${file} : aucun nom de candidat dans ce fichier.`, `${file}: no candidate name in this file.`),
  created: (file: string, gridId: string, sheets: string[]) =>
    text(
      `${file} écrit : grille ${gridId}, ${plural(sheets.length, "feuille", "feuilles")} (${sheets.join(", ")}).`,
      `${file} written: grid ${gridId}, ${plural(sheets.length, "sheet", "sheets")} (${sheets.join(", ")}).`,
    ),

  outputMissing: text("Précisez où écrire : -o <sortie.xlsx> (une copie), ou --in-place (le classeur lui-même, après une sauvegarde .bak).", "Say where to write: -o <out.xlsx> (a copy), or --in-place (the workbook itself, after a .bak backup)."),
  outputIsInput: (file: string) =>
    text(
      `${file} est le classeur d’entrée : Grille ne l’écrase pas. Choisissez un autre nom de sortie, ou ajoutez --in-place (une sauvegarde .bak est faite d’abord).`,
      `${file} is the input workbook: Grille does not overwrite it. Choose another output name, or add --in-place (a .bak backup is made first).`,
    ),
  inPlaceAndOutput: text("--in-place modifie le classeur d’entrée : ne donnez pas en plus un autre fichier de sortie (-o).", "--in-place modifies the input workbook: do not also give another output file (-o)."),
  conflictsHeading: text("Rien n’a été écrit, à cause de ces conflits :", "Nothing was written, because of these conflicts:"),
  wrote: (file: string, backup?: string) =>
    backup !== undefined ? text(`${file} modifié (l’original est sauvegardé dans ${backup}) :`, `${file} modified (the original is saved as ${backup}):`) : text(`${file} écrit :`, `${file} written:`),
  sheetAdded: (name: string) => text(`feuille « ${name} » ajoutée`, `sheet "${name}" added`),
  tableInserted: (heading: string) => text(`tableau « ${heading} » inséré`, `table "${heading}" inserted`),
  sheetReplaced: (name: string) => text(`feuille « ${name} » remplacée`, `sheet "${name}" replaced`),
  differencesHeading: text("Notes déjà saisies, différentes de la note proposée, laissées telles quelles :", "Marks already typed that differ from the proposed mark, left as they are:"),
  notOverwritten: (cell: string, name: string | null, typed: string, proposed: string) =>
    text(`${cell}${name ? ` (${name})` : ""} : saisie « ${typed} », proposée ${proposed}`, `${cell}${name ? ` (${name})` : ""}: typed "${typed}", proposed ${proposed}`),
  skippedHeading: text("Sans note écrite :", "No mark written:"),

  help: {
    program: text(
      "Reconnaît, vérifie et note les grilles d’évaluation officielles (Bac pro AGOrA E31 et PFMP, MCV E33, CQP AGC) dans des classeurs Excel (.xlsx) et des documents Word (.docx).",
      "Recognises, checks and marks official French vocational assessment grids (AGOrA E31 and PFMP, MCV E33, CQP AGC) in Excel workbooks (.xlsx) and Word documents (.docx).",
    ),
    help: text("afficher l’aide", "display help"),
    helpCommand: text("afficher l’aide d’une commande", "display help for a command"),
    version: text("afficher le numéro de version", "output the version number"),
    lang: text("langue des messages : fr ou en (par défaut : la langue du système, le français sinon)", "message language: fr or en (default: the system language, else French)"),
    check: text(
      "vérifier des classeurs et des documents Word : grille reconnue, candidats complets ou non, points à voir, note proposée",
      "check workbooks and Word documents: grid recognised, candidates complete or not, findings, proposed mark",
    ),
    checkInputs: text("fichiers .xlsx ou .docx, ou dossiers (parcourus récursivement)", ".xlsx or .docx files, or folders (searched recursively)"),
    grid: text("forcer la grille : un identifiant (voir « grille list ») ou un fichier de grille .json", "force the grid: an id (see `grille list`) or a .json grid file"),
    json: text("sortie JSON (un seul document sur la sortie standard)", "JSON output (one document on standard output)"),
    checkAfter: text(
      "\nCodes de sortie : 0 tous les candidats sont complets ; 1 des points bloquants, ou aucune grille reconnue ; 2 une entrée illisible.\n\nExemples :\n  grille check classe.xlsx\n  grille check dossier-ccf/ --json > bilan.json\n  grille check suivi.xlsx --grid agora-e31",
      "\nExit codes: 0 every candidate complete; 1 blocking findings, or no grid recognised; 2 an input could not be read.\n\nExamples:\n  grille check class.xlsx\n  grille check ccf-folder/ --json > summary.json\n  grille check tracking.xlsx --grid agora-e31",
    ),
    mark: text(
      "écrire les notes proposées dans les cellules de note vides et une feuille « Synthèse » (dans un document Word : à la place de « Note : … / 20 »), dans une copie",
      "write the proposed marks into empty mark cells and a « Synthèse » sheet (in a Word document: in place of « Note : … / 20 »), in a copy",
    ),
    markInput: text("le classeur ou le document à noter (il n’est pas modifié, sauf avec --in-place)", "the workbook or document to mark (left untouched unless --in-place)"),
    output: text("le classeur à écrire", "the workbook to write"),
    inPlace: text("modifier le classeur lui-même, après une copie de sauvegarde « .bak »", "modify the workbook itself, after a « .bak » backup copy"),
    force: text("remplacer le fichier de sortie s’il existe déjà", "replace the output file if it already exists"),
    markAfter: text(
      "\nExemples :\n  grille mark classe.xlsx -o classe-notee.xlsx\n  grille mark classe.xlsx --in-place\n  grille mark grille.docx -o grille-notee.docx",
      "\nExamples:\n  grille mark class.xlsx -o class-marked.xlsx\n  grille mark class.xlsx --in-place\n  grille mark grid.docx -o grid-marked.docx",
    ),
    new: text(
      "créer un classeur de classe (une feuille de la grille par candidat) ou un document Word (un tableau par candidat)",
      "create a class workbook (one grid sheet per candidate) or a Word document (one table per candidate)",
    ),
    format: text("format du fichier créé : xlsx ou docx (par défaut : d’après l’extension de la sortie)", "format of the file created: xlsx or docx (default: from the output's extension)"),
    formatArg: text("format", "format"),
    newGrid: text("l’identifiant de la grille (voir « grille list »)", "the grid id (see `grille list`)"),
    candidates: text("la liste des candidats : un nom par ligne, ou des colonnes « Nom;Prénom » (CSV, UTF-8)", "the candidates: one name per line, or « Nom;Prénom » columns (CSV, UTF-8)"),
    newAfter: text(
      "\nExemples :\n  grille new agora-e31 --candidates classe.csv -o e31-terminale.xlsx\n  grille new mcv-e33 --format docx -o grille-e33.docx",
      "\nExamples:\n  grille new agora-e31 --candidates class.csv -o e31-class.xlsx\n  grille new mcv-e33 --format docx -o e33-grid.docx",
    ),
    list: text("lister les grilles intégrées", "list the built-in grids"),
    listJson: text("sortie JSON", "JSON output"),
    langChoices: text("valeurs possibles : fr, en", "allowed values: fr, en"),
    langArg: text("langue", "language"),
    filesArg: text("fichiers", "files"),
    fileArg: text("fichier", "file"),
    gridArg: text("grille", "grid"),
    outputArg: text("sortie.xlsx", "out.xlsx"),
    namesArg: text("noms.csv", "names.csv"),
    commandArg: text("commande", "command"),
    afterError: text("(aide : grille --help)", "(help: grille --help)"),
  },
};
