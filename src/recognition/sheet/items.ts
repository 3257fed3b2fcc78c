import type { CompiledGrid } from "../../core/model/compile";
import type { RatedItem } from "../../core/model/grid";
import { internText, normalizeText, remember, significantWords } from "../text/normalize";
import { labelSimilarity } from "../text/similarity";
import type { LevelHeader } from "./header";
import type { IndexedCell, SheetIndex } from "./sheet-index";

export interface ItemCandidate {
  item: RatedItem;
  cell: IndexedCell;
  score: number;
}

/** Below this, a cell is not taken for an item. */
export const ITEM_THRESHOLD = 0.6;

/** The words of a label, and its normalised form, computed once per grid. */
export interface ItemKey {
  item: RatedItem;
  code: string | null;
  /** The code as normalised text ("D1-3/1" → "d1-3 / 1"), to compare with whole cells. */
  codeText: string | null;
  /** Stands for (code, label) in score caches. */
  textId: number;
  text: string;
  words: string[];
}

export function itemKeys(compiled: CompiledGrid): ItemKey[] {
  return compiled.grid.items.map((item) => {
    const node = compiled.itemNodes.get(item.id);
    const text = normalizeText(node?.label ?? item.id);
    const code = node?.code ?? null;
    return { item, code, codeText: code === null ? null : normalizeText(code), text, words: significantWords(text), textId: internText(`${code ?? ""}\u0000${text}`) };
  });
}

/** How well one cell names one item: its code at the start of the cell, or its label, fuzzily. */
export function scoreCell(key: ItemKey, cell: IndexedCell): number {
  // Scores depend only on the two texts: a class workbook repeats them on every sheet.
  let byCell = scores.get(key.textId);
  if (!byCell) remember(scores, key.textId, (byCell = new Map()));
  const cached = byCell.get(cell.textId);
  if (cached !== undefined) return cached;
  const score = scoreUncached(key, cell);
  remember(byCell, cell.textId, score);
  return score;
}

/** Label id → cell id → score. */
const scores = new Map<number, Map<number, number>>();

function scoreUncached(key: ItemKey, cell: IndexedCell): number {
  if (key.code && cell.code === key.code) {
    const rest = cell.text.slice(cell.text.indexOf(key.code) + key.code.length);
    const restWords = significantWords(rest);
    if (restWords.length === 0) return 0.9;
    const similarity = Math.max(labelSimilarity(restWords, key.words), labelSimilarity(significantWords(cell.head), key.words));
    return similarity >= 0.3 ? 0.9 + 0.1 * similarity : 0.65;
  }
  if (key.codeText && cell.text === key.codeText) return 0.9;
  if (key.words.length <= 2) {
    // Short labels (« GPA », « COMMUNIQUER ») match whole cells or whole first lines only.
    return cell.text === key.text || cell.head === key.text ? 0.85 : 0;
  }
  const whole = labelSimilarity(cell.words, key.words);
  const head = cell.head === cell.text ? whole : labelSimilarity(significantWords(cell.head), key.words);
  return 0.9 * Math.max(whole, head);
}

/** Every cell that may name the item, with its score before any layout consideration. */
export function rawItemCandidates(index: SheetIndex, key: ItemKey): ItemCandidate[] {
  const pool = new Set<IndexedCell>(key.code ? index.withCode(key.code) : []);
  if (key.codeText) for (const cell of index.withText(key.codeText)) pool.add(cell);
  for (const cell of index.sharingWords(key.words.length > 0 ? key.words : [key.text])) pool.add(cell);
  const candidates: ItemCandidate[] = [];
  for (const cell of pool) {
    const score = scoreCell(key, cell);
    if (score >= ITEM_THRESHOLD) candidates.push({ item: key.item, cell, score });
  }
  return candidates;
}

/** The candidates weighed against a level header: an item stands below it and left of its columns. */
export function itemCandidates(raw: readonly ItemCandidate[], header: LevelHeader | null): ItemCandidate[] {
  if (!header) return [...raw];
  const firstLevelColumn = Math.min(...Object.values(header.columns));
  return raw.map((candidate) => {
    let score = candidate.score;
    if (candidate.cell.row < header.row) score *= 0.6;
    if (candidate.cell.col >= firstLevelColumn) score *= 0.6;
    return score === candidate.score ? candidate : { ...candidate, score };
  });
}

/** Positions of the longest run of items whose rows do not go up, in the grid's order. */
function longestOrderedRun(rows: number[]): Set<number> {
  const n = rows.length;
  const length = new Array<number>(n).fill(1);
  const previous = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (rows[j]! <= rows[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++) if (length[i]! > length[end]!) end = i;
  const keep = new Set<number>();
  for (let i = n > 0 ? end : -1; i >= 0; i = previous[i]!) keep.add(i);
  return keep;
}

/**
 * The best cell per item, two items never sharing a cell (greedy on scores: the strongest pairs are
 * settled first), then items out of the grid's order (1.2 above 1.1) are dropped unless certain.
 */
export function placeItems(candidates: readonly ItemCandidate[], keys: readonly ItemKey[]): Map<string, ItemCandidate> {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.cell.row - b.cell.row || a.cell.col - b.cell.col);
  const placed = new Map<string, ItemCandidate>();
  const used = new Set<IndexedCell>();
  for (const candidate of sorted) {
    if (placed.has(candidate.item.id) || used.has(candidate.cell)) continue;
    placed.set(candidate.item.id, candidate);
    used.add(candidate.cell);
  }
  const ordered = keys.filter((k) => placed.has(k.item.id));
  const keep = longestOrderedRun(ordered.map((k) => placed.get(k.item.id)!.cell.row));
  ordered.forEach((key, i) => {
    if (!keep.has(i) && placed.get(key.item.id)!.score < 0.9) placed.delete(key.item.id);
  });
  return placed;
}
