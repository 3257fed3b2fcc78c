import type { Field, Panel, Rule } from "../../core/model/grid";
import { a1, cellText } from "../snapshot/cells";
import { normalizeText, significantWords } from "../text/normalize";
import { labelSimilarity } from "../text/similarity";
import type { FieldBinding, PanelBinding } from "./binding";
import type { IndexedCell, SheetIndex } from "./sheet-index";

export const FIELD_THRESHOLD = 0.75;

/** The label part of a cell: the text before its first colon (the value may follow it). */
function labelPart(cell: IndexedCell): { label: string; after: string } {
  const raw = cellText(cell.value);
  const colon = raw.indexOf(":");
  if (colon < 0) return { label: cell.text, after: "" };
  return { label: normalizeText(raw.slice(0, colon)), after: raw.slice(colon + 1) };
}

/** How well a cell is the label of one of these phrases (a field's label and aliases). */
export function labelScore(cell: IndexedCell, phrases: readonly string[]): number {
  const { label } = labelPart(cell);
  if (label === "") return 0;
  const words = significantWords(label);
  let best = 0;
  for (const phrase of phrases) {
    const target = normalizeText(phrase);
    if (label === target) return 1;
    const targetWords = significantWords(target);
    if (targetWords.length <= 2 || words.length <= 1) continue;
    // A label cell says about as much as the label: no merged-details allowance here.
    const common = labelSimilarity(words, targetWords);
    const lengthRatio = Math.min(words.length, targetWords.length) / Math.max(words.length, targetWords.length);
    best = Math.max(best, common * (0.7 + 0.3 * lengthRatio));
  }
  return best;
}

/** « / 20 », « / 100 »…: the maximum printed after a mark, whatever the grid's maximum is. */
export const OUT_OF = /\/\s*\d+(?:[.,]\d+)?\s*$/;

/** Text that stands where a value is not yet written: dots, underscores, « / 20 », « / 100 ». */
const PLACEHOLDER = /^[\s.…_\-–]*(\/\s*\d+(?:[.,]\d+)?)?[\s.…_\-–]*$/;

export const isPlaceholder = (text: string): boolean => PLACEHOLDER.test(text);

export interface LabelCells {
  /** Cells already known as labels (items, fields, panel): never taken as a value. */
  isLabel(cell: IndexedCell): boolean;
}

/**
 * Where a field's value is: after the colon in the label cell; else the next non-empty cell to the
 * right; else the cell below; when all are empty, the first cell where the value belongs (below for an
 * appraisal, to the right otherwise).
 */
export function locateValue(index: SheetIndex, cell: IndexedCell, kind: Field["kind"] | "flag", labels: LabelCells): FieldBinding & { text: string | null } {
  const { after } = labelPart(cell);
  const label = a1(cell.row, cell.col);
  const inlineText = after.replace(OUT_OF, "").trim();
  if (after !== "" && !isPlaceholder(after) && inlineText !== "") {
    return { label, value: label, inline: true, confidence: 0.9, text: inlineText };
  }
  const right = index.rightEdge(cell.row, cell.col) + 1;
  const below = index.bottomEdge(cell.row, cell.col) + 1;
  const rightCells: IndexedCell[] = [];
  for (let col = right; col < Math.min(index.columns, right + 12); col++) {
    const other = index.at(cell.row, col);
    if (!other) continue;
    if (labels.isLabel(other)) break;
    if (!isPlaceholder(cellText(other.value))) rightCells.push(other);
    if (rightCells.length > 0) break;
  }
  const belowCell = index.at(below, cell.col);
  const belowValue = belowCell && !labels.isLabel(belowCell) && !isPlaceholder(cellText(belowCell.value)) ? belowCell : undefined;
  const order = kind === "appraisal" ? [belowValue, rightCells[0]] : [rightCells[0], belowValue];
  const found = order.find((c) => c !== undefined);
  if (found) return { label, value: a1(found.row, found.col), inline: false, confidence: 0.85, text: cellText(found.value).trim() };
  const empty = kind === "appraisal" ? a1(below, cell.col) : a1(cell.row, right);
  return { label, value: empty, inline: false, confidence: 0.7, text: null };
}

export interface FieldMatch {
  field: Field;
  cell: IndexedCell;
  score: number;
}

/** The best label cell per field, one cell per field, the strongest first. */
export function matchFields(index: SheetIndex, fields: readonly Field[], taken: ReadonlySet<IndexedCell>): Map<string, FieldMatch> {
  const candidates: (FieldMatch & { official: boolean })[] = [];
  for (const field of fields) {
    const phrases = [field.label, ...field.aliases];
    const official = normalizeText(field.label);
    const words = [...new Set(phrases.flatMap((p) => significantWords(normalizeText(p))))];
    const pool = index.sharingWords(words.length > 0 ? words : phrases.map(normalizeText));
    for (const cell of pool) {
      if (taken.has(cell) || cell.text.length > 200) continue;
      const score = labelScore(cell, phrases);
      if (score >= FIELD_THRESHOLD) candidates.push({ field, cell, score, official: labelPart(cell).label === official });
    }
  }
  // On a tie the official label wins over an alias: E33 prints « Commentaires objectifs : » (an alias
  // teachers use for the appraisal) above « Appréciation globale : », where the appraisal is written.
  candidates.sort((a, b) => b.score - a.score || Number(b.official) - Number(a.official) || a.cell.row - b.cell.row || a.cell.col - b.cell.col);
  const matched = new Map<string, FieldMatch>();
  const used = new Set<IndexedCell>();
  for (const candidate of candidates) {
    if (matched.has(candidate.field.id) || used.has(candidate.cell)) continue;
    matched.set(candidate.field.id, candidate);
    used.add(candidate.cell);
  }
  return matched;
}

const ROLE_WORDS = ["qualite", "fonction", "role", "statut"];

/**
 * The panel: its label cell, the role column (a « Qualité » / « Fonction » header in the same row),
 * and the member rows below it, up to an empty pair of rows or another label.
 */
export function matchPanel(index: SheetIndex, panel: Panel, taken: ReadonlySet<IndexedCell>, labels: LabelCells): PanelBinding | null {
  const phrases = [panel.label, ...panel.aliases];
  let best: { cell: IndexedCell; score: number } | null = null;
  for (const cell of index.sharingWords(phrases.flatMap((p) => significantWords(normalizeText(p))))) {
    if (taken.has(cell)) continue;
    const score = labelScore(cell, phrases);
    if (score >= FIELD_THRESHOLD && (!best || score > best.score)) best = { cell, score };
  }
  if (!best) return null;
  const { cell } = best;
  const inline = inlineMembers(index, cell, labels);
  if (inline) return { label: a1(cell.row, cell.col), inline, members: [] };
  const roleWords = [...ROLE_WORDS, ...(panel.roleLabel ? [normalizeText(panel.roleLabel)] : [])];
  let roleCol: number | null = null;
  for (let col = index.rightEdge(cell.row, cell.col) + 1; col < index.columns; col++) {
    const other = index.at(cell.row, col);
    if (other && roleWords.includes(other.text)) {
      roleCol = col;
      break;
    }
  }
  const members: PanelBinding["members"] = [];
  let blanks = 0;
  for (let row = index.bottomEdge(cell.row, cell.col) + 1; row < index.rows && members.length < 8; row++) {
    const name = index.at(row, cell.col);
    const role = roleCol === null ? undefined : index.at(row, roleCol);
    if ((name && labels.isLabel(name)) || (role && labels.isLabel(role))) break;
    if (!name && !role) {
      blanks++;
      if (blanks >= 2 || row >= index.rows - 1) break;
    } else blanks = 0;
    members.push({ name: a1(row, cell.col), role: roleCol === null ? null : a1(row, roleCol) });
  }
  // A blank copy has no member yet: the rows below the label are where they will go.
  for (let row = index.bottomEdge(cell.row, cell.col) + 1 + members.length; members.length < 3; row++) {
    members.push({ name: a1(row, cell.col), role: roleCol === null ? null : a1(row, roleCol) });
  }
  while (members.length > 0) {
    const last = members[members.length - 1]!;
    const lastRow = Number(/\d+$/.exec(last.name)![0]) - 1;
    const empty = !index.at(lastRow, cell.col) && (roleCol === null || !index.at(lastRow, roleCol));
    if (!empty || members.length <= 3) break;
    members.pop();
  }
  return { label: a1(cell.row, cell.col), members };
}

/**
 * The cell holding the members as free text on the label's row: the label cell itself when text follows
 * its colon, else the next non-empty cell to its right (« Mme X (économie-gestion), M. Y (professionnel) »).
 * A role header (« Qualité ») there means a table of members below, not free text.
 */
function inlineMembers(index: SheetIndex, cell: IndexedCell, labels: LabelCells): string | null {
  const { after } = labelPart(cell);
  if (after.trim() !== "" && !isPlaceholder(after)) return a1(cell.row, cell.col);
  for (let col = index.rightEdge(cell.row, cell.col) + 1; col < Math.min(index.columns, cell.col + 12); col++) {
    const other = index.at(cell.row, col);
    if (!other) continue;
    if (labels.isLabel(other) || ROLE_WORDS.includes(other.text) || isPlaceholder(cellText(other.value))) return null;
    return other.words.length >= 2 ? a1(cell.row, col) : null;
  }
  return null;
}

/** The cell recording a rule's condition (« Absence de présentation numérique : X »), if the sheet has one. */
export function matchFlag(index: SheetIndex, rule: Rule, taken: ReadonlySet<IndexedCell>, labels: LabelCells): string | null {
  if (rule.aliases.length === 0) return null;
  let best: { cell: IndexedCell; score: number } | null = null;
  for (const cell of index.sharingWords(rule.aliases.flatMap((p) => significantWords(normalizeText(p))))) {
    if (taken.has(cell) || cell.words.length > 8) continue;
    const score = labelScore(cell, rule.aliases);
    if (score >= 0.8 && (!best || score > best.score)) best = { cell, score };
  }
  if (!best) return null;
  return locateValue(index, best.cell, "flag", labels).value;
}
