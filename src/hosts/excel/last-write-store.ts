/// <reference types="office-js" />
import { isLastWrite, type LastWrite } from "../../recognition/plans/undo";
import type { DocumentSettings } from "./office-env";

/** The document setting that keeps the last write of marks (Excel and Word), next to the binding map's part id. */
export const LAST_WRITE_KEY = "grille-last-write";

/** The last write kept in the document's settings; null when there is none or it is not one (a damaged or foreign value). */
export function readLastWrite(settings: DocumentSettings): LastWrite | null {
  const stored: unknown = settings.get(LAST_WRITE_KEY);
  return isLastWrite(stored) ? stored : null;
}

/**
 * Keeps the last write in the document's settings (saved into the file with `saveAsync`), or forgets it
 * (null). Office's refusal to save rejects, in French and English, so the pane can say undo will not
 * survive closing the file.
 */
export function saveLastWrite(settings: DocumentSettings, write: LastWrite | null): Promise<void> {
  settings.set(LAST_WRITE_KEY, write);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      String(result.status) === "failed"
        ? reject(new Error(`Grille n'a pas pu garder la dernière écriture dans le fichier / Grille could not keep the last write in the file: ${result.error?.message ?? ""}`))
        : resolve(),
    ),
  );
}
