import type { GridDraft } from "./draft";
import { S } from "./styles";
import { KIND_CAPTION, childrenCaption, sectionsOf } from "./texts";

/**
 * The two header rows over the rated items: the scale's label, then one column per level (code above
 * label), or the captions of the text columns and one column per period (or « % »).
 */
export function levelHeader(draft: GridDraft): void {
  const { sheet, cols, grid, levels, compiled } = draft;
  const header = draft.row;
  if (draft.layout === "levels") {
    sheet.area(header, 0, header + 1, cols.text - 1, grid.scale.label, S.header);
    levels.forEach((level, i) => {
      sheet.set(header, cols.levelStart + i, level.code, S.header);
      sheet.set(header + 1, cols.levelStart + i, level.label, { ...S.header, bold: false, size: 9 });
    });
  } else if (cols.captions) {
    // The official header: its captions only, each over both header rows.
    for (const caption of cols.captions) sheet.area(header, caption.from, header + 1, caption.to, caption.text, S.header);
    levelCodes(draft, header);
  } else {
    sheet.area(header, 0, header, cols.text - 1, grid.scale.label, S.header);
    const firstItem = grid.items[0];
    const firstNode = firstItem ? compiled.itemNodes.get(firstItem.id) : undefined;
    const firstSection = firstItem ? sectionsOf(compiled, draft.parents, firstItem).at(-1) : undefined;
    const captions =
      draft.layout === "periods"
        ? ["Code", KIND_CAPTION[firstNode?.kind ?? "competency"] ?? "", childrenCaption(compiled)]
        : [KIND_CAPTION[firstSection?.kind ?? "domain"] ?? "", KIND_CAPTION[firstNode?.kind ?? "observation"] ?? "", childrenCaption(compiled)];
    captions.forEach((caption, c) => sheet.set(header + 1, c, caption, S.header));
    levelCodes(draft, header);
  }
  draft.row = header + 2;
}

/** The period codes (or « % ») over both header rows. */
function levelCodes(draft: GridDraft, header: number): void {
  const { sheet, cols, levels } = draft;
  const codes = draft.layout === "percent" ? ["%"] : levels.map((l) => l.code);
  codes.forEach((code, i) => sheet.area(header, cols.levelStart + i, header + 1, cols.levelStart + i, code, S.header));
}
