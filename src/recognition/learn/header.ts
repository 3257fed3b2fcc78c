import { a1, cellText } from "../snapshot/cells";
import type { SheetIndex } from "../sheet/sheet-index";
import { letterRanks, levelToken, type LevelToken, type TokenKind } from "./lexicon";

/** A level header as learned: the columns, each level's code, label and points, worst first. */
export interface LearnedHeader {
  /** The row of the codes; `labelRow` holds longer labels, `pointsRow` the points, when printed apart. */
  row: number;
  labelRow: number | null;
  pointsRow: number | null;
  /** The last header row (items start below it). */
  bottom: number;
  kind: "levels" | "periods";
  /** Worst level first. */
  levels: { column: number; code: string; label: string; points?: number }[];
  /** The levels' order comes from known words, letters, numbers or points (else: as printed, left to right). */
  orderKnown: boolean;
  tokenKind: TokenKind;
}

interface Run {
  row: number;
  cells: { col: number; raw: string; token: LevelToken }[];
}

/** Runs of neighbouring level-like cells in one row (a merged header cell's width counts as one column). */
function runsOf(index: SheetIndex, row: number): Run[] {
  const cells = index.cells.filter((c) => c.row === row);
  const runs: Run[] = [];
  let current: Run | null = null;
  let lastEdge = -10;
  const close = () => {
    if (current && current.cells.length >= 2) runs.push(current);
    current = null;
  };
  for (const cell of cells) {
    const raw = cellText(cell.value);
    const token = levelToken(raw);
    // A run is neighbouring cells of one kind: any other cell, or a gap of more than one column, ends it.
    if (!token || (current && (current.cells[0]!.token.kind !== token.kind || cell.col > lastEdge + 2))) close();
    if (token) {
      current ??= { row, cells: [] };
      current.cells.push({ col: cell.col, raw: raw.trim(), token });
      lastEdge = index.rightEdge(row, cell.col);
    }
  }
  close();
  return runs.filter((run) => new Set(run.cells.map((c) => c.token.code.toLowerCase())).size === run.cells.length);
}

const consecutiveIntegers = (values: readonly number[]): boolean => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.every((v, i) => Number.isInteger(v) && (i === 0 ? v <= 1 : v === sorted[i - 1]! + 1));
};

/** The same columns in a neighbouring row, read as text. */
function companion(index: SheetIndex, run: Run, row: number): string[] | null {
  if (row < 0 || row >= index.rows) return null;
  const texts = run.cells.map((c) => {
    const cell = index.at(row, c.col);
    return cell ? cellText(cell.value).trim() : "";
  });
  return texts.every((t) => t !== "") ? texts : null;
}

/** Text in the columns left of `column` on the rows below `row`: the items a level header rates. */
function labelledRowsBelow(index: SheetIndex, row: number, column: number): number {
  let count = 0;
  for (let r = row + 1; r < Math.min(index.rows, row + 80); r++) {
    for (let c = 0; c < column; c++) {
      const cell = index.at(r, c);
      if (cell && typeof cell.value === "string" && cell.words.length >= 1 && cell.text.length > 3) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * A run of levels that is data, not a header: computed by formulas, or over columns whose cells below
 * hold other levels of the same scale (a pupil's row of A B C D in a table).
 */
function isData(index: SheetIndex, run: Run): boolean {
  const formulas = new Set(index.sheet.formulaCells ?? []);
  if (run.cells.some((c) => formulas.has(a1(run.row, c.col)))) return true;
  const codes = new Set(run.cells.map((c) => c.token.code.toLowerCase()));
  let clashes = 0;
  for (let r = run.row + 1; r < Math.min(index.rows, run.row + 60); r++) {
    for (const cell of run.cells) {
      const below = cellText(index.value(r, cell.col)).trim().toLowerCase();
      if (below !== "" && below !== cell.token.code.toLowerCase() && codes.has(below)) clashes++;
    }
  }
  return clashes >= 2;
}

function headerOf(index: SheetIndex, run: Run): { header: LearnedHeader; score: number } | null {
  if (isData(index, run)) return null;
  const tokens = run.cells.map((c) => c.token);
  const kind = tokens[0]!.kind;
  let codes = run.cells.map((c) => c.token.code);
  let labels = run.cells.map((c) => c.raw);
  let points: (number | undefined)[] = tokens.map((t) => (kind === "number" || kind === "percent" || t.kind === "word" ? t.points : undefined));
  let ranks: (number | null)[] = tokens.map((t) => t.rank);
  let labelRow: number | null = null;
  let pointsRow: number | null = null;
  let bottom = run.row;

  if (kind === "letter") {
    const letters = letterRanks(codes);
    if (!letters) return null;
    ranks = codes.map((c) => letters.get(c)!);
  }
  // A row of numbers under or over the codes: the points (100 / 85 / 70), or codes 1–4 over profile labels.
  for (const neighbour of [run.row - 1, run.row + 1]) {
    const texts = companion(index, run, neighbour);
    if (!texts) continue;
    const numbers = texts.map((t) => levelToken(t)).map((t) => (t && (t.kind === "number" || t.kind === "percent") ? t.points! : null));
    if (numbers.every((n) => n !== null) && kind === "word" && consecutiveIntegers(numbers as number[]) && labelRow === null) {
      // Profiles « 1 2 3 4 » over « Novice … Expert »: the numbers are the codes, the words their labels.
      labelRow = run.row;
      labels = run.cells.map((c) => c.raw);
      codes = texts;
      points = numbers as number[];
      bottom = Math.max(bottom, neighbour);
    } else if (numbers.every((n) => n !== null) && kind !== "number" && kind !== "percent") {
      if (pointsRow === null) {
        pointsRow = neighbour;
        points = numbers as number[];
        bottom = Math.max(bottom, neighbour);
      }
    } else if (texts.some((t, i) => t !== run.cells[i]!.raw) && labelRow === null && texts.every((t) => t.length <= 60)) {
      if (kind === "number" && consecutiveIntegers(tokens.map((t) => t.points!))) {
        labelRow = neighbour;
        labels = texts;
        const words = texts.map((t) => levelToken(t));
        if (words.every((w) => w?.kind === "word")) ranks = tokens.map((t) => t.rank);
        bottom = Math.max(bottom, neighbour);
      } else if (kind === "letter" || kind === "symbol" || kind === "numbered-level") {
        labelRow = neighbour;
        labels = texts;
        bottom = Math.max(bottom, neighbour);
      }
    }
  }
  // A row of numbers alone is a header only when items sit left of it and the numbers look like levels.
  if (kind === "number" && labelRow === null && !consecutiveIntegers(tokens.map((t) => t.points!))) return null;
  if (kind === "word" && tokens.length < 2) return null;

  const body = labelledRowsBelow(index, bottom, run.cells[0]!.col);
  if (body === 0) return null;

  const order = run.cells.map((_, i) => i);
  const key = (i: number) => points[i] ?? ranks[i] ?? i;
  const orderKnown = points.every((p) => p !== undefined) || ranks.every((r) => r !== null);
  if (orderKnown) order.sort((a, b) => key(a) - key(b));
  const levels = order.map((i) => {
    const p = points[i];
    return { column: run.cells[i]!.col, code: codes[i]!, label: labels[i]!, ...(p !== undefined ? { points: p } : {}) };
  });
  codes = levels.map((l) => l.code);
  if (new Set(codes).size !== codes.length) return null;
  const periods = kind === "period";
  const score = tokens.length * 2 + (labelRow !== null ? 1 : 0) + (pointsRow !== null ? 2 : 0) + Math.min(body, 10) * 0.5 + (kind === "word" ? 1 : 0);
  return {
    header: { row: run.row, labelRow, pointsRow, bottom, kind: periods ? "periods" : "levels", levels, orderKnown: orderKnown || periods, tokenKind: kind },
    score,
  };
}

/** The level headers of a sheet, best first. */
export function learnHeaders(index: SheetIndex): LearnedHeader[] {
  const found: { header: LearnedHeader; score: number }[] = [];
  const rows = new Set(index.cells.map((c) => c.row));
  for (const row of [...rows].sort((a, b) => a - b)) {
    for (const run of runsOf(index, row)) {
      const header = headerOf(index, run);
      if (header) found.push(header);
    }
  }
  // A header and its label or points row are one header: keep the better reading of the pair.
  found.sort((a, b) => b.score - a.score);
  const kept: { header: LearnedHeader; score: number }[] = [];
  for (const candidate of found) {
    const h = candidate.header;
    const clash = kept.some((k) => Math.abs(k.header.row - h.row) <= 1 && k.header.levels.some((l) => h.levels.some((m) => m.column === l.column)));
    if (!clash) kept.push(candidate);
  }
  return kept.map((k) => k.header);
}
