import { span } from "./columns";
import type { GridDraft } from "./draft";
import { S } from "./styles";

const PANEL_ROWS = 3;

/** The panel: name | role | signature, then a row per member to write and sign in. */
export function panelBlock(draft: GridDraft): void {
  const { sheet, cols, grid } = draft;
  const panel = grid.panel;
  if (!panel) return;
  const roleCol = cols.labelEnd + 1;
  const signatureEnd = Math.max(cols.last, roleCol + 1);
  sheet.area(draft.row, 0, draft.row, cols.labelEnd, panel.label, S.header);
  sheet.fitText(draft.row, panel.label, span(cols, 0, cols.labelEnd));
  sheet.set(draft.row, roleCol, panel.roleLabel ?? "Qualité", S.header);
  sheet.area(draft.row, roleCol + 1, draft.row, signatureEnd, "Signature", S.header);
  draft.row++;
  for (let i = 0; i < PANEL_ROWS; i++, draft.row++) {
    sheet.area(draft.row, 0, draft.row, cols.labelEnd, null, S.border);
    sheet.set(draft.row, roleCol, null, S.border);
    sheet.area(draft.row, roleCol + 1, draft.row, signatureEnd, null, S.border);
    sheet.height(draft.row, 30);
  }
}
