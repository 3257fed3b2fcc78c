import { cellText, isCellError, type CellRange, type CellValue } from "../snapshot/cells";
import type { SheetSnapshot } from "../snapshot/workbook";
import { internText, leadingCode, normalizeText, significantWords } from "../text/normalize";

/** A non-empty cell, its text normalised once. */
export interface IndexedCell {
  row: number;
  col: number;
  value: CellValue;
  /** Normalised text of the whole cell. */
  text: string;
  /** Normalised text of the first line (a label merged with its details keeps its head here). */
  head: string;
  words: string[];
  /** Official code at the start of the cell ("1.1"), if any. */
  code: string | null;
  /** Stands for (text, head): cells with the same id score the same against any label. */
  textId: number;
}

/**
 * A sheet searched, not scanned: every non-empty cell normalised once and indexed by word and code,
 * and merged areas by their cells.
 */
export class SheetIndex {
  readonly cells: IndexedCell[] = [];
  private readonly byWord = new Map<string, IndexedCell[]>();
  private readonly byCode = new Map<string, IndexedCell[]>();
  private readonly byText = new Map<string, IndexedCell[]>();
  private readonly byPosition = new Map<number, IndexedCell>();
  private readonly mergeByCell = new Map<number, CellRange>();
  readonly rows: number;
  readonly columns: number;

  /**
   * `searchable: false` skips the word index: enough to read values at known places (a sheet whose
   * layout is already bound), at a fraction of the cost.
   */
  constructor(
    readonly sheet: SheetSnapshot,
    searchable = true,
  ) {
    let columns = 0;
    sheet.cells.forEach((row, r) => {
      if (row.length > columns) columns = row.length;
      if (!searchable) return;
      row.forEach((value, c) => {
        if (value === null || value === undefined || isCellError(value)) return;
        const raw = cellText(value);
        if (raw.trim() === "") return;
        const text = normalizeText(raw);
        const head = normalizeText(raw.split(/\r?\n/).find((line) => line.trim() !== "") ?? raw);
        const cell: IndexedCell = { row: r, col: c, value, text, head, words: significantWords(text), code: leadingCode(text)?.code ?? null, textId: internText(`${text}\u0000${head}`) };
        this.cells.push(cell);
        this.byPosition.set(this.key(r, c), cell);
        for (const word of new Set(cell.words)) {
          const list = this.byWord.get(word);
          if (list) list.push(cell);
          else this.byWord.set(word, [cell]);
        }
        if (text.length <= 40) {
          const list = this.byText.get(text);
          if (list) list.push(cell);
          else this.byText.set(text, [cell]);
        }
        if (cell.code) {
          const list = this.byCode.get(cell.code);
          if (list) list.push(cell);
          else this.byCode.set(cell.code, [cell]);
        }
      });
    });
    this.rows = sheet.cells.length;
    this.columns = columns;
    for (const merge of sheet.merges) {
      // Large merged areas are rare; index each cell only for areas of reasonable size.
      if ((merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) > 2000) continue;
      for (let r = merge.top; r <= merge.bottom; r++) for (let c = merge.left; c <= merge.right; c++) this.mergeByCell.set(this.key(r, c), merge);
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  at(row: number, col: number): IndexedCell | undefined {
    return this.byPosition.get(this.key(row, col));
  }

  value(row: number, col: number): CellValue {
    return this.sheet.cells[row]?.[col] ?? null;
  }

  merge(row: number, col: number): CellRange | undefined {
    return this.mergeByCell.get(this.key(row, col));
  }

  /** The value shown at (row, col): a merged area shows its top-left cell's value everywhere. */
  shown(row: number, col: number): CellValue {
    const merge = this.merge(row, col);
    return merge ? this.value(merge.top, merge.left) : this.value(row, col);
  }

  /** The last column covered by the cell at (row, col), its merge included. */
  rightEdge(row: number, col: number): number {
    return this.merge(row, col)?.right ?? col;
  }

  bottomEdge(row: number, col: number): number {
    return this.merge(row, col)?.bottom ?? row;
  }

  withWord(word: string): readonly IndexedCell[] {
    return this.byWord.get(word) ?? [];
  }

  withCode(code: string): readonly IndexedCell[] {
    return this.byCode.get(code) ?? [];
  }

  /** Cells whose whole normalised text is `text` (short cells only: codes, headers). */
  withText(text: string): readonly IndexedCell[] {
    return this.byText.get(text) ?? [];
  }

  /** Cells sharing at least one word with `words`, each once. */
  sharingWords(words: readonly string[]): IndexedCell[] {
    const seen = new Set<IndexedCell>();
    for (const word of words) for (const cell of this.withWord(word)) seen.add(cell);
    return [...seen];
  }

  isHiddenRow(row: number): boolean {
    return this.sheet.hiddenRows.includes(row);
  }

  format(address: string): string | undefined {
    return this.sheet.formats?.[address];
  }
}
