import type { CompiledGrid } from "../../core/model/compile";
import { text } from "../../core/i18n/locale";
import { a1, rangeA1 } from "../snapshot/cells";
import { normalizeText, significantWords } from "../text/normalize";
import { labelSimilarity } from "../text/similarity";
import type { ItemBinding, SheetBinding } from "./binding";
import { locateValue, matchFields, matchFlag, matchPanel, type LabelCells } from "./fields";
import { findLevelHeaders, PERCENT_COLUMN, type LevelHeader } from "./header";
import { itemCandidates, itemKeys, placeItems, rawItemCandidates, type ItemCandidate } from "./items";
import { levelOf, levelVocabulary } from "./levels";
import type { IndexedCell, SheetIndex } from "./sheet-index";

/** A grid whose confidence on a sheet is below this is not recognised there. */
export const RECOGNITION_THRESHOLD = 0.55;

/** How many of the grid's anchors (headings, épreuve code, title) the sheet shows, from 0 to 1. */
function anchorScore(index: SheetIndex, compiled: CompiledGrid): number {
  const { grid } = compiled;
  let found = 0;
  const code = grid.epreuve?.code ? normalizeText(grid.epreuve.code) : null;
  if (code && index.withWord(code).length > 0) found++;
  const phrases = [...new Set([...grid.anchors, grid.title])];
  for (const phrase of phrases) {
    const words = significantWords(normalizeText(phrase));
    if (words.length === 0) continue;
    const hit = index.sharingWords(words).some((cell) => cell.words.length <= words.length * 3 && labelSimilarity(cell.words, words) >= 0.85);
    if (hit) found++;
  }
  return Math.min(1, found / 2);
}

/** The rows over which an item's level cells are read: its row down to the row before the next item. */
function itemRows(placed: ItemCandidate, nextRow: number | undefined, index: SheetIndex, levelColumns: readonly number[], computed: ReadonlySet<string>): [number, number] {
  const first = placed.cell.row;
  const ownBottom = index.bottomEdge(placed.cell.row, placed.cell.col);
  const limit = nextRow === undefined ? Math.max(ownBottom, first + 1) : Math.min(nextRow - 1, Math.max(ownBottom, first + 3));
  let last = Math.max(first, Math.min(limit, first + 3));
  // A computed row under the item (a block's « Total » formula in a level column) is not the item's.
  if (computed.size > 0) {
    for (let row = first + 1; row <= last; row++) {
      if (levelColumns.some((col) => computed.has(a1(row, col)))) {
        last = row - 1;
        break;
      }
    }
  }
  return [first, last];
}

/**
 * Binds a sheet to one grid: the level header, each item's cells, the fields, the panel and the flags,
 * with a confidence. A binding with a confidence below RECOGNITION_THRESHOLD means "not this grid".
 */
export function bindSheet(index: SheetIndex, compiled: CompiledGrid): SheetBinding {
  const vocabulary = levelVocabulary(compiled);
  const headers = findLevelHeaders(index, compiled, vocabulary);
  const keys = itemKeys(compiled);
  const raw = keys.flatMap((key) => rawItemCandidates(index, key));

  // Try the best headers (and no header): keep the reading that places the most items.
  let best: { header: LevelHeader | null; placed: Map<string, ItemCandidate> } | null = null;
  for (const header of [...headers.slice(0, 3), null]) {
    const candidates = itemCandidates(raw, header);
    const placed = placeItems(candidates, keys);
    const strength = [...placed.values()].reduce((sum, c) => sum + c.score, 0) + (header ? 0.5 : 0);
    const bestStrength = best ? [...best.placed.values()].reduce((sum, c) => sum + c.score, 0) + (best.header ? 0.5 : 0) : -1;
    if (strength > bestStrength) best = { header, placed };
  }
  const { header, placed } = best!;

  const taken = new Set<IndexedCell>([...placed.values()].map((c) => c.cell));
  if (header) {
    for (const col of Object.values(header.columns)) {
      const cell = index.at(header.row, col);
      if (cell) taken.add(cell);
    }
  }
  const fieldMatches = matchFields(index, compiled.grid.fields, taken);
  for (const match of fieldMatches.values()) taken.add(match.cell);
  const labels: LabelCells = { isLabel: (cell) => taken.has(cell) || (cell.text.endsWith(":") && cell.words.length > 1) || /:\s*$/.test(String(cell.value)) };

  const items: Record<string, ItemBinding> = {};
  const placedInOrder = keys.map((k) => placed.get(k.item.id)).filter((c): c is ItemCandidate => c !== undefined);
  const rowsInOrder = placedInOrder.map((c) => c.cell.row).sort((a, b) => a - b);
  const computed = new Set(index.sheet.formulaCells ?? []);
  for (const candidate of placedInOrder) {
    // An item's level cells stop before the next item, and before a repeated level header (PFMP pôles).
    const nextRow = [...rowsInOrder, ...headers.map((h) => h.row)].filter((row) => row > candidate.cell.row).sort((a, b) => a - b)[0];
    const label = a1(candidate.cell.row, candidate.cell.col);
    if (header) {
      const columns = Object.entries(header.columns);
      const [first, last] = itemRows(candidate, nextRow, index, columns.map(([, col]) => col), computed);
      const cols = columns.map(([, col]) => col);
      const levels = Object.fromEntries(columns.map(([code, col]) => [code, a1(first, col)]));
      const area = rangeA1({ top: first, bottom: last, left: Math.min(...cols), right: Math.max(...cols) });
      items[candidate.item.id] =
        compiled.grid.scale.kind === "percent"
          ? { label, value: a1(first, header.columns[PERCENT_COLUMN]!), confidence: candidate.score }
          : { label, levels, area, confidence: candidate.score };
    } else {
      items[candidate.item.id] = { label, value: valueCellRightOf(index, candidate.cell, vocabulary), confidence: candidate.score };
    }
  }

  const fields: SheetBinding["fields"] = {};
  const fieldValues = new Map<string, string | null>();
  for (const [id, match] of fieldMatches) {
    const { text: value, ...binding } = locateValue(index, match.cell, match.field.kind, labels);
    fields[id] = { ...binding, confidence: Math.min(binding.confidence, match.score) };
    fieldValues.set(id, value);
  }
  const panel = compiled.grid.panel ? matchPanel(index, compiled.grid.panel, taken, labels) : null;
  const flags: Record<string, string> = {};
  for (const rule of compiled.grid.rules) {
    const cell = matchFlag(index, rule, taken, labels);
    if (cell) flags[rule.flag] = cell;
  }

  const itemShare = placed.size / compiled.grid.items.length;
  const confidence = 0.5 * itemShare + 0.25 * (header ? 1 : 0) + 0.25 * anchorScore(index, compiled);
  const missingItems = compiled.grid.items.filter((i) => !placed.has(i.id)).map((i) => i.id);
  const missingFields = compiled.grid.fields.filter((f) => !fieldMatches.has(f.id)).map((f) => f.id);
  const notes = [];
  if (missingItems.length > 0 && placed.size > 0) {
    notes.push(text(`Items non trouvés sur la feuille : ${missingItems.join(", ")}`, `Items not found on the sheet: ${missingItems.join(", ")}`));
  }
  const hiddenItems = placedInOrder.filter((c) => index.isHiddenRow(c.cell.row)).map((c) => c.item.id);
  if (hiddenItems.length > 0) {
    notes.push(text(`Items sur des lignes masquées : ${hiddenItems.join(", ")}`, `Items on hidden rows: ${hiddenItems.join(", ")}`));
  }
  return {
    sheet: index.sheet.name,
    gridId: compiled.grid.id,
    layout: "sheet",
    confidence: Math.round(confidence * 1000) / 1000,
    header: header ? { row: header.row, columns: header.columns } : null,
    items,
    fields,
    panel,
    flags,
    missing: { items: missingItems, fields: missingFields },
    notes,
  };
}

/** Without level columns: the first cell right of the label holding a level, else the next cell. */
function valueCellRightOf(index: SheetIndex, cell: IndexedCell, vocabulary: ReadonlyMap<string, string>): string {
  const start = index.rightEdge(cell.row, cell.col) + 1;
  for (let col = start; col < Math.min(index.columns, start + 8); col++) {
    const value = index.value(cell.row, col);
    if (value === null) continue;
    if (levelOf(vocabulary, value) || typeof value === "number") return a1(cell.row, col);
  }
  return a1(cell.row, start);
}
