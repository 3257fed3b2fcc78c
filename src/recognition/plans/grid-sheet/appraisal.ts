import type { GridDraft } from "./draft";
import { S } from "./styles";

/** Lines of the free-text area under an appraisal label. */
const APPRAISAL_ROWS = 4;
/** Points per line of that area: room for handwriting (four lines ≈ 3.4 cm). */
const HANDWRITING_LINE = 24;

/** Each appraisal: its label, then a merged area to write in. */
export function appraisalAreas(draft: GridDraft): void {
  const { sheet, cols, grid } = draft;
  for (const field of grid.fields.filter((f) => f.kind === "appraisal")) {
    draft.line(field.label, S.fieldLabel);
    draft.name(field.id, sheet.area(draft.row, 0, draft.row + APPRAISAL_ROWS - 1, cols.last, null, S.area));
    for (let r = draft.row; r < draft.row + APPRAISAL_ROWS; r++) sheet.height(r, HANDWRITING_LINE);
    draft.row += APPRAISAL_ROWS + 1;
  }
}
