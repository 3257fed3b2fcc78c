import type { CompiledGrid } from "../../core/model/compile";
import { levelsOf } from "../../core/model/scale";
import { a1, parseA1, type CellValue } from "../snapshot/cells";
import { cellAt, type SheetSnapshot } from "../snapshot/workbook";
import { normalizeText } from "../text/normalize";
import type { SheetBinding } from "./binding";

/** What the teacher asked to bind again: a rated item or a field of the grid. */
export interface RebindTarget {
  kind: "item" | "field";
  id: string;
}

/**
 * Why a cell cannot hold what the teacher asked to put there: it holds a formula (Grille never writes
 * over one), a printed maximum (« / 20 »), a label of the grid (a heading, a caption « Nom : »), or the
 * level header (« N F M E »). `cell` is the A1 address that refuses, `text` what it shows.
 */
export interface TargetRefusal {
  reason: "formula" | "maximum" | "label" | "scale-header";
  cell: string;
  text: string;
}

/** « / 20 », « /20 pts », « sur 20 »: the printed maximum beside a mark. */
const MAXIMUM = /^\s*(?:\/|sur\s)\s*\d+(?:[.,]\d+)?\s*(?:pts?|points?)?\s*$/i;

/** The longest text a refusal quotes. */
const SHOWN = 60;

/** A caption waiting for its value: « Nom et prénom : ». */
const CAPTION = /:\s*$/;

/** What a cell shows, on one line; a long heading is cut after a whole word, with « … ». */
function shown(value: CellValue): string {
  if (typeof value !== "string") return "";
  const line = value.trim().replace(/\s+/g, " ");
  if (line.length <= SHOWN) return line;
  const cut = line.lastIndexOf(" ", SHOWN);
  return `${line.slice(0, cut > 0 ? cut : SHOWN)}…`;
}

/** Every heading or caption the grid prints (normalised): titles, anchors, referential nodes, fields, panel, rules, groups. */
function gridTexts(compiled: CompiledGrid): Set<string> {
  const { grid } = compiled;
  const texts: string[] = [grid.title, ...grid.anchors];
  if (grid.epreuve) texts.push(grid.epreuve.title, `${grid.epreuve.code} ${grid.epreuve.title}`);
  for (const node of compiled.nodes.values()) texts.push(node.label, ...(node.code ? [`${node.code} ${node.label}`] : []));
  for (const field of grid.fields) texts.push(field.label, ...field.aliases);
  if (grid.panel) texts.push(grid.panel.label, ...grid.panel.aliases, ...(grid.panel.roleLabel ? [grid.panel.roleLabel] : []));
  for (const rule of grid.rules) texts.push(rule.label, ...rule.aliases);
  const groups = grid.marking && "groups" in grid.marking ? grid.marking.groups : [];
  for (const group of groups) texts.push(group.label);
  return new Set(texts.map(normalizeText).filter((t) => t !== ""));
}

/** The label cells recognition found on the sheet: items', fields' (a value after a colon included) and the panel's. */
function labelCells(binding: SheetBinding): Set<string> {
  const cells = [...Object.values(binding.items).map((i) => i.label), ...Object.values(binding.fields).map((f) => f.label), ...(binding.panel ? [binding.panel.label] : [])];
  return new Set(cells);
}

/** The cells that will hold the target's value once bound as `after` says. */
function valueCells(after: SheetBinding, target: RebindTarget): { cells: string[]; levels: Record<string, string> | null } {
  const table = after.table;
  if (table) {
    const col = target.kind === "item" ? table.itemColumns[target.id] : table.fieldColumns[target.id];
    if (col === undefined) return { cells: [], levels: null };
    const cells: string[] = [];
    for (let row = table.firstRow; row <= table.lastRow; row++) cells.push(a1(row, col));
    return { cells, levels: null };
  }
  if (target.kind === "field") {
    const field = after.fields[target.id];
    return { cells: field ? [field.value] : [], levels: null };
  }
  const item = after.items[target.id];
  if (item?.levels) return { cells: Object.values(item.levels), levels: item.levels };
  return { cells: item?.value ? [item.value] : [], levels: null };
}

/**
 * Whether the cells the teacher chose can hold the target: null when they can, else the first reason
 * they cannot. `before` is the sheet's binding as it was (its label cells are known labels), `after` the
 * binding with the correction. A row per candidate is checked on its data rows only (the teacher picks
 * the column by its header); a formula in a mark field is the teacher's own computed mark, read and
 * never written, so it may be bound.
 */
export function refusedTarget(sheet: SheetSnapshot, compiled: CompiledGrid, before: SheetBinding, after: SheetBinding, target: RebindTarget): TargetRefusal | null {
  const { cells, levels } = valueCells(after, target);
  const formulas = new Set(sheet.formulaCells ?? []);
  const markField = target.kind === "field" && compiled.grid.fields.find((f) => f.id === target.id)?.kind === "mark";
  const texts = after.table ? new Set<string>() : gridTexts(compiled);
  const labels = after.table ? new Set<string>() : labelCells(before);
  const scaleWords = (code: string) => new Set([normalizeText(code), ...levelsOf(compiled.grid.scale).filter((l) => l.code === code).map((l) => normalizeText(l.label))]);

  for (const cell of cells) {
    const at = parseA1(cell);
    if (!at) continue;
    const value = cellAt(sheet, at.row, at.col);
    if (formulas.has(cell) && !markField) return { reason: "formula", cell, text: shown(value) };
    if (typeof value === "string" && MAXIMUM.test(value)) return { reason: "maximum", cell, text: shown(value) };
    if (after.table) continue;
    if (levels) {
      const code = Object.entries(levels).find(([, c]) => c === cell)?.[0];
      if (typeof value === "string" && code !== undefined && scaleWords(code).has(normalizeText(value))) return { reason: "scale-header", cell, text: shown(value) };
      const heading = spanningHeading(sheet, at.row, at.col, Object.values(levels));
      if (heading) return heading;
    }
    if (typeof value !== "string" || value.trim() === "") continue;
    if (labels.has(cell) || texts.has(normalizeText(value)) || CAPTION.test(value)) return { reason: "label", cell, text: shown(value) };
  }
  return null;
}

/** A level cell covered by a merged heading that spans beyond the level columns (a section title across the grid). */
function spanningHeading(sheet: SheetSnapshot, row: number, col: number, levelCells: string[]): TargetRefusal | null {
  const cols = levelCells.map((c) => parseA1(c)?.col ?? col);
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const merge = sheet.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  if (!merge || (merge.left >= left && merge.right <= right)) return null;
  const value = cellAt(sheet, merge.top, merge.left);
  if (typeof value !== "string" || value.trim() === "") return null;
  return { reason: "label", cell: a1(merge.top, merge.left), text: shown(value) };
}
