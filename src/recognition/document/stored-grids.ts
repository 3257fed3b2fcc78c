import type { GridFile } from "../../core/model/grid";
import { mapWithGrid } from "../workbook/stored-grids";
import { storedDocumentBinding, type StoredDocumentBinding } from "./recognize";
import type { DocumentLayout } from "./to-sheet";

/**
 * What to store in a Word document once the teacher confirms `file`: Grille's stored payload with `file`
 * among its grids. A map made on this structure keeps its bindings; otherwise the grid goes with an
 * empty map (detection binds the document with it).
 */
export function documentPayloadWithGrid(layout: DocumentLayout, raw: unknown, file: GridFile): StoredDocumentBinding {
  const stored = raw as Partial<StoredDocumentBinding> | undefined;
  const current = stored?.format === "grille-document-binding" && stored.fingerprint === layout.fingerprint ? stored.map : { grids: (stored?.map as { grids?: unknown } | undefined)?.grids };
  return storedDocumentBinding(layout, mapWithGrid(current, file));
}
