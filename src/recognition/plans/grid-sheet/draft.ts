import type { CompiledGrid } from "../../../core/model/compile";
import type { ReferentialNode } from "../../../core/model/referential";
import type { Level } from "../../../core/model/scale";
import { levelsOf } from "../../../core/model/scale";
import type { ItemCells } from "../formulas";
import type { CellStyle } from "../plan";
import { SheetBuilder, nameSafe } from "../sheet-builder";
import { columnsOf, layoutOf, span, type Columns, type Layout } from "./columns";
import { parentsOf } from "./texts";

/**
 * A « Nouvelle grille » sheet being laid out, top to bottom: the grid, its columns, the row the next
 * section starts on, and what earlier sections leave to later ones (the item and flag cells the mark
 * formula reads). Each section builder takes the draft and moves `row` past what it wrote.
 */
export class GridDraft {
  readonly sheet = new SheetBuilder();
  readonly layout: Layout;
  readonly levels: readonly Level[];
  readonly cols: Columns;
  readonly parents: Map<string, ReferentialNode>;
  /** Where each rated item is answered. */
  readonly itemCells = new Map<string, ItemCells>();
  /** Rule flag → its « X » cell. */
  readonly flags = new Map<string, string>();
  /** The official tables printed with the grid under their own header row (0-based rows, inclusive). */
  readonly ownTables: { first: number; last: number; repeat: number }[] = [];
  /** The next row to write on (0-based). */
  row = 0;

  constructor(
    readonly compiled: CompiledGrid,
    /** Prefix of the workbook names (« grille » → grille_1_1, grille_note). */
    readonly prefix: string,
  ) {
    this.layout = layoutOf(compiled);
    this.levels = levelsOf(compiled.grid.scale);
    this.cols = columnsOf(this.layout, this.levels, compiled.grid.columns);
    this.parents = parentsOf(compiled.referential.nodes);
  }

  get grid() {
    return this.compiled.grid;
  }

  /** Width in characters of the text columns, and of the whole grid. */
  get textWidth(): number {
    return span(this.cols, 0, this.cols.levelStart - 1);
  }

  get fullWidth(): number {
    return span(this.cols, 0, this.cols.last);
  }

  /** A wrapped text in one cell, its row made tall enough (not every host fits rows to their text). */
  cell(r: number, c: number, text: string, style: CellStyle): void {
    this.sheet.set(r, c, text, style);
    this.sheet.fitText(r, text, this.cols.widths[c] ?? 10);
  }

  /** A text across the whole grid on the next row. */
  line(text: string, style: CellStyle, width = this.fullWidth): void {
    this.sheet.area(this.row, 0, this.row, this.cols.last, text, style);
    this.sheet.fitText(this.row, text, width, style.size && style.size > 11 ? 18 : 15);
    this.row++;
  }

  /** The grid's column widths, then those of Grille's proposal beside it (gap, label, value, « / 20 »). */
  columnWidths(): number[] {
    return this.grid.marking?.kind === "weighted-mean" ? [...this.cols.widths, 3, 16, 9, 6] : [...this.cols.widths];
  }

  /** Hides columns from…to (0-based): Grille's helper cells. */
  hideColumns(from: number, to: number): void {
    for (let col = from; col <= to; col++) this.sheet.hide(col);
  }

  /** The workbook name of the cell(s) Grille reads for `id` (« grille_1_1 »). */
  name(id: string, address: string): string {
    return this.sheet.name(`${this.prefix}_${nameSafe(id)}`, address);
  }
}
