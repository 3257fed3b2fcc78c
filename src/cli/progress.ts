import type { Output } from "./terminal";

/** Above this many sheets, a single workbook is worth a progress bar. */
const MANY_SHEETS = 20;

const BAR_WIDTH = 24;

/** A one-line progress bar on stderr, redrawn in place, erased when done. */
export class Progress {
  private shown = false;

  constructor(
    private readonly stream: Output,
    private readonly total: number,
    /** False in --json mode and when stderr is not a terminal: then nothing is ever drawn. */
    private readonly allowed: boolean,
  ) {}

  /** Several files, or one big workbook: a bar helps; one small file is done before it would show. */
  private worthIt(sheets: number): boolean {
    return this.total > 1 || sheets > MANY_SHEETS;
  }

  update(done: number, label: string, sheets = 0): void {
    if (!this.allowed || !(this.shown || this.worthIt(sheets))) return;
    const filled = this.total === 0 ? BAR_WIDTH : Math.round((done / this.total) * BAR_WIDTH);
    const line = `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${done}/${this.total} ${label}`;
    const width = (this.stream.columns ?? 80) - 1;
    this.stream.write(`\r\u001b[2K${[...line].slice(0, width).join("")}`);
    this.shown = true;
  }

  finish(): void {
    if (this.shown) this.stream.write("\r\u001b[2K");
    this.shown = false;
  }
}
