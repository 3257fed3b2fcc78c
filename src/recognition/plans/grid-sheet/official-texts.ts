import type { PrintPlace, PrintedText } from "../../../core/model/printed";
import { walkNodes } from "../../../core/model/referential";
import type { CellStyle } from "../plan";
import { span, type Columns } from "./columns";
import type { GridDraft } from "./draft";
import { S } from "./styles";

/**
 * The official texts a grid prints at one place (see `PrintPlace`), verbatim: heading, lines, then the
 * table built from the wording the grid file holds (level descriptions, degrees of mastery, scales).
 * The title block prints the « above-title » and « title » ones itself (texts.ts). Each block ends with a blank row.
 */
export function officialTexts(draft: GridDraft, place: Exclude<PrintPlace, "title" | "above-title">): void {
  for (const block of draft.grid.texts ?? []) {
    if (block.place !== place) continue;
    if (block.heading) draft.line(block.heading, S.textHeading);
    for (const line of block.lines) draft.line(line, S.officialText);
    const first = draft.row;
    if (block.table === "level-descriptions") levelDescriptions(draft);
    else if (block.table === "level-descriptors") levelDescriptors(draft, block);
    else if (block.table === "scale-descriptors") scaleDescriptors(draft);
    // The descriptor tables start with a header row: a document prints them as tables of their own.
    if (block.table !== undefined && block.table !== "level-descriptions" && draft.row > first + 1) draft.ownTables.push({ first, last: draft.row - 1, repeat: 1 });
    draft.row++;
  }
}

/** Font size of the official tables: the official documents print them small, and they are long. */
const TABLE_SIZE = 9;
const TABLE_LINE = 12;

/**
 * Splits the columns into `n` runs, left to right, the widest run as narrow as can be: the table's own
 * columns over the grid's (E33: 46 | 46 | 12+12 | 12+12).
 */
export function columnRuns(cols: Columns, n: number): { from: number; to: number }[] {
  const best = (from: number, k: number): { runs: { from: number; to: number }[]; widest: number } => {
    if (k === 1) return { runs: [{ from, to: cols.last }], widest: span(cols, from, cols.last) };
    let found = { runs: [] as { from: number; to: number }[], widest: Infinity };
    for (let to = from; to <= cols.last - (k - 1); to++) {
      const rest = best(to + 1, k - 1);
      const widest = Math.max(span(cols, from, to), rest.widest);
      if (widest < found.widest) found = { runs: [{ from, to }, ...rest.runs], widest };
    }
    return found;
  };
  return best(0, Math.min(n, cols.last + 1)).runs;
}

/** One row of the table: each text over its run, the row as tall as its longest text. */
function tableRow(draft: GridDraft, texts: readonly string[], runs: readonly { from: number; to: number }[], style: CellStyle): void {
  texts.forEach((text, i) => {
    const run = runs[i];
    if (!run) return; // more texts than the grid has columns: a grid file of its own, not an official one
    draft.sheet.area(draft.row, run.from, draft.row, run.to, text, style);
    // A 9 pt text fits some 11/9 more characters on a line than the 11 pt the widths count.
    draft.sheet.fitText(draft.row, text, (span(draft.cols, run.from, run.to) * 11) / TABLE_SIZE, TABLE_LINE);
  });
  draft.row++;
}

/** E31: « Novice : aucune autonomie… », one paragraph per level, as the instructions list them. */
function levelDescriptions(draft: GridDraft): void {
  for (const level of draft.levels) if (level.description) draft.line(`${level.label} : ${level.description}`, S.officialText);
}

/** E33: the degrees of mastery, one column per level, a row per rated node that describes its levels, under its phase. */
function levelDescriptors(draft: GridDraft, block: PrintedText): void {
  const runs = columnRuns(draft.cols, draft.levels.length);
  const header = block.tableHeader ?? draft.levels.map((l) => `${l.code}. ${l.label}`);
  tableRow(draft, header, runs, { ...S.header, size: TABLE_SIZE });
  let phase: string | undefined;
  for (const node of walkNodes(draft.compiled.referential.nodes)) {
    if (!node.descriptors) continue;
    if (node.phase && node.phase !== phase) draft.line(node.phase, S.phase);
    phase = node.phase ?? phase;
    tableRow(
      draft,
      draft.levels.map((l) => node.descriptors?.[l.code] ?? ""),
      runs,
      S.tableText,
    );
  }
}

/** CQP: each context of observation in a column with its descriptors, worst first, then the anchors. */
function scaleDescriptors(draft: GridDraft): void {
  const scale = draft.grid.scale;
  if (scale.kind !== "percent" || scale.descriptorSets.length === 0) return;
  const sets = scale.descriptorSets;
  const runs = columnRuns(draft.cols, sets.length);
  tableRow(draft, sets.map((s) => s.context), runs, { ...S.header, size: TABLE_SIZE });
  const depth = Math.max(...sets.map((s) => s.descriptors.length));
  for (let i = 0; i < depth; i++) tableRow(draft, sets.map((s) => s.descriptors[i] ?? ""), runs, S.tableText);
  // The anchors on one line, spaced as a scale: separate cells would read as percentage headers.
  const anchors = scale.anchors.map((a) => a.label ?? `${a.value}%`);
  if (anchors.length > 0) draft.line(anchors.join("          "), { bold: true, horizontal: "center", vertical: "middle" });
}
