import { formatNumber } from "../../../core/text/numbers";
import { coverageCountFormula, domainMeanFormula, markFormula } from "../formulas";
import type { GridDraft } from "./draft";
import { S } from "./styles";
import { REPORT_HEADING } from "./texts";

/** The result: how it is computed, then the mark /max, the coverage, or the domains' percentages. */
export function resultBlock(draft: GridDraft): void {
  const { sheet, cols, grid, compiled } = draft;
  const marking = grid.marking;
  if (marking?.note) draft.line(marking.note, S.note);
  if (marking?.kind === "weighted-mean") {
    const label = `${compiled.markField?.label ?? "Note"} :`;
    sheet.area(draft.row, 0, draft.row, cols.levelStart - 1, label, S.markLabel);
    const address = sheet.set(draft.row, cols.levelStart, { formula: markFormula(compiled, marking, draft.itemCells, draft.flags), result: "" }, S.mark);
    sheet.set(draft.row, cols.levelStart + 1, `/ ${formatNumber(marking.max)}`, { bold: true, vertical: "middle" });
    sheet.name(`${draft.prefix}_note`, address);
    draft.row++;
  } else if (marking?.kind === "coverage") {
    const total = grid.items.length;
    const label = `Couverture (compétences mises en œuvre ${marking.minPeriods > 1 ? `en ${marking.minPeriods} périodes au moins` : "au moins une fois"}) :`;
    sheet.area(draft.row, 0, draft.row, cols.levelStart - 1, label, S.markLabel);
    const count = sheet.set(draft.row, cols.levelStart, { formula: coverageCountFormula(compiled, marking, draft.itemCells), result: 0 }, S.mark);
    sheet.set(draft.row, cols.levelStart + 1, `/ ${total}`, { bold: true, vertical: "middle" });
    const percent = sheet.set(draft.row, cols.levelStart + 2, { formula: `${count}/${total}`, result: 0 }, { ...S.mark, numberFormat: "0 %" });
    draft.name("couverture", percent);
    draft.row++;
  } else if (marking?.kind === "domain-percent" && draft.layout === "percent") {
    draft.line(REPORT_HEADING, { ...S.header, horizontal: "left" });
    for (const group of marking.groups) {
      const addresses = grid.items
        .filter((i) => i.group === group.id)
        .flatMap((i) => {
          const cells = draft.itemCells.get(i.id);
          return cells?.kind === "number" ? [cells.address] : [];
        });
      sheet.area(draft.row, 0, draft.row, cols.levelStart - 1, group.label, { ...S.text, bold: true });
      if (addresses.length > 0) {
        const address = sheet.set(draft.row, cols.levelStart, { formula: domainMeanFormula(addresses, marking.rounding), result: "" }, { ...S.mark, numberFormat: "0.0 %" });
        draft.name(`domaine_${group.id}`, address);
      }
      draft.row++;
    }
  }
  draft.row++;
}
