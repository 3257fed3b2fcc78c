import type { Tone } from "../terminal";

/** A table cell: its text, and the tone it is painted in on a colour terminal. */
export type TableCell = string | { text: string; tone?: Tone };

export interface TableOptions {
  /** Paints a padded cell; identity when colours are off. */
  paint?: (text: string, tone: Tone | undefined) => string;
  /** Total width not to exceed (a terminal's columns); the widest columns listed in `shrinkable` are cut with « … ». */
  maxWidth?: number;
  /** Columns that may be shortened to fit `maxWidth`, by index. */
  shrinkable?: number[];
  /** Columns aligned right (numbers), by index. */
  right?: number[];
  /** Indent before each line. */
  indent?: string;
}

const GAP = "  ";

/** Width as a terminal shows it: one column per character, accents composed. */
export const displayWidth = (text: string): number => [...text.normalize("NFC")].length;

const cellText = (cell: TableCell): string => (typeof cell === "string" ? cell : cell.text);
const cellTone = (cell: TableCell): Tone | undefined => (typeof cell === "string" ? undefined : cell.tone);

function truncate(text: string, width: number): string {
  const chars = [...text.normalize("NFC")];
  if (chars.length <= width) return text;
  return width <= 1 ? chars.slice(0, width).join("") : `${chars.slice(0, width - 1).join("")}…`;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Column widths that fit `maxWidth`, taking from the widest shrinkable column first. */
function fitWidths(widths: number[], options: TableOptions): number[] {
  const { maxWidth, shrinkable = [] } = options;
  if (maxWidth === undefined || shrinkable.length === 0) return widths;
  const fitted = [...widths];
  const total = () => fitted.reduce((sum, w) => sum + w, 0) + GAP.length * (fitted.length - 1) + (options.indent?.length ?? 0);
  while (total() > maxWidth) {
    const widest = shrinkable.filter((c) => (fitted[c] ?? 0) > 8).sort((a, b) => fitted[b]! - fitted[a]!)[0];
    if (widest === undefined) break;
    fitted[widest]!--;
  }
  return fitted;
}

/** Lines of an aligned table: a header, then the rows; trailing spaces trimmed. */
export function renderTable(header: TableCell[], rows: TableCell[][], options: TableOptions = {}): string[] {
  const all = [header, ...rows];
  const columns = Math.max(...all.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, c) => Math.max(...all.map((r) => displayWidth(cellText(r[c] ?? "")))));
  const widths = fitWidths(natural, options);
  const paint = options.paint ?? ((text: string) => text);
  const right = new Set(options.right ?? []);
  return all.map((row, r) => {
    const cells = widths.map((width, c) => {
      const cell = row[c] ?? "";
      const padded = pad(truncate(cellText(cell), width), c === columns - 1 && !right.has(c) ? 0 : width, right.has(c));
      return paint(padded, r === 0 ? "strong" : cellTone(cell));
    });
    return `${options.indent ?? ""}${cells.join(GAP)}`.trimEnd();
  });
}
