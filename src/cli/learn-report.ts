import { text, type Locale, type Text } from "../core/i18n/locale";
import type { GridFile } from "../core/model/grid";
import { describeRounding } from "../core/marking/rounding";
import { levelsOf } from "../core/model/scale";
import { formatNumber } from "../core/text/numbers";
import type { LearnNote, LearnResult, Reproduction } from "../recognition/learn";
import { gridName } from "../referentials/grid-name";
import { qualified } from "../recognition/snapshot/cells";
import { cellPlace } from "./format/place";
import { renderTable } from "./format/table";
import { learnMessages as m } from "./learn-messages";
import type { Terminal } from "./terminal";

/** What `grille learn` prints: the proposed grid in a few lines, the notes with their certainty, the file's totals against the grid's. */

/** The scale as a teacher reads it: « -- (0) · - (1) · + (2) · ++ (3) », or « 0 à 100 % ». */
export function scaleText(file: GridFile, locale: Locale): string {
  const scale = file.grid.scale;
  if (scale.kind === "percent") return `${formatNumber(scale.min, locale)} – ${formatNumber(scale.max, locale)} %`;
  return levelsOf(scale)
    .map((l) => {
      const name = l.label !== l.code ? `${l.code} ${l.label}` : l.code;
      return l.points === undefined ? name : `${name} (${formatNumber(l.points, locale)})`;
    })
    .join(" · ");
}

/** The marking in one line. Kinds this command does not describe are named by their kind. */
export function markingText(file: GridFile, locale: Locale): Text | null {
  const marking = file.grid.marking;
  if (!marking) return null;
  switch (marking.kind) {
    case "weighted-mean": {
      const rounding = describeRounding(marking.rounding);
      const weighted = Object.keys(marking.weights).length > 0 || marking.groups.some((g) => g.weight !== 1);
      return text(
        `moyenne${weighted ? " pondérée" : ""} des points sur ${formatNumber(marking.max, locale)}, ${rounding.fr}`,
        `${weighted ? "weighted " : ""}mean of the points out of ${formatNumber(marking.max, locale)}, ${rounding.en}`,
      );
    }
    case "coverage":
      return text(`pas de note : chaque item au moins ${marking.minPeriods} fois`, `no mark: each item at least ${marking.minPeriods} time(s)`);
    case "domain-percent":
      return text("pourcentage par domaine", "percentage per domain");
    default: {
      const kind = (marking as { kind: string }).kind;
      const max = (marking as { max?: number }).max;
      return text(max === undefined ? kind : `${kind}, sur ${formatNumber(max, locale)}`, max === undefined ? kind : `${kind}, out of ${formatNumber(max, locale)}`);
    }
  }
}

function noteLine(note: LearnNote, term: Terminal): string {
  // As the pane's grid editor says it: « Grille vierge, cellules B7:E7 », or the sheet alone.
  const where = note.sheet ? ` (${note.address ? cellPlace(qualified(note.sheet, note.address), term.locale) : note.sheet})` : "";
  const tone = note.confidence === "low" ? "warn" : note.confidence === "medium" ? undefined : "dim";
  return `  ${term.paint(`[${term.t(m.confidence(note.confidence))}]`, tone)} ${term.t(note)}${where}`;
}

function totalsLines(reproductions: readonly Reproduction[], term: Terminal): string[] {
  if (reproductions.length === 0) return [term.t(m.noTotals)];
  const matching = reproductions.filter((r) => r.matches).length;
  const c = m.totalsColumns;
  const rows = reproductions.map((r) => [
    r.candidate,
    formatNumber(r.fileTotal, term.locale),
    r.learnedTotal === null ? term.t(m.cannotMark) : formatNumber(r.learnedTotal, term.locale),
    { text: r.matches ? "✓" : "✗", tone: r.matches ? ("ok" as const) : ("bad" as const) },
  ]);
  return [
    term.t(m.totalsHeading(matching, reproductions.length)),
    ...renderTable([term.t(c.candidate), term.t(c.file), term.t(c.learned), term.t(c.same)], rows, { paint: (s, tone) => term.paint(s, tone), right: [1, 2], indent: "  ", maxWidth: term.width, shrinkable: [0] }),
  ];
}

/** The summary of a proposal, line by line, in the terminal's language. */
export function proposalLines(result: Extract<LearnResult, { kind: "proposed" }>, source: { file: string; document: boolean }, term: Terminal): string[] {
  const { grid } = result.file;
  const where = source.document ? m.fromDocument(source.file) : m.fromSheet(result.sourceSheet, source.file);
  const lines = [term.paint(term.t(m.proposed(where, gridName(grid), grid.id)), "strong")];
  const codes = grid.items.map((i) => i.id);
  lines.push(`  ${term.t(m.items(codes.length, codes.length > 12 ? `${codes.slice(0, 12).join(", ")}, …` : codes.join(", ")))}`);
  lines.push(`  ${term.t(m.scale(scaleText(result.file, term.locale)))}`);
  const marking = markingText(result.file, term.locale);
  lines.push(`  ${term.t(marking ? m.marking(marking) : m.noMarking)}`);
  if (grid.fields.length > 0) {
    const fields = grid.fields.map((f) => (f.required ? `${f.label} (${term.t(m.required)})` : f.label)).join(", ");
    lines.push(`  ${term.t(m.fields(fields))}`);
  }
  if (grid.panel) lines.push(`  ${term.t(m.panel(grid.panel.label))}`);
  if (grid.rules.length > 0) lines.push(`  ${term.t(m.rules(grid.rules.map((r) => r.label).join(" ; ")))}`);
  if (result.notes.length > 0) lines.push("", term.t(m.notesHeading), ...result.notes.map((n) => noteLine(n, term)));
  lines.push("", ...totalsLines(result.reproductions, term));
  return lines;
}

/** Why nothing was proposed: the notes say what was looked at. */
export const nothingLines = (result: Extract<LearnResult, { kind: "nothing" }>, term: Terminal): string[] => result.notes.map((n) => noteLine(n, term));

/** `--json`: one document, stable keys (more may appear). */
export function learnJson(result: LearnResult, paths: { input: string; output: string | null; embedded: string | null }, locale: Locale): unknown {
  const notes = result.notes.map((n) => ({ part: n.part, confidence: n.confidence, message: n[locale], sheet: n.sheet ?? null, address: n.address ?? null }));
  if (result.kind === "nothing") return { path: paths.input, proposed: false, notes };
  return {
    path: paths.input,
    proposed: true,
    sourceSheet: result.sourceSheet,
    output: paths.output,
    embedded: paths.embedded,
    grid: { id: result.file.grid.id, title: result.file.grid.title, items: result.file.grid.items.map((i) => i.id), scale: scaleText(result.file, locale) },
    notes,
    reproductions: result.reproductions,
  };
}
