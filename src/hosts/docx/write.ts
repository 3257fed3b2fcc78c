import { writeAtomically, writeInPlace, type InPlaceOptions, type WriteResult } from "../node/files";
import { buildXml } from "../ooxml/xml";
import type { DocxDocument } from "./read";

export type { WriteResult };

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
export const writeDocx = (document: DocxDocument, filePath: string): Promise<WriteResult> => writeAtomically(filePath, () => docxBuffer(document), "Word");

/** Overwrites the file the document was read from, after saving the original (« <file>.bak », or « .bak-2 »… when one exists); a read-only file only with `force`. */
export const writeDocxInPlace = (document: DocxDocument, filePath: string, options: InPlaceOptions = {}): Promise<WriteResult> =>
  writeInPlace(filePath, () => docxBuffer(document), "Word", options);
