import { formatNumber } from "../../../core/text/numbers";
import { domainMeanFormula, markFormula } from "../formulas";
import type { GridDraft } from "./draft";
import { PROPOSAL_OFFSET, coverageHelperCells, markHelperCells } from "./helpers";
import { PROPOSAL_LABEL, S } from "./styles";
import { REPORT_HEADING } from "./texts";

/**
 * The result: the official mark cell /max (empty, for the commission) with Grille's proposal beside the
 * grid, the coverage, or the domains' percentages.
 */
export function resultBlock(draft: GridDraft): void {
  const { sheet, cols, grid, compiled } = draft;
  const marking = grid.marking;
  if (marking?.kind === "weighted-mean") {
    // The official mark cell is the commission's: left empty. Grille's live formula goes beside the grid.
    const label = `${compiled.markField?.label ?? "Note"} :`;
    const max = `/ ${formatNumber(marking.max)}`;
    sheet.area(draft.row, 0, draft.row, cols.levelStart - 1, label, S.markLabel);
    sheet.name(`${draft.prefix}_note`, sheet.set(draft.row, cols.levelStart, null, S.mark));
    sheet.set(draft.row, cols.levelStart + 1, max, { bold: true, vertical: "middle" });
    const { helpers, ungroupedWeight } = markHelperCells(draft, marking);
    const at = cols.last + PROPOSAL_OFFSET;
    sheet.set(draft.row, at, PROPOSAL_LABEL, S.proposalLabel);
    const proposal = sheet.set(draft.row, at + 1, { formula: markFormula(compiled, marking, helpers, draft.flags, ungroupedWeight), result: "" }, S.proposal);
    sheet.set(draft.row, at + 2, max, { bold: true, vertical: "middle" });
    draft.name("proposition", proposal);
    draft.row++;
  } else if (marking?.kind === "coverage") {
    const total = grid.items.length;
    const label = `Couverture (compétences mises en œuvre ${marking.minPeriods > 1 ? `en ${marking.minPeriods} périodes au moins` : "au moins une fois"}) :`;
    sheet.area(draft.row, 0, draft.row, cols.levelStart - 1, label, S.markLabel);
    const count = sheet.set(draft.row, cols.levelStart, { formula: `SUM(${coverageHelperCells(draft, marking.minPeriods)})`, result: 0 }, S.mark);
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
