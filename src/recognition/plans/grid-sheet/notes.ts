import type { GridDraft } from "./draft";
import { S } from "./styles";

/** Grille's own notes (how its proposal is computed): below the grid, out of the official grid's print area. */
export function gridNotes(draft: GridDraft): void {
  const note = draft.grid.marking?.note;
  if (!note) return;
  draft.row++;
  draft.line(note, S.note);
}
