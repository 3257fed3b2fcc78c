import type { Field, GridFile, MarkingScheme, Rounding, Rule } from "../../core/model/grid";
import type { Level } from "../../core/model/scale";
import type { ReferentialNode } from "../../core/model/referential";
import { cellText, isEmptyCell, parseRangeA1, type CellRange } from "../../recognition/snapshot/cells";
import { cellAt, type WorkbookSnapshot } from "../../recognition/snapshot/workbook";

/**
 * The grid editor's edits, pure: each takes the grid file being edited and returns a new one, so the form
 * holds one value and undo is free. The editor shows items with their referential node (code, label)
 * and their weight in the marking, which live apart in the file: these functions keep them together.
 */

export type Draft = GridFile;

/** An item as the form shows it. */
export interface ItemRow {
  id: string;
  code: string;
  label: string;
  group: string | null;
  weight: number;
}

function mapNodes(nodes: readonly ReferentialNode[], id: string, change: (node: ReferentialNode) => ReferentialNode): ReferentialNode[] {
  return nodes.map((node) => (node.id === id ? change(node) : node.children ? { ...node, children: mapNodes(node.children, id, change) } : node));
}

function findNode(nodes: readonly ReferentialNode[], id: string): ReferentialNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const inside = node.children && findNode(node.children, id);
    if (inside) return inside;
  }
  return undefined;
}

function withoutNode(nodes: readonly ReferentialNode[], id: string): ReferentialNode[] {
  return nodes.filter((n) => n.id !== id).map((n) => (n.children ? { ...n, children: withoutNode(n.children, id) } : n));
}

const weightsOf = (marking: MarkingScheme | undefined): Record<string, number> | null => (marking?.kind === "weighted-mean" ? marking.weights : null);

export function itemRows(draft: Draft): ItemRow[] {
  const weights = weightsOf(draft.grid.marking);
  return draft.grid.items.map((item) => {
    const node = findNode(draft.referential.nodes, item.node);
    return { id: item.id, code: node?.code ?? "", label: node?.label ?? item.id, group: item.group ?? null, weight: weights?.[item.id] ?? 1 };
  });
}

/** Changes an item's code, label, section or weight. An empty code is no code; an empty label keeps the previous one (the schema needs one). */
export function updateItem(draft: Draft, id: string, change: Partial<Omit<ItemRow, "id">>): Draft {
  const item = draft.grid.items.find((i) => i.id === id);
  if (!item) return draft;
  let next = draft;
  if (change.code !== undefined || change.label !== undefined) {
    const nodes = mapNodes(draft.referential.nodes, item.node, (node) => {
      const updated: ReferentialNode = { ...node };
      if (change.code !== undefined) {
        if (change.code.trim() === "") delete updated.code;
        else updated.code = change.code.trim();
      }
      if (change.label !== undefined && change.label.trim() !== "") updated.label = change.label;
      return updated;
    });
    next = { ...next, referential: { ...next.referential, nodes } };
  }
  if (change.group !== undefined) {
    const items = next.grid.items.map((i) => {
      if (i.id !== id) return i;
      const { group: _old, ...rest } = i;
      return change.group === null ? rest : { ...rest, group: change.group };
    });
    next = { ...next, grid: { ...next.grid, items } };
  }
  if (change.weight !== undefined && next.grid.marking?.kind === "weighted-mean" && change.weight > 0) {
    const weights = { ...next.grid.marking.weights, [id]: change.weight };
    if (change.weight === 1) delete weights[id];
    next = { ...next, grid: { ...next.grid, marking: { ...next.grid.marking, weights } } };
  }
  return next;
}

const freeId = (taken: ReadonlySet<string>, base: string): string => {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
};

function nodeIds(nodes: readonly ReferentialNode[], out = new Set<string>()): Set<string> {
  for (const n of nodes) {
    out.add(n.id);
    if (n.children) nodeIds(n.children, out);
  }
  return out;
}

/** A new item at the end (a criterion at the top of the referential), with this code and label. */
export function addItem(draft: Draft, code: string, label: string): Draft {
  const taken = new Set([...nodeIds(draft.referential.nodes), ...draft.grid.items.map((i) => i.id)]);
  const id = freeId(taken, code.trim() || "item");
  const node: ReferentialNode = { id, kind: "criterion", label: label.trim() || code.trim() || id, ...(code.trim() ? { code: code.trim() } : {}) };
  const last = draft.grid.items.at(-1);
  return {
    ...draft,
    referential: { ...draft.referential, nodes: [...draft.referential.nodes, node] },
    grid: { ...draft.grid, items: [...draft.grid.items, { id, node: id, ...(last?.group ? { group: last.group } : {}) }] },
  };
}

/** Removes an item (and its node, when nothing else uses it); the last item stays (a grid rates something). */
export function removeItem(draft: Draft, id: string): Draft {
  const item = draft.grid.items.find((i) => i.id === id);
  if (!item || draft.grid.items.length <= 1) return draft;
  const items = draft.grid.items.filter((i) => i.id !== id);
  const marking = draft.grid.marking?.kind === "weighted-mean" ? { ...draft.grid.marking, weights: Object.fromEntries(Object.entries(draft.grid.marking.weights).filter(([k]) => k !== id)) } : draft.grid.marking;
  const node = findNode(draft.referential.nodes, item.node);
  const nodes = node && !node.children?.length && !items.some((i) => i.node === item.node) ? withoutNode(draft.referential.nodes, item.node) : draft.referential.nodes;
  return { ...draft, referential: { ...draft.referential, nodes: nodes.length > 0 ? nodes : draft.referential.nodes }, grid: { ...draft.grid, items, ...(marking && { marking }) } };
}

export const levelsOfDraft = (draft: Draft): readonly Level[] => (draft.grid.scale.kind === "percent" ? [] : draft.grid.scale.levels);

function withLevels(draft: Draft, levels: Level[]): Draft {
  const scale = draft.grid.scale;
  if (scale.kind === "percent") return draft;
  return { ...draft, grid: { ...draft.grid, scale: { ...scale, levels } } };
}

/**
 * Changes a level. Points are all given or none (the schema says so): a level given points gives the
 * others their default (rank / number of levels) so that the marks do not jump.
 */
export function updateLevel(draft: Draft, index: number, change: { code?: string; label?: string; points?: number | null }): Draft {
  const levels = levelsOfDraft(draft);
  const level = levels[index];
  if (!level) return draft;
  const next = levels.map((l) => ({ ...l }));
  const target = next[index]!;
  if (change.code !== undefined && change.code.trim() !== "") target.code = change.code.trim();
  if (change.label !== undefined && change.label.trim() !== "") target.label = change.label;
  if (change.points !== undefined) {
    if (change.points === null) next.forEach((l) => delete l.points);
    else {
      next.forEach((l, i) => (l.points ??= (i + 1) / next.length));
      target.points = Math.max(0, change.points);
    }
  }
  return withLevels(draft, next);
}

export function addLevel(draft: Draft): Draft {
  const levels = levelsOfDraft(draft);
  const codes = new Set(levels.map((l) => l.code));
  const code = freeId(codes, String(levels.length + 1));
  const points = levels.every((l) => l.points !== undefined) && levels.length > 0 ? { points: Math.max(...levels.map((l) => l.points!)) + 1 } : {};
  return withLevels(draft, [...levels, { code, label: code, aliases: [], ...points }]);
}

/** Removes a level; a scale keeps two at least. */
export function removeLevel(draft: Draft, index: number): Draft {
  const levels = levelsOfDraft(draft);
  if (levels.length <= 2) return draft;
  return withLevels(draft, levels.filter((_, i) => i !== index));
}

/** The marking's maximum and rounding, where its kind has them. */
export function markingMax(draft: Draft): number | null {
  const max = (draft.grid.marking as { max?: unknown } | undefined)?.max;
  return typeof max === "number" ? max : null;
}

export function markingRounding(draft: Draft): Rounding | null {
  const rounding = (draft.grid.marking as { rounding?: unknown } | undefined)?.rounding;
  return typeof rounding === "string" ? (rounding as Rounding) : null;
}

export function updateMarking(draft: Draft, change: { max?: number; rounding?: Rounding }): Draft {
  const marking = draft.grid.marking;
  if (!marking) return draft;
  const next = { ...marking } as Record<string, unknown>;
  if (change.max !== undefined && change.max > 0 && "max" in marking) next["max"] = change.max;
  if (change.rounding !== undefined && "rounding" in marking) next["rounding"] = change.rounding;
  return { ...draft, grid: { ...draft.grid, marking: next as MarkingScheme } };
}

/** A section's (marking group's) weight. */
export function updateGroupWeight(draft: Draft, id: string, weight: number): Draft {
  const marking = draft.grid.marking;
  if (marking?.kind !== "weighted-mean" || weight <= 0) return draft;
  return { ...draft, grid: { ...draft.grid, marking: { ...marking, groups: marking.groups.map((g) => (g.id === id ? { ...g, weight } : g)) } } };
}

/**
 * Sections (the weighted mean's groups): any weighted-mean grid can have some. Once a grid has sections,
 * every item belongs to one (the schema says so): the first section takes every item; a later one starts
 * empty, for the teacher to put items in; a removed section's items go to the first one left (or to none).
 */
export function addGroup(draft: Draft, label: string): Draft {
  const marking = draft.grid.marking;
  if (marking?.kind !== "weighted-mean") return draft;
  const id = freeId(new Set(marking.groups.map((g) => g.id)), `section-${marking.groups.length + 1}`);
  const groups = [...marking.groups, { id, label: label.trim() || id, weight: 1 }];
  const items = marking.groups.length === 0 ? draft.grid.items.map((i) => ({ ...i, group: id })) : draft.grid.items;
  return { ...draft, grid: { ...draft.grid, items, marking: { ...marking, groups } } };
}

/** Renames a section (an empty label keeps the previous one) or changes its weight. */
export function updateGroup(draft: Draft, id: string, change: { label?: string; weight?: number }): Draft {
  const marking = draft.grid.marking;
  if (marking?.kind !== "weighted-mean") return draft;
  const groups = marking.groups.map((g) =>
    g.id !== id ? g : { ...g, ...(change.label !== undefined && change.label.trim() !== "" ? { label: change.label } : {}), ...(change.weight !== undefined && change.weight > 0 ? { weight: change.weight } : {}) },
  );
  return { ...draft, grid: { ...draft.grid, marking: { ...marking, groups } } };
}

export function removeGroup(draft: Draft, id: string): Draft {
  const marking = draft.grid.marking;
  if (marking?.kind !== "weighted-mean") return draft;
  const groups = marking.groups.filter((g) => g.id !== id);
  const heir = groups[0]?.id;
  const items = draft.grid.items.map((i) => {
    if (i.group !== id) return i;
    const { group: _old, ...rest } = i;
    return heir ? { ...rest, group: heir } : rest;
  });
  return { ...draft, grid: { ...draft.grid, items, marking: { ...marking, groups } } };
}

export function updateField(draft: Draft, id: string, change: Partial<Pick<Field, "label" | "required">>): Draft {
  const fields = draft.grid.fields.map((f) => (f.id === id ? { ...f, ...(change.label !== undefined && change.label.trim() !== "" ? { label: change.label } : {}), ...(change.required !== undefined ? { required: change.required } : {}) } : f));
  return { ...draft, grid: { ...draft.grid, fields } };
}

export function removeField(draft: Draft, id: string): Draft {
  return { ...draft, grid: { ...draft.grid, fields: draft.grid.fields.filter((f) => f.id !== id) } };
}

export function updatePanel(draft: Draft, change: { label?: string; required?: boolean } | null): Draft {
  if (change === null) {
    const { panel: _removed, ...grid } = draft.grid;
    return { ...draft, grid: grid as Draft["grid"] };
  }
  const panel = draft.grid.panel ?? { label: "Commission d'évaluation", aliases: [], required: true, roleRequired: false, composition: [] };
  return {
    ...draft,
    grid: { ...draft.grid, panel: { ...panel, ...(change.label !== undefined && change.label.trim() !== "" ? { label: change.label } : {}), ...(change.required !== undefined ? { required: change.required } : {}) } },
  };
}

/** Changes a rule's label, effect or how the teacher records it (one text, its alias); null removes it. */
export function updateRule(draft: Draft, id: string, change: (Partial<Pick<Rule, "label" | "effect">> & { alias?: string }) | null): Draft {
  const rules =
    change === null
      ? draft.grid.rules.filter((r) => r.id !== id)
      : draft.grid.rules.map((r) => {
          if (r.id !== id) return r;
          const { alias, ...rest } = change;
          return { ...r, ...rest, label: rest.label?.trim() ? rest.label : r.label, ...(alias !== undefined ? { aliases: alias.trim() ? [alias] : [] } : {}) };
        });
  return { ...draft, grid: { ...draft.grid, rules } };
}

/** A new rule: its text, how the teacher records it in the document, its effect; its flag is its id. */
export function addRule(draft: Draft, label: string, alias = "", effect: Rule["effect"] = "zero"): Draft {
  const id = freeId(new Set(draft.grid.rules.map((r) => r.id)), `regle-${draft.grid.rules.length + 1}`);
  const rule: Rule = { id, label: label.trim() || id, flag: id, aliases: alias.trim() ? [alias.trim()] : [], effect };
  return { ...draft, grid: { ...draft.grid, rules: [...draft.grid.rules, rule] } };
}

export function updateTitle(draft: Draft, title: string): Draft {
  if (title.trim() === "") return draft;
  return { ...draft, grid: { ...draft.grid, title }, referential: { ...draft.referential, title } };
}

// ———————————————————————————————————————— « Utiliser la sélection » ——

/** The selected range: `'Léa Martin'!B7:E7` → the sheet and the range; null when not a reference. */
export function parseSelection(selection: string): { sheet: string; range: CellRange } | null {
  const bang = selection.lastIndexOf("!");
  if (bang <= 0) return null;
  const raw = selection.slice(0, bang);
  const sheet = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  const range = parseRangeA1(selection.slice(bang + 1).replace(/\$/g, ""));
  return range ? { sheet, range } : null;
}

/** The texts of the selected cells, row by row, empty cells left out. */
export function selectedTexts(snapshot: WorkbookSnapshot, selection: string): string[][] | null {
  const parsed = parseSelection(selection);
  const sheet = parsed && snapshot.sheets.find((s) => s.name === parsed.sheet);
  if (!parsed || !sheet) return null;
  const rows: string[][] = [];
  for (let r = parsed.range.top; r <= parsed.range.bottom && r < sheet.cells.length; r++) {
    const row: string[] = [];
    for (let c = parsed.range.left; c <= parsed.range.right; c++) {
      const value = cellAt(sheet, r, c);
      if (!isEmptyCell(value)) row.push(cellText(value).trim());
    }
    rows.push(row);
  }
  return rows;
}

/** « C1.1 Contrôler la livraison » → code and label; a text without a leading code is all label. */
export function splitCode(textValue: string): { code: string; label: string } {
  const match = /^([A-Za-z]{0,3}\d+(?:[.\-/]\d+)*[a-z]?)\s*[-–:)]?\s+(.+)$/s.exec(textValue.trim());
  return match ? { code: match[1]!, label: match[2]!.trim() } : { code: "", label: textValue.trim() };
}

/** A label cell's text without its colon: « Appréciation globale : » → « Appréciation globale ». */
export const labelOf = (textValue: string): string => textValue.replace(/\s*:\s*$/, "").trim();

/** The levels read from a selected header row: one per non-empty cell, in order; points kept by position when there were some. */
export function levelsFromSelection(draft: Draft, texts: readonly string[]): Draft {
  const previous = levelsOfDraft(draft);
  const seen = new Set<string>();
  const codes = texts.filter((t) => t !== "" && !seen.has(t) && seen.add(t));
  if (codes.length < 2 || draft.grid.scale.kind === "percent") return draft;
  const withPoints = previous.every((l) => l.points !== undefined);
  const levels: Level[] = codes.map((code, i) => ({
    code,
    label: previous.find((l) => l.code === code)?.label ?? code,
    aliases: [],
    ...(withPoints ? { points: previous[i]?.points ?? i } : {}),
  }));
  return withLevels(draft, levels);
}
