import { a1, columnLetters, parseA1, parseRangeA1 } from "../../recognition/snapshot/cells";
import type { ItemBinding, SheetBinding } from "../../recognition/sheet/binding";

/** What the teacher picked in « Vérifier la liaison » to bind again: a rated item or a field. */
export interface BindingTarget {
  kind: "item" | "field";
  id: string;
}

/** A teacher's choice is sure. */
const CONFIRMED = 1;

/** `'Candidat 1'!D12`, `Feuil1!$B$3:$C$4` → sheet and the top-left cell; null when not a reference. */
export function parseReference(reference: string): { sheet: string; address: string } | null {
  const bang = reference.lastIndexOf("!");
  if (bang <= 0) return null;
  const raw = reference.slice(0, bang);
  const sheet = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  const range = parseRangeA1(reference.slice(bang + 1).replace(/\$/g, ""));
  return range ? { sheet, address: a1(range.top, range.left) } : null;
}

/** The cell to show for an item: its value cell, its first level cell, else its label. */
export function itemCell(item: ItemBinding): string {
  return item.value ?? Object.values(item.levels ?? {})[0] ?? item.label;
}

const withoutMissing = (binding: SheetBinding, target: BindingTarget): SheetBinding["missing"] => ({
  items: target.kind === "item" ? binding.missing.items.filter((id) => id !== target.id) : binding.missing.items,
  fields: target.kind === "field" ? binding.missing.fields.filter((id) => id !== target.id) : binding.missing.fields,
});

/** Level-column layout: the item moves to the selected row, its level cells stay in their columns. */
function itemOnRow(binding: SheetBinding, previous: ItemBinding | undefined, row: number, col: number): ItemBinding {
  const columns = previous?.levels
    ? Object.fromEntries(Object.entries(previous.levels).map(([code, cell]) => [code, parseA1(cell)!.col]))
    : (binding.header?.columns ?? null);
  if (!columns || Object.keys(columns).length === 0) return { label: a1(row, col), value: a1(row, col), confidence: CONFIRMED };
  const old = previous?.area ? parseRangeA1(previous.area) : null;
  const height = old ? old.bottom - old.top : 0;
  const cols = Object.values(columns);
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const labelCol = previous ? parseA1(previous.label)!.col : col;
  return {
    label: a1(row, labelCol),
    levels: Object.fromEntries(Object.entries(columns).map(([code, c]) => [code, a1(row, c)])),
    area: `${a1(row, left)}:${a1(row + height, right)}`,
    confidence: CONFIRMED,
  };
}

/**
 * The binding with one item or field bound to the cell the teacher selected. A sheet per candidate: an
 * item moves to the selected row (or to the selected cell when it has a single value cell), a field's
 * value goes to the selected cell. A row per candidate: the item's or field's column becomes the selected one.
 */
export function rebind(binding: SheetBinding, target: BindingTarget, address: string): SheetBinding {
  const at = parseA1(address);
  if (!at) return binding;
  const missing = withoutMissing(binding, target);
  if (binding.table) {
    const table = binding.table;
    const header = a1(table.headerRow, at.col);
    if (target.kind === "item") {
      return {
        ...binding,
        items: { ...binding.items, [target.id]: { label: header, value: a1(table.firstRow, at.col), confidence: CONFIRMED } },
        table: { ...table, itemColumns: { ...table.itemColumns, [target.id]: at.col } },
        missing,
      };
    }
    return { ...binding, table: { ...table, fieldColumns: { ...table.fieldColumns, [target.id]: at.col } }, missing };
  }
  if (target.kind === "item") {
    const previous = binding.items[target.id];
    const item = previous?.value !== undefined && !previous.levels
      ? { ...previous, value: address, confidence: CONFIRMED }
      : itemOnRow(binding, previous, at.row, at.col);
    return { ...binding, items: { ...binding.items, [target.id]: item }, missing };
  }
  const previous = binding.fields[target.id];
  const field = { label: previous?.label ?? address, value: address, inline: false, confidence: CONFIRMED };
  return { ...binding, fields: { ...binding.fields, [target.id]: field }, missing };
}

/** Column letters of a table column, for the binding list of a row-per-candidate sheet. */
export const columnName = (col: number): string => columnLetters(col);


/** Where a binding puts the grid's elements, without the sheet's name or how sure recognition was: equal for sheets built alike. */
function shape(binding: SheetBinding): string {
  const sorted = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const items = sorted(binding.items).map(([id, i]) => [id, i.label, i.value ?? null, i.area ?? null, i.levels ? sorted(i.levels) : null]);
  const fields = sorted(binding.fields).map(([id, f]) => [id, f.label, f.value, f.inline]);
  return JSON.stringify([binding.layout, binding.header?.row ?? null, items, fields, binding.table ?? null]);
}

/**
 * The other sheets built like `sheet` (a class workbook: one grid copied per candidate): recognition bound
 * every element of theirs to the same cells. Compared on the bindings as recognised, not as corrected.
 */
export function sheetsBuiltLike(bindings: readonly SheetBinding[], sheet: string): string[] {
  const model = bindings.find((b) => b.sheet === sheet);
  if (!model) return [];
  const expected = shape(model);
  return bindings.filter((b) => b.sheet !== sheet && shape(b) === expected).map((b) => b.sheet);
}
