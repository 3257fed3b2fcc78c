import { a1 } from "../snapshot/cells";
import type { CellInput, CellStyle, NewSheet } from "./plan";

type Cell = NewSheet["cells"][number];

/** Excel's tallest row, in points: a taller one is refused. */
export const MAX_ROW_HEIGHT = 409;

/** Default row height of an 11 pt line, in points. */
const LINE_HEIGHT = 15;

/**
 * About how many lines a text takes in a cell `width` characters wide, wrapped: each paragraph at least
 * one line. A width counts the digit « 0 »; text averages some 15 % narrower, less the cell's padding.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, width * 1.15 - 2);
  return text.split("\n").reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/** Workbook names: letters, digits and « _ » only (dots and dashes → « _ »). */
export const nameSafe = (text: string): string => text.replace(/[^\p{L}\p{N}_]+/gu, "_");

/**
 * Collects the content of a new sheet cell by cell, with 0-based rows and columns. Areas are merged
 * when larger than one cell, and their style is set on every cell so that borders go all round.
 */
export class SheetBuilder {
  private readonly cells = new Map<string, Cell>();
  private readonly merges: string[] = [];
  private readonly validations: NewSheet["validations"] = [];
  private readonly numberValidations: NonNullable<NewSheet["numberValidations"]> = [];
  private readonly names: NewSheet["names"] = [];
  private readonly heights = new Map<number, number>();
  private readonly hidden = new Set<number>();

  set(row: number, col: number, value: CellInput, style?: CellStyle): string {
    const address = a1(row, col);
    this.cells.set(address, style ? { address, value, style } : { address, value });
    return address;
  }

  /** A merged area (or a single cell) holding `value` in its top-left cell; returns that cell's address. */
  area(top: number, left: number, bottom: number, right: number, value: CellInput, style?: CellStyle): string {
    const address = this.set(top, left, value, style);
    if (bottom === top && right === left) return address;
    this.merges.push(`${address}:${a1(bottom, right)}`);
    if (style) {
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) if (r !== top || c !== left) this.set(r, c, null, style);
      }
    }
    return address;
  }

  /** A workbook name; a name already taken (case-insensitively) gets « _2 », « _3 »… */
  name(wanted: string, address: string): string {
    const taken = (n: string) => this.names.some((x) => x.name.toLowerCase() === n.toLowerCase());
    let name = wanted;
    for (let n = 2; taken(name); n++) name = `${wanted}_${n}`;
    this.names.push({ name, address });
    return name;
  }

  list(range: string, values: string[], prompt?: string): void {
    this.validations.push(prompt === undefined ? { range, values } : { range, values, prompt });
  }

  number(range: string, min: number, max: number, prompt?: string): void {
    this.numberValidations.push(prompt === undefined ? { range, min, max } : { range, min, max, prompt });
  }

  /** At least `height` points for a row (the tallest request wins), at most what Excel allows. */
  height(row: number, height: number): void {
    this.heights.set(row, Math.min(MAX_ROW_HEIGHT, Math.max(height, this.heights.get(row) ?? 0)));
  }

  /** Hides a column (0-based) from view and print. */
  hide(col: number): void {
    this.hidden.add(col);
  }

  /** Enough height for `text` wrapped in merged cells `width` characters wide. */
  fitText(row: number, text: string, width: number, lineHeight = LINE_HEIGHT): void {
    const lines = wrappedLines(text, width);
    if (lines > 1) this.height(row, lines * lineHeight);
  }

  build(name: string, layout: Pick<NewSheet, "columnWidths" | "frozenRows" | "landscape" | "printArea" | "printTitleRows" | "ownTables">): NewSheet {
    const sheet: NewSheet = {
      name,
      cells: [...this.cells.values()],
      merges: [...this.merges],
      columnWidths: [...layout.columnWidths],
      validations: [...this.validations],
      names: [...this.names],
    };
    if (this.numberValidations.length > 0) sheet.numberValidations = [...this.numberValidations];
    if (this.heights.size > 0) {
      sheet.rowHeights = [...this.heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row: row + 1, height }));
    }
    if (layout.frozenRows !== undefined) sheet.frozenRows = layout.frozenRows;
    if (layout.landscape !== undefined) sheet.landscape = layout.landscape;
    if (this.hidden.size > 0) sheet.hiddenColumns = [...this.hidden].sort((a, b) => a - b).map((col) => col + 1);
    if (layout.printArea !== undefined) sheet.printArea = layout.printArea;
    if (layout.printTitleRows !== undefined) sheet.printTitleRows = { ...layout.printTitleRows };
    if (layout.ownTables !== undefined && layout.ownTables.length > 0) sheet.ownTables = layout.ownTables.map((t) => ({ ...t }));
    return sheet;
  }
}
