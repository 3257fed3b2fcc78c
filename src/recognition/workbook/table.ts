import type { CompiledGrid } from "../../core/model/compile";
import type { Evaluation, FieldValue, ItemRating } from "../../core/model/evaluation";
import { parseLooseNumber } from "../../core/text/numbers";
import { a1, cellText, isCellError, isEmptyCell, qualified } from "../snapshot/cells";
import type { SheetBinding } from "../sheet/binding";
import { labelScore } from "../sheet/fields";
import { itemKeys, rawItemCandidates, type ItemKey } from "../sheet/items";
import { levelVocabulary, readLevelValueCell } from "../sheet/levels";
import type { IndexedCell, SheetIndex } from "../sheet/sheet-index";

/** Header texts that name the candidate in a tableau de suivi. */
const NAME_HEADERS = new Set([
  "nom", "prenom", "nom et prenom", "nom prenom", "nom - prenom", "prenom nom", "nom & prenom", "eleve", "eleves", "candidat", "candidate", "candidats",
  "etudiant", "etudiante", "apprenti", "apprentie", "stagiaire", "nom de l'eleve", "nom du candidat", "identite",
]);

const ITEM_HEADER_THRESHOLD = 0.75;
const CODE_HEADER_SCORE = 0.85;
const SHORT_HEADER_WORDS = 8;

/**
 * A « tableau de suivi »: a header row naming most rated items (by code or label), one row per
 * candidate below, name columns. Returns null when no row names at least 60 % of the items.
 */
export function bindTable(index: SheetIndex, compiled: CompiledGrid): SheetBinding | null {
  const keys = itemKeys(compiled);
  // Item header cells, grouped by row: only cells that share a word or the code with an item are scored.
  const byRow = new Map<number, { key: ItemKey; cell: IndexedCell; score: number }[]>();
  for (const key of keys) {
    for (const candidate of rawItemCandidates(index, key)) {
      const { cell } = candidate;
      // A short header starting with the item's official code names it, however its label is cut
      // (« 1.3 Actualisation du SI », « 1.2 Traitement des opé. »).
      const score = key.code !== null && cell.code === key.code && cell.words.length <= SHORT_HEADER_WORDS ? Math.max(candidate.score, CODE_HEADER_SCORE) : candidate.score;
      if (cell.text.length > 160 || score < ITEM_HEADER_THRESHOLD) continue;
      const list = byRow.get(cell.row) ?? [];
      list.push({ key, cell, score });
      byRow.set(cell.row, list);
    }
  }
  let best: { row: number; columns: Record<string, number>; score: number; extra: Record<string, number[]> } | null = null;
  for (const [row, pairs] of byRow) {
    if (pairs.length < 2) continue;
    const columns: Record<string, number> = {};
    let score = 0;
    pairs.sort((a, b) => b.score - a.score);
    const usedCols = new Set<number>();
    for (const pair of pairs) {
      if (columns[pair.key.item.id] !== undefined || usedCols.has(pair.cell.col)) continue;
      columns[pair.key.item.id] = pair.cell.col;
      usedCols.add(pair.cell.col);
      score += pair.score;
    }
    const found = Object.keys(columns).length;
    if (found >= Math.max(2, Math.ceil(keys.length * 0.6)) && (!best || score > best.score)) {
      const extra: Record<string, number[]> = {};
      // A merged header spans the item's evaluation columns.
      for (const [id, col] of Object.entries(columns)) {
        for (let c = col + 1; c <= index.rightEdge(row, col); c++) (extra[id] ??= []).push(c);
      }
      for (const pair of pairs) {
        if (pair.score >= 0.85 && columns[pair.key.item.id] !== pair.cell.col && !Object.values(columns).includes(pair.cell.col)) {
          (extra[pair.key.item.id] ??= []).push(pair.cell.col);
        }
      }
      best = { row, columns, score, extra };
    }
  }
  if (!best) return null;

  const headerCells = index.cells.filter((cell) => cell.row === best!.row);
  const itemCols = new Set(Object.values(best.columns));
  const extraCols = new Set(Object.values(best.extra).flat());
  const headed = headerCells.filter((c) => !itemCols.has(c.col) && !extraCols.has(c.col) && NAME_HEADERS.has(c.text)).map((c) => c.col);
  const nameColumns = headed.length > 0 ? headed : unheadedNameColumn(index, best.row, Math.min(...itemCols));
  const fieldColumns: Record<string, number> = {};
  for (const field of compiled.grid.fields) {
    if (field.kind === "identity" && field.id === "candidate" && nameColumns.length > 0) continue;
    const phrases = [field.label, ...field.aliases];
    const match = headerCells
      .filter((c) => !itemCols.has(c.col) && !nameColumns.includes(c.col))
      .map((c) => ({ c, s: labelScore(c, phrases) }))
      .filter((m) => m.s >= 0.75)
      .sort((x, y) => y.s - x.s)[0];
    if (match) fieldColumns[field.id] = match.c.col;
  }
  const dataColumns = [...itemCols, ...extraCols, ...nameColumns];
  let lastRow = best.row;
  let blanks = 0;
  for (let row = best.row + 1; row < index.rows; row++) {
    const filled = dataColumns.some((col) => index.at(row, col) !== undefined);
    if (filled) {
      lastRow = row;
      blanks = 0;
    } else if (++blanks >= 3) break;
  }
  const items: SheetBinding["items"] = {};
  for (const [id, col] of Object.entries(best.columns)) items[id] = { label: a1(best.row, col), value: a1(best.row + 1, col), confidence: 0.9 };
  const share = Object.keys(best.columns).length / keys.length;
  return {
    sheet: index.sheet.name,
    gridId: compiled.grid.id,
    layout: "row-per-candidate",
    confidence: Math.round((0.6 * share + 0.25 * (nameColumns.length > 0 ? 1 : 0) + 0.15) * 1000) / 1000,
    header: null,
    items,
    fields: {},
    panel: null,
    flags: {},
    table: { headerRow: best.row, nameColumns, itemColumns: best.columns, extraColumns: best.extra, fieldColumns, firstRow: best.row + 1, lastRow },
    missing: { items: keys.filter((k) => best!.columns[k.item.id] === undefined).map((k) => k.item.id), fields: [] },
    notes: [],
  };
}

/**
 * Without a « Nom » header: the column left of the items whose cells below the header are mostly
 * words (names), not levels or numbers.
 */
function unheadedNameColumn(index: SheetIndex, headerRow: number, firstItemColumn: number): number[] {
  for (let col = 0; col < firstItemColumn; col++) {
    let words = 0;
    let filled = 0;
    for (let row = headerRow + 1; row < Math.min(index.rows, headerRow + 60); row++) {
      const cell = index.at(row, col);
      if (!cell) continue;
      filled++;
      if (typeof cell.value === "string" && cell.words.length >= 1 && /[a-z]{2,}/.test(cell.text)) words++;
    }
    if (filled >= 2 && words / filled >= 0.7) return [col];
  }
  return [];
}

/** One row of a bound table: its name and evaluation; null when the row is empty. */
export function readTableRow(index: SheetIndex, compiled: CompiledGrid, binding: SheetBinding, row: number): { name: string | null; evaluation: Evaluation; empty: boolean } {
  const table = binding.table!;
  const vocabulary = levelVocabulary(compiled);
  const at = (col: number) => qualified(binding.sheet, a1(row, col));
  const ratings: Record<string, ItemRating> = {};
  let rated = 0;
  let levels = 0;
  for (const [id, first] of Object.entries(table.itemColumns)) {
    const columns = [first, ...(table.extraColumns?.[id] ?? [])].sort((a, b) => a - b);
    const col = [...columns].reverse().find((c) => !isEmptyCell(index.value(row, c)) && !isCellError(index.value(row, c))) ?? first;
    const percent = (index.format(a1(row, col)) ?? "").includes("%");
    const value = readLevelValueCell(compiled, vocabulary, index.value(row, col), at(col), percent);
    if (value) rated++;
    if (value && value.kind !== "unknown") levels++;
    ratings[id] = { values: value ? [value] : [], at: at(col) };
  }
  const nameParts = table.nameColumns.map((col) => cellText(index.value(row, col)).trim()).filter((t) => t !== "" && !isCellError(index.value(row, table.nameColumns[0]!)));
  const name = nameParts.length > 0 ? nameParts.join(" ") : null;
  const fields: Record<string, FieldValue> = {};
  if (table.nameColumns.length > 0 && compiled.grid.fields.some((f) => f.id === "candidate")) {
    fields["candidate"] = { value: name, at: at(table.nameColumns[0]!) };
  }
  for (const [id, col] of Object.entries(table.fieldColumns)) {
    const raw = index.value(row, col);
    const value = raw === null || isCellError(raw) ? null : typeof raw === "number" ? raw : cellText(raw).trim() || null;
    const number = compiled.markField?.id === id && typeof value === "string" ? parseLooseNumber(value) : null;
    fields[id] = { value: number ?? value, at: at(col) };
  }
  // A row of notes under the header (« AP », « bilan ») holds no level of the scale: not a candidate.
  const empty = levels === 0 && (name === null || rated > 0);
  return { name, evaluation: { gridId: compiled.grid.id, ratings, fields, flags: {} }, empty };
}
