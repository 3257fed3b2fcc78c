import { parseA1, parseRangeA1, type CellValue } from "../../src/recognition/snapshot/cells";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";

/** Builds a sheet snapshot directly (no file): aSheet("Alice").cell("B3", "x").row(5, ["a", "b"]).build() */
export class SnapshotSheetBuilder {
  private readonly cells: CellValue[][] = [];
  private readonly sheet: Omit<SheetSnapshot, "cells">;

  constructor(name: string) {
    this.sheet = { name, merges: [], hiddenRows: [], hiddenColumns: [], protected: false, formats: {} };
  }

  cell(address: string, value: CellValue): this {
    const at = parseA1(address)!;
    while (this.cells.length <= at.row) this.cells.push([]);
    const row = this.cells[at.row]!;
    while (row.length <= at.col) row.push(null);
    row[at.col] = value;
    return this;
  }

  /** Values from column `startColumn` (letters) on row `rowNumber` (1-based). */
  row(rowNumber: number, values: CellValue[], startColumn = "A"): this {
    const start = parseA1(`${startColumn}1`)!.col;
    values.forEach((value, i) => {
      if (value !== null) this.cell(`${columnName(start + i)}${rowNumber}`, value);
    });
    return this;
  }

  merge(range: string): this {
    this.sheet.merges.push(parseRangeA1(range)!);
    return this;
  }

  format(address: string, format: string): this {
    this.sheet.formats![address] = format;
    return this;
  }

  hideRow(rowNumber: number): this {
    this.sheet.hiddenRows.push(rowNumber - 1);
    return this;
  }

  protect(): this {
    this.sheet.protected = true;
    return this;
  }

  build(): SheetSnapshot {
    return { ...structuredClone(this.sheet), cells: this.cells.map((r) => [...r]) };
  }
}

function columnName(col: number): string {
  let out = "";
  let n = col + 1;
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const aSheet = (name: string) => new SnapshotSheetBuilder(name);

export function aWorkbookSnapshot(...sheets: (SnapshotSheetBuilder | SheetSnapshot)[]): WorkbookSnapshot {
  return { sheets: sheets.map((s) => (s instanceof SnapshotSheetBuilder ? s.build() : s)), names: [] };
}
