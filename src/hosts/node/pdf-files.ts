import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeAtomically } from "./files";
import { convertToPdf, type SofficeFailure } from "./soffice";

/**
 * Office files turned into PDFs at their destinations: written into a fresh temporary folder (under
 * plain names, so a candidate's name never reaches LibreOffice's command line), converted in one
 * LibreOffice run, each PDF then moved into place atomically. The temporary folder is removed whatever
 * happens; nothing reaches a destination unless every conversion succeeded.
 */

export interface PdfJob {
  /** The PDF to write. */
  destination: string;
  /** The .docx or .xlsx bytes to convert. */
  bytes: Uint8Array;
  extension: "docx" | "xlsx";
}

export type PdfWriteResult = { ok: true } | { ok: false; failure: SofficeFailure | { kind: "write"; error: string } };

export async function writePdfs(jobs: readonly PdfJob[], soffice: string, timeoutMs?: number): Promise<PdfWriteResult> {
  let folder: string;
  try {
    folder = await mkdtemp(path.join(tmpdir(), "grille-export-"));
  } catch (err) {
    return { ok: false, failure: { kind: "write", error: (err as Error).message } };
  }
  try {
    const inputs = jobs.map((job, i) => path.join(folder, `${String(i + 1).padStart(4, "0")}.${job.extension}`));
    for (const [i, job] of jobs.entries()) await writeFile(inputs[i]!, job.bytes);
    const converted = await convertToPdf(inputs, folder, { soffice, ...(timeoutMs !== undefined && { timeoutMs }) });
    if (!converted.ok) return converted;
    for (const [i, job] of jobs.entries()) {
      const written = await writeAtomically(job.destination, () => readFile(converted.pdfs[i]!), "un lecteur PDF");
      if (!written.ok) return { ok: false, failure: { kind: "write", error: written.error } };
    }
    return { ok: true };
  } catch (err) {
    return { ok: false, failure: { kind: "write", error: (err as Error).message } };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
