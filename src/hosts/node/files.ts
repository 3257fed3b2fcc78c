import { copyFile, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The file plumbing the .xlsx and .docx adapters share: reading a teacher's file with a French reason
 * when it cannot be read, writing next to the destination then renaming (a crash or a full disk never
 * leaves a half-written file where the teacher's was), and a .bak copy before writing in place.
 */

/** Why a file could not be read: missing, a folder, locked, or another system error. */
export type FileReadFailure = { kind: "not-found" } | { kind: "directory" } | { kind: "unreadable"; reason: string };

export async function readFileBytes(filePath: string): Promise<{ ok: true; bytes: Buffer } | { ok: false; failure: FileReadFailure }> {
  try {
    return { ok: true, bytes: await readFile(filePath) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, failure: { kind: "not-found" } };
    if (code === "EISDIR") return { ok: false, failure: { kind: "directory" } };
    if (code === "EACCES" || code === "EPERM") return { ok: false, failure: { kind: "unreadable", reason: "accès refusé" } };
    if (code === "EBUSY") return { ok: false, failure: { kind: "unreadable", reason: "il est utilisé par un autre programme" } };
    return { ok: false, failure: { kind: "unreadable", reason: code ?? "erreur inconnue" } };
  }
}

export type WriteResult = { ok: true } | { ok: false; error: string };

/** `application`: where the file may be open (« Excel », « Word »), to say what to close. */
function reasonOf(err: unknown, application: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EBUSY" || code === "EPERM" || code === "EACCES") return `accès refusé : le fichier est peut-être ouvert dans ${application}, fermez-le puis réessayez`;
  if (code === "ENOSPC") return "disque plein";
  if (code === "ENOENT") return "dossier introuvable";
  return err instanceof Error ? err.message : String(err);
}

/** Writes `bytes()` to a temporary file beside `filePath`, then renames it into place. */
export async function writeAtomically(filePath: string, bytes: () => Promise<Uint8Array>, application: string): Promise<WriteResult> {
  const temp = `${filePath}.tmp-${process.pid}`;
  try {
    await writeFile(temp, await bytes());
    await rename(temp, filePath);
    return { ok: true };
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    return { ok: false, error: `${path.basename(filePath)} : écriture impossible (${reasonOf(err, application)}).` };
  }
}

/** Copies the original to « <file>.bak », then writes in place; nothing is written if the copy fails. */
export async function writeInPlace(filePath: string, bytes: () => Promise<Uint8Array>, application: string): Promise<WriteResult> {
  try {
    await copyFile(filePath, `${filePath}.bak`);
  } catch (err) {
    return { ok: false, error: `${path.basename(filePath)} : copie de sauvegarde impossible, le fichier n’a pas été modifié (${reasonOf(err, application)}).` };
  }
  return writeAtomically(filePath, bytes, application);
}
