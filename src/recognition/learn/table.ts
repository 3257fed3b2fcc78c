import type { Field, GridFile, MarkingScheme } from "../../core/model/grid";
import type { ReferentialNode } from "../../core/model/referential";
import type { Scale } from "../../core/model/scale";
import { parseLooseNumber } from "../../core/text/numbers";
import { a1, cellText, isCellError, type CellValue } from "../snapshot/cells";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/workbook";
import type { SheetIndex } from "../sheet/sheet-index";
import { normalizeText } from "../text/normalize";
import { IdMaker, nodeOf, slugOf, type Draft } from "./draft";
import { printedMaximum } from "./items";
import { letterRanks, levelToken } from "./lexicon";
import { note, type LearnNote } from "./result";

/** Headings of computed columns: totals, means, summaries; never rated items. */
const COMPUTED = /^(?:total|totaux|moyenne|moy|note|bilan|resultat|synthese|somme|rang|classement|appreciation|observations?|commentaires?|absences?|\/\s*\d+)\b/;
const MARK = /^(?:total|note|moyenne|resultat|note finale|note globale)\b|^\/\s*\d+$/;
const MAXIMA_ROW = /^(?:bareme|baremes|max|maximum|points?|sur|note maximale|cotation|ponderation|poids|coef|coefficient)\b/;
const NAME_HEADER = /^(?:nom|prenom|nom et prenom|nom prenom|eleves?|candidats?|etudiants?|apprentis?|stagiaires?|identite)\b/;

interface Column {
  col: number;
  header: string;
  /** Columns covered by its merged heading (successive evaluations of one item). */
  span: number[];
  values: CellValue[];
  formulas: number;
  filled: number;
}

const isName = (value: CellValue): boolean => typeof value === "string" && /\p{L}{2,}/u.test(value) && !levelToken(value) && value.trim().length <= 80;

/** What a teacher types in an item column: a level, a number, a « not attempted » marker; not a sub-heading. */
const isRating = (value: CellValue): boolean =>
  typeof value === "number" || (typeof value === "string" && (levelToken(value) !== null || NOT_ATTEMPTED.test(value.trim().toUpperCase())));

const NOT_ATTEMPTED = /^(?:NT|ABS|AB|NR|NE|DISP|EXC|EXE|NN|-)$/;

/** The column left of the headings whose cells below are mostly names. */
function nameColumn(sheet: SheetSnapshot, headerRow: number, before: number): { col: number; rows: number[] } | null {
  for (let col = 0; col < before; col++) {
    const rows: number[] = [];
    for (let r = headerRow + 1; r < Math.min(sheet.cells.length, headerRow + 400); r++) {
      const value = sheet.cells[r]?.[col] ?? null;
      if (isName(value) && !MAXIMA_ROW.test(normalizeText(cellText(value)))) rows.push(r);
    }
    if (rows.length >= 2) return { col, rows };
  }
  return null;
}

/** The same table in other sheets (same headings at the same place): their values count too. */
function tableCopies(workbook: WorkbookSnapshot, sheet: SheetSnapshot, row: number, cols: readonly number[]): SheetSnapshot[] {
  const probe = cols.map((c) => cellText(sheet.cells[row]?.[c] ?? null));
  return workbook.sheets.filter((s) => probe.every((text, i) => cellText(s.cells[row]?.[cols[i]!] ?? null) === text));
}

function columnsOf(index: SheetIndex, copies: readonly SheetSnapshot[], headerRow: number, nameCol: number): Column[] {
  const columns: Column[] = [];
  for (const cell of index.cells.filter((c) => c.row === headerRow && c.col > nameCol)) {
    if (typeof cell.value !== "string") continue;
    const span: number[] = [];
    for (let c = cell.col; c <= index.rightEdge(headerRow, cell.col); c++) span.push(c);
    const column: Column = { col: cell.col, header: cell.value.trim(), span, values: [], formulas: 0, filled: 0 };
    for (const sheet of copies) {
      const formulaCells = new Set(sheet.formulaCells ?? []);
      const names = nameColumn(sheet, headerRow, cell.col);
      for (const r of names?.rows ?? []) {
        for (const c of span) {
          const value = sheet.cells[r]?.[c] ?? null;
          if (value === null || isCellError(value) || cellText(value).trim() === "") continue;
          if (formulaCells.has(a1(r, c))) {
            column.filled++;
            column.formulas++;
          } else if (isRating(value)) {
            column.filled++;
            column.values.push(value);
          }
        }
      }
    }
    columns.push(column);
  }
  return columns;
}

/** A row under the headings labelled « Barème », « Max », « Sur » with numbers: the items' maxima. */
function maximaRow(sheet: SheetSnapshot, headerRow: number, nameCol: number, columns: readonly Column[]): Map<number, number> | null {
  for (let r = Math.max(0, headerRow - 3); r < Math.min(sheet.cells.length, headerRow + 6); r++) {
    if (r === headerRow) continue;
    const label = normalizeText(cellText(sheet.cells[r]?.[nameCol] ?? null));
    const labels = (sheet.cells[r] ?? []).slice(0, columns[0]?.col ?? 0).map((v) => normalizeText(cellText(v)));
    if (!MAXIMA_ROW.test(label) && !labels.some((l) => MAXIMA_ROW.test(l))) continue;
    const maxima = new Map<number, number>();
    for (const column of columns) {
      const value = sheet.cells[r]?.[column.col] ?? null;
      const number = typeof value === "number" ? value : typeof value === "string" ? (printedMaximum(value) ?? parseLooseNumber(value)) : null;
      if (number !== null && number > 0) maxima.set(column.col, number);
    }
    if (maxima.size >= 2) return maxima;
  }
  return null;
}

/** Learns a row-per-candidate table (items in columns, one row per candidate); null when there is none. */
export function learnTable(workbook: WorkbookSnapshot, index: SheetIndex): Draft | null {
  const sheet = index.sheet;
  let best: { draft: Draft; score: number } | null = null;
  const headerRows = [...new Set(index.cells.filter((c) => c.row < 30).map((c) => c.row))];
  for (const headerRow of headerRows) {
    const headings = index.cells.filter((c) => c.row === headerRow && typeof c.value === "string" && c.text.length <= 60);
    if (headings.length < 3) continue;
    const names = nameColumn(sheet, headerRow, headings[headings.length - 1]!.col);
    const nameCol = names?.col ?? (headings[0]!.col > 0 ? 0 : -1);
    if (nameCol < 0) continue;
    const probeCols = headings.filter((h) => h.col > nameCol).map((h) => h.col);
    const copies = tableCopies(workbook, sheet, headerRow, probeCols);
    const draft = tableDraft(workbook, index, copies, headerRow, nameCol, names?.rows.length ?? 0);
    if (draft && (!best || draft.score > best.score)) best = { draft, score: draft.score };
  }
  return best?.draft ?? null;
}

function tableDraft(workbook: WorkbookSnapshot, index: SheetIndex, copies: readonly SheetSnapshot[], headerRow: number, nameCol: number, candidates: number): Draft | null {
  void workbook;
  const sheet = index.sheet;
  const columns = columnsOf(index, copies, headerRow, nameCol);
  const markColumn = columns.find((c) => MARK.test(normalizeText(c.header)) && c.filled > 0);
  const rated = columns.filter((c) => !COMPUTED.test(normalizeText(c.header)) && !(c.filled > 0 && c.formulas === c.filled) && c !== markColumn);
  const withValues = rated.filter((c) => c.values.length > 0);
  if (rated.length < 2 || (withValues.length === 0 && candidates > 0)) return null;
  const texts = withValues.flatMap((c) => c.values.filter((v): v is string => typeof v === "string").map((v) => v.trim()));
  const numbers = withValues.flatMap((c) => c.values.filter((v): v is number => typeof v === "number"));
  const maxima = maximaRow(sheet, headerRow, nameCol, rated);
  const notes: LearnNote[] = [];
  const where = { sheet: sheet.name };

  // The scale: the level codes typed in the item columns, or points.
  let scale: Scale;
  let marking: MarkingScheme | undefined;
  const distinct = [...new Set(texts.map((t) => t.toUpperCase()))];
  const markers = distinct.filter((t) => NOT_ATTEMPTED.test(t.replace(/[^A-Z-]/g, "")));
  const levels = distinct.filter((t) => !markers.includes(t));
  if (numbers.length >= texts.length - markers.length && numbers.length > 0) {
    const itemMaxima: Record<string, number> = {};
    rated.forEach((c) => {
      const max = maxima?.get(c.col) ?? printedMaximum(c.header.replace(/^.*?(\/\s*\d+)\s*$/, "$1")) ?? null;
      if (max !== null) itemMaxima[String(c.col)] = max;
    });
    if (Object.keys(itemMaxima).length === 0) return null;
    scale = { kind: "percent", id: "points", label: "Points", min: 0, max: Math.max(...Object.values(itemMaxima)), anchors: [], descriptorSets: [] };
    marking = { kind: "points-sum", maxima: itemMaxima, max: 20, notAttempted: markers, notAttemptedAs: "zero", rounding: "none" };
    notes.push(note("scale", "medium", `Points saisis par question, sur le barème de la ligne des maxima — à confirmer`, `Points typed per question, out of the maxima row — to confirm`, where));
  } else {
    if (levels.length < 2 || levels.length > 8) return null;
    const letters = letterRanks(levels);
    const tokens = levels.map((l) => levelToken(l));
    const ranked = letters ? levels.map((l) => ({ code: l, rank: letters.get(l)! })) : tokens.every((t) => t && t.kind !== "letter") ? levels.map((l, i) => ({ code: l, rank: tokens[i]!.rank })) : null;
    // Codes of no known scale (« CAR », « MIG »: names, ids) are not levels: not a table of ratings.
    if (!ranked) return null;
    const ordered = ranked.sort((a, b) => a.rank - b.rank).map((r) => r.code);
    scale = { kind: "levels", id: slugOf(ordered.join("-"), "niveaux"), label: `Niveaux ${ordered.join(" / ")}`, levels: ordered.map((code) => ({ code, label: code, aliases: [] })) };
    notes.push(
      note(
        "scale",
        "high",
        `Échelle déduite des valeurs saisies : ${ordered.join(", ")} (du plus faible au meilleur) — à confirmer`,
        `Scale inferred from the values typed: ${ordered.join(", ")} (worst first) — to confirm`,
        where,
      ),
    );
  }

  const ids = new IdMaker();
  const nodes: ReferentialNode[] = [];
  const items: { id: string; node: string }[] = [];
  const byColumn = new Map<number, string>();
  for (const column of rated) {
    const node = nodeOf(ids.make(null, column.header, "item"), "competency", null, column.header);
    nodes.push(node);
    items.push({ id: node.id, node: node.id });
    byColumn.set(column.col, node.id);
  }
  if (marking?.kind === "points-sum") {
    marking.maxima = Object.fromEntries(Object.entries(marking.maxima).map(([col, max]) => [byColumn.get(Number(col))!, max]));
    const missing = items.filter((i) => marking.kind === "points-sum" && marking.maxima[i.id] === undefined);
    if (missing.length > 0) return null;
    const total = Object.values(marking.maxima).reduce((a, b) => a + b, 0);
    const printed = markColumn ? /\/\s*(\d+)/.exec(markColumn.header) : null;
    marking.max = printed ? Number(printed[1]) : total;
  }
  const nameHeader = cellText(sheet.cells[headerRow]?.[nameCol] ?? null).trim();
  const fields: Field[] = [{ id: "candidate", kind: "identity", label: NAME_HEADER.test(normalizeText(nameHeader)) ? nameHeader : "Élève", aliases: ["Nom"], required: true }];
  if (markColumn && marking) fields.push({ id: "mark", kind: "mark", label: markColumn.header, aliases: [], required: true });
  notes.push(note("items", "medium", `${items.length} colonnes d'items : ${rated.map((c) => c.header).join(", ")} — à vérifier`, `${items.length} item columns: ${rated.map((c) => c.header).join(", ")} — to check`, where));
  const skipped = columns.filter((c) => !rated.includes(c));
  if (skipped.length > 0) {
    const list = skipped.map((c) => c.header).join(", ");
    notes.push(note("items", "medium", `Colonnes calculées ou de synthèse laissées de côté : ${list}`, `Computed or summary columns left aside: ${list}`, where));
  }
  if (markers.length > 0) notes.push(note("marking", "medium", `${markers.join(", ")} lus comme « non traité » (0 point) — à confirmer`, `${markers.join(", ")} read as not attempted (0 points) — to confirm`, where));
  if (!markColumn) notes.push(note("mark", "low", "Aucune colonne de note : pas de note proposée", "No mark column: no mark proposed", where));

  const title = sheet.name.trim() || "Tableau de suivi";
  const id = slugOf(`suivi ${title}`, "suivi");
  const file: GridFile = {
    schemaVersion: 1,
    referential: { id, title, diploma: "Grille apprise", source: `Appris du tableau de la feuille « ${title} »`, nodes },
    grid: { id, title: `Suivi : ${title}`, diploma: "Grille apprise", anchors: [], scale, items, fields, ...(markColumn && marking ? { marking } : {}), rules: [] },
  };
  const score = items.length * 1.5 + Math.min(candidates, 20) + (withValues.length > 0 ? 3 : 0);
  const variants = marking && markColumn ? [{ scheme: marking, fr: "somme des points sur la somme des maxima", en: "sum of points out of the sum of maxima" }] : [];
  return { sheet: sheet.name, layout: "table", file, notes, score, variants, roundingPrinted: false };
}
