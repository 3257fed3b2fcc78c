import { copyFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Workbook } from "exceljs";

export type WriteResult = { ok: true } | { ok: false; error: string };

const reasonOf = (err: unknown): string => {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EBUSY" || code === "EPERM" || code === "EACCES") return "accès refusé : le fichier est peut-être ouvert dans Excel, fermez-le puis réessayez";
  if (code === "ENOSPC") return "disque plein";
  if (code === "ENOENT") return "dossier introuvable";
  return err instanceof Error ? err.message : String(err);
};

/**
 * Writes the workbook next to its destination, then renames it into place: a crash or a full disk
 * never leaves a half-written classeur where the teacher's file was.
 */
export async function writeXlsx(workbook: Workbook, filePath: string): Promise<WriteResult> {
  const temp = `${filePath}.tmp-${process.pid}`;
  try {
    // ExcelJS types its result as its own ArrayBuffer-like Buffer; at run time it is Node's Buffer.
    const data = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
    await writeFile(temp, data);
    await rename(temp, filePath);
    return { ok: true };
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    return { ok: false, error: `${path.basename(filePath)} : écriture impossible (${reasonOf(err)}).` };
  }
}

/** Overwrites the file the workbook was read from, after copying the original to « <file>.bak ». */
export async function writeXlsxInPlace(workbook: Workbook, filePath: string): Promise<WriteResult> {
  try {
    await copyFile(filePath, `${filePath}.bak`);
  } catch (err) {
    return { ok: false, error: `${path.basename(filePath)} : copie de sauvegarde impossible, le fichier n’a pas été modifié (${reasonOf(err)}).` };
  }
  return writeXlsx(workbook, filePath);
}
