import { MAX_SNAPSHOT_CELLS } from "../../recognition/snapshot/bounds";

/**
 * Why a file could not be read, as a value: bad input is normal for a teacher's folder, never an
 * exception. Messages are French, name the file and say what to do.
 */
export type ReadErrorCode =
  | "not-found"
  | "corrupt"
  | "password-protected"
  | "xls-not-supported"
  | "ods-not-supported"
  | "empty"
  | "not-a-workbook"
  | "too-big";

export interface ReadError {
  code: ReadErrorCode;
  /** French, names the file and why. */
  message: string;
  /** The technical cause (ExcelJS's or the zip reader's words), for logs, not for the teacher. */
  detail?: string;
}

const SAVE_AS_XLSX = "enregistrez le classeur au format .xlsx (Fichier › Enregistrer sous › Classeur Excel) puis réessayez.";

export const readErrors = {
  notFound: (name: string): ReadError => ({
    code: "not-found",
    message: `${name} : fichier introuvable. Vérifiez le nom et le dossier du fichier.`,
  }),
  unreadable: (name: string, reason: string): ReadError => ({
    code: "not-found",
    message: `${name} : impossible d’ouvrir le fichier (${reason}).`,
  }),
  notAFile: (name: string): ReadError => ({
    code: "not-a-workbook",
    message: `${name} : ce n’est pas un fichier ordinaire (un tube ou un périphérique), Grille ne le lit pas.`,
  }),
  directory: (name: string): ReadError => ({
    code: "not-a-workbook",
    message: `${name} : c’est un dossier, pas un classeur Excel.`,
  }),
  emptyFile: (name: string): ReadError => ({
    code: "corrupt",
    message: `${name} : le fichier est vide (0 octet), ce n’est pas un classeur lisible. Il a peut-être été mal copié ou mal téléchargé.`,
  }),
  corrupt: (name: string, why: string, detail?: string): ReadError => ({
    code: "corrupt",
    message: `${name} : fichier endommagé ou incomplet, Grille ne peut pas le lire (${why}). Ouvrez-le dans Excel pour le réparer, ou reprenez une copie intacte.`,
    ...(detail !== undefined && { detail }),
  }),
  passwordProtected: (name: string): ReadError => ({
    code: "password-protected",
    message: `${name} : fichier protégé par mot de passe, Grille ne peut pas le lire. Retirez le mot de passe (Fichier › Informations › Protéger le classeur) puis réessayez.`,
  }),
  xls: (name: string): ReadError => ({
    code: "xls-not-supported",
    message: `${name} : format .xls (Excel 97-2003) non pris en charge pour l’instant : ${SAVE_AS_XLSX}`,
  }),
  xlsb: (name: string): ReadError => ({
    code: "not-a-workbook",
    message: `${name} : classeur binaire .xlsb non pris en charge : ${SAVE_AS_XLSX}`,
  }),
  ods: (name: string): ReadError => ({
    code: "ods-not-supported",
    message: `${name} : classeur OpenDocument (.ods, LibreOffice) non pris en charge pour l’instant : enregistrez-le au format .xlsx (Fichier › Enregistrer sous › Excel 2007-365) puis réessayez.`,
  }),
  otherDocument: (name: string, what: string): ReadError => ({
    code: "not-a-workbook",
    message: `${name} : ce fichier est ${what}, pas un classeur Excel.`,
  }),
  tooBig: (name: string, sheet: { sheet: string; rows: number; columns: number }): ReadError => ({
    code: "too-big",
    message: `${name} : la feuille « ${sheet.sheet} » est trop grande pour Grille (${sheet.rows.toLocaleString("fr-FR")} lignes × ${sheet.columns.toLocaleString("fr-FR")} colonnes à partir de A1, plus de ${MAX_SNAPSHOT_CELLS.toLocaleString("fr-FR")} cellules). Supprimez les lignes et colonnes inutiles (sélectionnez-les, clic droit › Supprimer) puis réessayez.`,
  }),
  empty: (name: string): ReadError => ({
    code: "empty",
    message: `${name} : le classeur ne contient aucune feuille remplie, il n’y a rien à reconnaître.`,
  }),
};
