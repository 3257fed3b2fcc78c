import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** What the arguments name: the workbooks and documents to read, and the folders that held none. */
export interface Inputs {
  files: string[];
  emptyFolders: string[];
}

/** Excel's lock files (« ~$classe.xlsx ») and Grille's backups (« classe.xlsx.bak », « classe.bak.xlsx ») are not workbooks to check. */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !/\.bak\.xlsx$/i.test(name);
}

/** A Word document to check: a .docx that is not Word's lock file (« ~$apport.docx ») or a backup. */
function isDocumentName(name: string): boolean {
  return /\.docx$/i.test(name) && !name.startsWith("~$") && !/\.bak\.docx$/i.test(name);
}

/** A file named on the command line that the Word reader takes (by extension; the reader checks the bytes). */
export const isDocumentPath = (file: string): boolean => /\.(docx|docm|dotx|doc)$/i.test(file);

/** Every workbook and Word document under a folder, recursively, in a stable order; hidden folders are skipped. */
async function workbooksIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, "fr"));
  const found: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith(".")) found.push(...(await workbooksIn(full)));
    else if (entry.isFile() && (isWorkbookName(entry.name) || isDocumentName(entry.name))) found.push(full);
  }
  return found;
}

const isFolder = async (target: string): Promise<boolean> => {
  try {
    return (await stat(target)).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The workbooks the arguments name, in order: a file as given (the reader says if it is no workbook),
 * a folder by its workbooks. A file named twice is read once.
 */
export async function expandInputs(args: readonly string[]): Promise<Inputs> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  for (const arg of args) {
    if (await isFolder(arg)) {
      const inside = await workbooksIn(arg);
      if (inside.length === 0) emptyFolders.push(arg);
      files.push(...inside);
    } else files.push(arg);
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(path.resolve(f)) && seen.add(path.resolve(f))), emptyFolders };
}
