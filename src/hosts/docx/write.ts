import { copyFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildXml } from "../ooxml/xml";
import type { DocxDocument } from "./read";

export type WriteResult = { ok: true } | { ok: false; error: string };

const reasonOf = (err: unknown): string => {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EBUSY" || code === "EPERM" || code === "EACCES") return "accès refusé : le document est peut-être ouvert dans Word, fermez-le puis réessayez";
  if (code === "ENOSPC") return "disque plein";
  if (code === "ENOENT") return "dossier introuvable";
  return err instanceof Error ? err.message : String(err);
};

/** The document's bytes: its edited XML parts put back into its zip, every other part as it was. */
export async function docxBuffer(document: DocxDocument): Promise<Buffer> {
  document.zip.file(document.documentPath, buildXml(document.xml), { createFolders: false });
  if (document.styles?.changed) document.zip.file(document.styles.path, buildXml(document.styles.xml), { createFolders: false });
  return document.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
}

/**
 * Writes the document next to its destination, then renames it into place: a crash or a full disk
 * never leaves a half-written document where the teacher's file was.
 */
export async function writeDocx(document: DocxDocument, filePath: string): Promise<WriteResult> {
  const temp = `${filePath}.tmp-${process.pid}`;
  try {
    await writeFile(temp, await docxBuffer(document));
    await rename(temp, filePath);
    return { ok: true };
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    return { ok: false, error: `${path.basename(filePath)} : écriture impossible (${reasonOf(err)}).` };
  }
}

/** Overwrites the file the document was read from, after copying the original to « <file>.bak ». */
export async function writeDocxInPlace(document: DocxDocument, filePath: string): Promise<WriteResult> {
  try {
    await copyFile(filePath, `${filePath}.bak`);
  } catch (err) {
    return { ok: false, error: `${path.basename(filePath)} : copie de sauvegarde impossible, le document n’a pas été modifié (${reasonOf(err)}).` };
  }
  return writeDocx(document, filePath);
}
