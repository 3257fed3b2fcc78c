import { span } from "./columns";
import type { GridDraft } from "./draft";
import { S } from "./styles";
import { candidateField } from "./texts";

/** The identity and date fields: « label : » then the value cell, the candidate's name filled in. */
export function identityBlock(draft: GridDraft, candidate: string | null | undefined): void {
  const { sheet, cols, grid } = draft;
  const nameField = candidateField(grid);
  for (const field of grid.fields.filter((f) => f.kind === "identity" || f.kind === "date")) {
    const label = `${field.label} :`;
    sheet.area(draft.row, 0, draft.row, cols.labelEnd, label, S.fieldLabel);
    sheet.fitText(draft.row, label, span(cols, 0, cols.labelEnd));
    const value = field === nameField && candidate ? candidate : null;
    const style = field.kind === "date" ? { ...S.fieldValue, numberFormat: "dd/mm/yyyy", horizontal: "left" as const } : S.fieldValue;
    draft.name(field.id, sheet.area(draft.row, cols.labelEnd + 1, draft.row, cols.last, value, style));
    draft.row++;
  }
  draft.row++;
}
