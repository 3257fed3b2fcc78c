import type { CompiledGrid } from "../../core/model/compile";
import type { Evaluation, FieldValue, ItemRating, PanelMember, RatingValue } from "../../core/model/evaluation";
import { parseLooseNumber } from "../../core/text/numbers";
import { a1, cellText, isCellError, parseA1, parseRangeA1, qualified, type CellValue } from "../snapshot/cells";
import type { SheetBinding } from "./binding";
import { isPlaceholder } from "./fields";
import { isTick, levelVocabulary, readLevelColumnCell, readLevelValueCell } from "./levels";
import type { SheetIndex } from "./sheet-index";

function valueAt(index: SheetIndex, address: string): CellValue {
  const at = parseA1(address);
  return at ? index.value(at.row, at.col) : null;
}

/** Reads one item's level cells: every tick in its area, one value per level column. */
function readLevels(index: SheetIndex, compiled: CompiledGrid, binding: SheetBinding, levels: Record<string, string>, area: string, vocabulary: ReadonlyMap<string, string>): ItemRating {
  const range = parseRangeA1(area)!;
  const columns = Object.entries(binding.header?.columns ?? {}).filter(([code]) => levels[code] !== undefined);
  const values: RatingValue[] = [];
  const seen = new Set<string>();
  for (let row = range.top; row <= range.bottom; row++) {
    for (const [code, col] of columns) {
      const merge = index.merge(row, col);
      if (merge && (merge.top !== row || merge.left !== col)) continue; // a merged area counts once
      const value = readLevelColumnCell(index.value(row, col), code, vocabulary, qualified(binding.sheet, a1(row, col)));
      if (!value) continue;
      const key = value.kind === "level" ? `level:${value.code}` : `${row}:${col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      values.push(value);
    }
  }
  return { values, at: qualified(binding.sheet, Object.values(levels)[0] ?? area) };
}

function fieldValue(index: SheetIndex, binding: SheetBinding, id: string): FieldValue {
  const field = binding.fields[id]!;
  const at = qualified(binding.sheet, field.value);
  const raw = valueAt(index, field.value);
  if (field.inline) {
    const text = cellText(raw);
    const after = text.slice(text.indexOf(":") + 1).replace(/\/\s*20\s*$/, "").trim();
    return { value: after === "" || isPlaceholder(after) ? null : after, at };
  }
  if (raw === null || isCellError(raw)) return { value: null, at };
  if (typeof raw === "number") return { value: raw, at };
  const text = cellText(raw).trim();
  return { value: text === "" || isPlaceholder(text) ? null : text, at };
}

/** Splits « Mme Durand, professeure » / « Mme Durand (professeure) » when the layout has no role column. */
function splitMember(text: string): { name: string; role: string | null } {
  const match = /^(.+?)\s*(?:[,–—-]\s+|\()\s*(.+?)\)?\s*$/.exec(text);
  return match ? { name: match[1]!, role: match[2]! } : { name: text, role: null };
}

/** « Mme X (économie-gestion), M. Y (professionnel) » or « Mme X, professeure ; M. Y, tuteur »: one member per part. */
export function splitMembers(text: string): { name: string; role: string | null }[] {
  const parts = text.includes(";") || text.includes("\n") ? text.split(/[;\n]/) : text.split(/,(?![^(]*\))|\s+et\s+(?=(?:mme|m\.|mr|mlle|monsieur|madame)\b)/i);
  return parts.map((part) => part.trim()).filter((part) => part !== "" && !isPlaceholder(part)).map(splitMember);
}

/** The text right of a member's name when the layout has no role column: « Mme Durand | Professeure ». */
function roleRightOf(index: SheetIndex, address: string): string | null {
  const at = parseA1(address);
  if (!at) return null;
  const value = index.value(at.row, index.rightEdge(at.row, at.col) + 1);
  const text = typeof value === "string" ? value.trim() : "";
  return text === "" || isPlaceholder(text) || text.endsWith(":") ? null : text;
}

function readPanel(index: SheetIndex, binding: SheetBinding): Evaluation["panel"] {
  const panel = binding.panel;
  if (!panel) return undefined;
  if (panel.inline) {
    const at = qualified(binding.sheet, panel.inline);
    const raw = cellText(valueAt(index, panel.inline));
    const text = panel.inline === panel.label ? raw.slice(raw.indexOf(":") + 1) : raw;
    return { members: splitMembers(text).map((m) => ({ ...m, at })), roles: true, at };
  }
  const members: PanelMember[] = panel.members.map((member) => {
    const name = cellText(valueAt(index, member.name)).trim();
    const at = qualified(binding.sheet, member.name);
    if (member.role !== null) {
      const role = cellText(valueAt(index, member.role)).trim();
      return { name: name || null, role: role || null, at };
    }
    if (!name) return { name: null, role: null, at };
    const split = splitMember(name);
    return { name: split.name, role: split.role ?? roleRightOf(index, member.name), at };
  });
  const roles = panel.members.some((m) => m.role !== null) || members.some((m) => m.role !== null);
  const firstMember = panel.members[0]?.name;
  return { members, roles, at: qualified(binding.sheet, firstMember ?? panel.label) };
}

/** The evaluation a bound sheet holds, every value pointing back at its cell. */
export function readEvaluation(index: SheetIndex, compiled: CompiledGrid, binding: SheetBinding, copy: "sheet" | "document" = "sheet"): Evaluation {
  const vocabulary = levelVocabulary(compiled);
  const ratings: Record<string, ItemRating> = {};
  for (const item of compiled.grid.items) {
    const bound = binding.items[item.id];
    if (!bound) continue;
    if (bound.levels && bound.area) {
      ratings[item.id] = readLevels(index, compiled, binding, bound.levels, bound.area, vocabulary);
    } else if (bound.value) {
      const at = qualified(binding.sheet, bound.value);
      const percentFormat = (index.format(bound.value) ?? "").includes("%");
      const value = readLevelValueCell(compiled, vocabulary, valueAt(index, bound.value), at, percentFormat);
      ratings[item.id] = { values: value ? [value] : [], at };
    }
  }
  const fields: Record<string, FieldValue> = {};
  for (const id of Object.keys(binding.fields)) fields[id] = fieldValue(index, binding, id);
  const markField = compiled.markField;
  if (markField && fields[markField.id] && typeof fields[markField.id]!.value === "string") {
    const number = parseLooseNumber(String(fields[markField.id]!.value));
    if (number !== null) fields[markField.id] = { ...fields[markField.id]!, value: number };
  }
  const flags: Record<string, boolean> = {};
  for (const [flag, address] of Object.entries(binding.flags)) {
    const cell = valueAt(index, address);
    const text = cellText(cell);
    flags[flag] = isTick(cell) || /:\s*(x|oui|✓|✔)\s*$/i.test(text);
  }
  const evaluation: Evaluation = { gridId: compiled.grid.id, copy, ratings, fields, flags };
  const panel = readPanel(index, binding);
  if (panel) evaluation.panel = panel;
  return evaluation;
}

