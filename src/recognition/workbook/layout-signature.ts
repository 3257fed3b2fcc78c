import { cellText, isCellError, parseA1, parseRangeA1 } from "../snapshot/cells";
import type { SheetSnapshot } from "../snapshot/workbook";
import { normalizeText } from "../text/normalize";
import type { SheetBinding } from "../sheet/binding";
import type { SheetIndex } from "../sheet/sheet-index";

/**
 * What makes two sheets the same layout: every text of the reference sheet that is not a value the
 * teacher fills in (levels, identity values, appraisals, members, flags), at the same place. A class
 * workbook is one grid copied per candidate: once the first copy is bound, the others are checked
 * against its signature in a few comparisons instead of being recognised again.
 */
export interface LayoutSignature {
  cells: { row: number; col: number; text: string }[];
}

function valueCells(binding: SheetBinding): Set<string> {
  const cells = new Set<string>();
  const add = (address: string | null | undefined) => {
    const at = address ? parseA1(address) : null;
    if (at) cells.add(`${at.row}:${at.col}`);
  };
  for (const item of Object.values(binding.items)) {
    add(item.value);
    const area = item.area ? parseRangeA1(item.area) : null;
    if (area) for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) cells.add(`${r}:${c}`);
  }
  for (const field of Object.values(binding.fields)) add(field.value);
  for (const member of binding.panel?.members ?? []) {
    add(member.name);
    add(member.role);
  }
  for (const flag of Object.values(binding.flags)) add(flag);
  return cells;
}

export function layoutSignature(index: SheetIndex, binding: SheetBinding): LayoutSignature | null {
  if (binding.layout !== "sheet") return null;
  const values = valueCells(binding);
  // A blank copy binds its empty value cells by guess: only a filled-in sheet serves as a reference.
  const filled = [...values].some((key) => {
    const [row, col] = key.split(":").map(Number);
    return index.at(row!, col!) !== undefined;
  });
  if (!filled) return null;
  return { cells: index.cells.filter((cell) => !values.has(`${cell.row}:${cell.col}`)).map(({ row, col, text }) => ({ row, col, text })) };
}

/** The sheet shows every text of the signature at the same place (it may have more, e.g. a note). */
export function fitsSignature(sheet: SheetSnapshot, signature: LayoutSignature): boolean {
  return signature.cells.every(({ row, col, text }) => {
    const value = sheet.cells[row]?.[col];
    return value !== null && value !== undefined && !isCellError(value) && normalizeText(cellText(value)) === text;
  });
}
