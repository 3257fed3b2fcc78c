import type { CompiledGrid } from "../../core/model/compile";
import { text } from "../../core/i18n/locale";
import { a1, parseA1, rangeA1 } from "../snapshot/cells";
import type { SheetSnapshot } from "../snapshot/workbook";
import type { ItemBinding, SheetBinding } from "../sheet/binding";
import { bindSheet } from "../sheet/bind-sheet";
import { levelOf, levelVocabulary } from "../sheet/levels";
import { SheetIndex } from "../sheet/sheet-index";
import { bindingMapOf, type BindingMap } from "../workbook/binding-map";
import type { DocumentLayout } from "./to-sheet";
import type { ContentControlInfo } from "./snapshot";

/**
 * The content controls Grille puts around the cells it inserts are tagged `grille:<grid>:<id>[:<level>]`:
 * an item's level cell (`grille:agora-e31:1.1:M`), a percentage cell (`grille:cqp-agc:obs-1`), a field's
 * value cell (`grille:agora-e31:candidate`), a rule's flag cell. They survive edits, copies and moved
 * rows, so Grille re-reads the documents it inserted exactly: the tags give a binding map that wins over
 * detection, which only fills in what the tags do not say (the panel).
 */

export const TAG_PREFIX = "grille";

export interface GrilleTag {
  gridId: string;
  /** An item, field or rule flag id. */
  id: string;
  level: string | null;
}

export function grilleTag(gridId: string, id: string, level?: string | null): string {
  return [TAG_PREFIX, gridId, id, ...(level ? [level] : [])].join(":");
}

export function parseGrilleTag(tag: string): GrilleTag | null {
  const parts = tag.trim().split(":");
  if (parts[0] !== TAG_PREFIX || parts.length < 3 || parts.length > 4 || parts.slice(1).some((p) => p === "")) return null;
  return { gridId: parts[1]!, id: parts[2]!, level: parts[3] ?? null };
}

interface Placed {
  tag: GrilleTag;
  row: number;
  col: number;
  address: string;
}

/** The cell left of `col` on `row` (the label of a value cell), the start of its merged area. */
function labelLeftOf(sheet: SheetSnapshot, row: number, col: number): string {
  for (let c = col - 1; c >= 0; c--) {
    const merge = sheet.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= c && c <= m.right);
    const at = merge ? { row: merge.top, col: merge.left } : { row, col: c };
    if (sheet.cells[at.row]?.[at.col] !== null && sheet.cells[at.row]?.[at.col] !== undefined) return a1(at.row, at.col);
  }
  return a1(row, col);
}

/** The row above `row` that names the scale's levels in `columns` (the level header), else the row above. */
function headerRow(sheet: SheetSnapshot, compiled: CompiledGrid, row: number, columns: Record<string, number>): number {
  const vocabulary = levelVocabulary(compiled);
  for (let r = row - 1; r >= 0 && r >= row - 60; r--) {
    const named = Object.entries(columns).filter(([code, col]) => {
      const value = sheet.cells[r]?.[col];
      return value !== null && value !== undefined && levelOf(vocabulary, value) === code;
    }).length;
    if (named >= Math.min(3, Object.keys(columns).length)) return r;
  }
  return Math.max(0, row - 1);
}

function itemBinding(sheet: SheetSnapshot, compiled: CompiledGrid, cells: Placed[]): ItemBinding {
  const row = Math.min(...cells.map((c) => c.row));
  const label = labelLeftOf(sheet, row, Math.min(...cells.map((c) => c.col)));
  const levelled = cells.filter((c) => c.tag.level !== null && compiled.levels.has(c.tag.level));
  if (levelled.length === 0) return { label, value: cells[0]!.address, confidence: 1 };
  const levels = Object.fromEntries(levelled.map((c) => [c.tag.level!, c.address]));
  const area = rangeA1({
    top: Math.min(...levelled.map((c) => c.row)),
    bottom: Math.max(...levelled.map((c) => c.row)),
    left: Math.min(...levelled.map((c) => c.col)),
    right: Math.max(...levelled.map((c) => c.col)),
  });
  return { label, levels, area, confidence: 1 };
}

/** One pseudo-sheet's binding: detection first, then every tagged cell in its place. */
function sheetBinding(sheet: SheetSnapshot, compiled: CompiledGrid, placed: Placed[]): SheetBinding {
  const detected = bindSheet(new SheetIndex(sheet), compiled);
  const items = { ...detected.items };
  const fields = { ...detected.fields };
  const flags = { ...detected.flags };
  let header = detected.header;
  const byItem = new Map<string, Placed[]>();
  for (const cell of placed) {
    const { id } = cell.tag;
    if (compiled.grid.items.some((i) => i.id === id)) byItem.set(id, [...(byItem.get(id) ?? []), cell]);
    else if (compiled.grid.fields.some((f) => f.id === id)) fields[id] = { label: labelLeftOf(sheet, cell.row, cell.col), value: cell.address, inline: false, confidence: 1 };
    else if (compiled.grid.rules.some((r) => r.flag === id)) flags[id] = cell.address;
  }
  for (const [id, cells] of byItem) {
    items[id] = itemBinding(sheet, compiled, cells);
    const columns = Object.fromEntries(cells.filter((c) => c.tag.level !== null).map((c) => [c.tag.level!, c.col]));
    if (Object.keys(columns).length > 0 && !header) header = { row: headerRow(sheet, compiled, cells[0]!.row, columns), columns };
  }
  const missingItems = compiled.grid.items.filter((i) => !items[i.id]).map((i) => i.id);
  return {
    ...detected,
    layout: "sheet",
    confidence: 1,
    header,
    items,
    fields,
    flags,
    missing: { items: missingItems, fields: compiled.grid.fields.filter((f) => !fields[f.id]).map((f) => f.id) },
    notes: [text("Grille lue par ses contrôles de contenu (insérée par Grille).", "Grid read from its content controls (inserted by Grille).")],
  };
}

/**
 * The binding map the document's tagged content controls give, or null when it has none (of a grid
 * Grille knows). The grid is the one most tags name.
 */
export function bindingMapFromTags(layout: DocumentLayout, controls: readonly ContentControlInfo[], grids: readonly CompiledGrid[]): BindingMap | null {
  const placed = new Map<string, Placed[]>();
  const votes = new Map<string, number>();
  for (const control of controls) {
    const tag = parseGrilleTag(control.tag);
    if (!tag || !control.location) continue;
    const at = layout.addressOf(control.location);
    const cell = at ? parseA1(at.address) : null;
    if (!at || !cell) continue;
    placed.set(at.sheet, [...(placed.get(at.sheet) ?? []), { tag, row: cell.row, col: cell.col, address: at.address }]);
    votes.set(tag.gridId, (votes.get(tag.gridId) ?? 0) + 1);
  }
  const gridId = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const compiled = grids.find((g) => g.grid.id === gridId);
  if (!compiled) return null;
  const bindings = layout.sheets.flatMap((sheet) => {
    const cells = (placed.get(sheet.name) ?? []).filter((p) => p.tag.gridId === compiled.grid.id);
    return cells.length > 0 ? [sheetBinding(sheet, compiled, cells)] : [];
  });
  return bindings.length > 0 ? bindingMapOf(compiled.grid.id, bindings) : null;
}
