import type { GridDraft } from "./draft";
import { titleLines } from "./texts";

/** Diploma, épreuve, title and the official anchors the rest of the sheet does not print, then a blank row. */
export function titleBlock(draft: GridDraft): void {
  for (const { text, style } of titleLines(draft.compiled, draft.parents)) draft.line(text, style);
  draft.row++;
}
