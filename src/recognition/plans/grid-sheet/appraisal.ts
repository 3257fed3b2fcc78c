import type { GridDraft } from "./draft";
import { S } from "./styles";

/** Lines of the free-text area under an appraisal label. */
const APPRAISAL_ROWS = 4;

/** Each appraisal: its label, then a merged area to write in. */
export function appraisalAreas(draft: GridDraft): void {
  const { sheet, cols, grid } = draft;
  for (const field of grid.fields.filter((f) => f.kind === "appraisal")) {
    draft.line(field.label, S.fieldLabel);
    draft.name(field.id, sheet.area(draft.row, 0, draft.row + APPRAISAL_ROWS - 1, cols.last, null, S.area));
    draft.row += APPRAISAL_ROWS + 1;
  }
}
