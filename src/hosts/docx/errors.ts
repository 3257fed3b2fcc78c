/**
 * Why a Word file could not be read, as a value, in French, naming the file and what to do: as for
 * workbooks, bad input is normal in a teacher's folder, never an exception.
 */
export type DocxReadErrorCode = "not-found" | "corrupt" | "password-protected" | "doc-not-supported" | "empty" | "not-a-document";

export interface DocxReadError {
  code: DocxReadErrorCode;
  message: string;
  /** The zip or XML reader's words, for logs, not for the teacher. */
  detail?: string;
}

export const docxErrors = {
  notFound: (name: string): DocxReadError => ({ code: "not-found", message: `${name} : fichier introuvable. Vérifiez le nom et le dossier du fichier.` }),
  unreadable: (name: string, reason: string): DocxReadError => ({ code: "not-found", message: `${name} : impossible d’ouvrir le fichier (${reason}).` }),
  notAFile: (name: string): DocxReadError => ({ code: "not-a-document", message: `${name} : ce n’est pas un fichier ordinaire (un tube ou un périphérique), Grille ne le lit pas.` }),
  directory: (name: string): DocxReadError => ({ code: "not-a-document", message: `${name} : c’est un dossier, pas un document Word.` }),
  emptyFile: (name: string): DocxReadError => ({
    code: "corrupt",
    message: `${name} : le fichier est vide (0 octet), ce n’est pas un document lisible. Il a peut-être été mal copié ou mal téléchargé.`,
  }),
  corrupt: (name: string, why: string, detail?: string): DocxReadError => ({
    code: "corrupt",
    message: `${name} : fichier endommagé ou incomplet, Grille ne peut pas le lire (${why}). Ouvrez-le dans Word pour le réparer, ou reprenez une copie intacte.`,
    ...(detail !== undefined && { detail }),
  }),
  passwordProtected: (name: string): DocxReadError => ({
    code: "password-protected",
    message: `${name} : document protégé par mot de passe, Grille ne peut pas le lire. Retirez le mot de passe (Fichier › Informations › Protéger le document) puis réessayez.`,
  }),
  doc: (name: string): DocxReadError => ({
    code: "doc-not-supported",
    message: `${name} : format .doc (Word 97-2003) non pris en charge : enregistrez le document au format .docx (Fichier › Enregistrer sous › Document Word) puis réessayez.`,
  }),
  other: (name: string, what: string): DocxReadError => ({ code: "not-a-document", message: `${name} : ce fichier est ${what}, pas un document Word (.docx).` }),
  workbook: (name: string): DocxReadError => ({
    code: "not-a-document",
    message: `${name} : ce fichier est un classeur Excel (.xlsx), pas un document Word : rendez-lui son extension .xlsx et vérifiez-le tel quel.`,
  }),
  empty: (name: string): DocxReadError => ({
    code: "empty",
    message: `${name} : le document ne contient ni texte ni tableau, il n’y a rien à reconnaître.`,
  }),
};
