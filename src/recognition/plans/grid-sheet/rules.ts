import type { GridDraft } from "./draft";
import { CROSS, S } from "./styles";
import { flagLabel } from "./texts";

/**
 * Rules: the official text, then a drop-down « X » per flag (E33: no digital presentation). Below a
 * value cell comes a blank row: a reader looking under an empty cell for its value finds nothing.
 */
export function ruleFlags(draft: GridDraft): void {
  const { sheet, cols, grid } = draft;
  if (grid.marking?.kind !== "weighted-mean") return;
  for (const rule of grid.rules) {
    const label = flagLabel(rule);
    if (label !== rule.label) draft.line(rule.label, S.note);
    sheet.area(draft.row, 0, draft.row, cols.levelStart - 1, label, { ...S.fieldLabel, horizontal: "right" });
    const address = sheet.set(draft.row, cols.levelStart, null, S.level);
    sheet.list(address, [CROSS], `Une croix (X) si : ${label}`.slice(0, 255));
    draft.name(rule.flag, address);
    draft.flags.set(rule.flag, address);
    draft.row += 2;
  }
}
