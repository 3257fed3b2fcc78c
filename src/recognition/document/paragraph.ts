/**
 * A paragraph as a form line: « Nom et prénom : ……… », « Note sur 20 (…) : 14,5 / 20 », several fields on
 * one line separated by tabs or by their dotted placeholders. Each field is a segment: its label (up to
 * and with the colon), its value, and a trailing « / 20 ». Offsets are into the paragraph's text, so an
 * adapter can replace exactly the value and keep the label and the suffix.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  label: Span;
  /** The value, without the suffix; may be empty (start = end) or a placeholder (dots, underscores). */
  value: Span;
  /** « / 20 » after the value, if any. */
  suffix: Span | null;
}

/** Dots, ellipses, underscores, dashes and spaces: where a value is not written yet. */
const PLACEHOLDER_CHARS = /^[\s.…_\-–—]*$/;
const PLACEHOLDER_RUN = /[.…_]{3,}[.…_\s]*/g;
/** « / 20 », « /20 », « / 100 » at the end of a value, after a space or a placeholder (not the « /2026 » of a date). */
const SUFFIX = /(?:^|(?<=[\s.…_]))\/\s*\d{1,3}(?:[.,]\d+)?\s*$/;

export const isBlankValue = (text: string): boolean => PLACEHOLDER_CHARS.test(text);

/** Colons that end a label: followed by a space or the end of the text, not between digits (« 10:30 »). */
function labelColons(text: string): number[] {
  const colons: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ":") continue;
    const next = text[i + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    colons.push(i);
  }
  return colons;
}

/**
 * Where the next label starts between two colons: after the last tab, else after a dotted placeholder
 * followed by words. null when the text between says nothing clear (the value then runs to the end).
 */
function nextLabelStart(text: string, from: number, colon: number): number | null {
  const between = text.slice(from, colon);
  const tab = between.lastIndexOf("\t");
  if (tab >= 0) {
    const start = from + tab + 1;
    return text.slice(start, colon).trim() === "" ? null : start;
  }
  let last: RegExpExecArray | null = null;
  PLACEHOLDER_RUN.lastIndex = 0;
  for (let match = PLACEHOLDER_RUN.exec(between); match; match = PLACEHOLDER_RUN.exec(between)) last = match;
  if (!last) return null;
  const start = from + last.index + last[0].length;
  return start < colon && text.slice(start, colon).trim() !== "" ? start : null;
}

function withSuffix(text: string, value: Span): { value: Span; suffix: Span | null } {
  const slice = text.slice(value.start, value.end);
  const match = SUFFIX.exec(slice);
  if (!match) return { value, suffix: null };
  const start = value.start + match.index;
  return { value: { start: value.start, end: start }, suffix: { start, end: value.end } };
}

/**
 * The segments of a paragraph. A paragraph without a label colon is one segment whose label is the
 * whole text (a title, prose) and whose value is empty at its end.
 */
export function splitParagraph(text: string): Segment[] {
  const colons = labelColons(text);
  if (colons.length === 0) return [{ label: { start: 0, end: text.length }, value: { start: text.length, end: text.length }, suffix: null }];
  const segments: Segment[] = [];
  let labelStart = 0;
  for (let k = 0; k < colons.length; k++) {
    const colon = colons[k]!;
    if (colon < labelStart) continue;
    const label = { start: labelStart, end: colon + 1 };
    const following = colons.slice(k + 1).find((c) => c > colon);
    const next = following === undefined ? null : nextLabelStart(text, colon + 1, following);
    const valueEnd = next === null ? text.length : trimEndBefore(text, colon + 1, next);
    segments.push({ label, ...withSuffix(text, { start: colon + 1, end: valueEnd }) });
    if (next === null) break;
    labelStart = next;
  }
  return segments;
}

/** The end of a value before the next label: its tab or trailing spaces are not part of it. */
function trimEndBefore(text: string, from: number, next: number): number {
  let end = next;
  while (end > from && /[\t ]/.test(text[end - 1]!)) end--;
  // A dotted placeholder keeps its dots; the spaces after it go with the separator.
  return end;
}

export const spanText = (text: string, span: Span): string => text.slice(span.start, span.end);

/** What a paragraph edit replaces: the value's span, and the text that goes there (its spaces kept). */
export interface ParagraphEdit {
  start: number;
  end: number;
  replacement: string;
  /** The label before the value (to find it in Word by search) and the text being replaced. */
  label: string;
  previous: string;
  suffix: string | null;
}

/**
 * Writes `value` in place of segment `segment`'s value: the label and the suffix stay, one space after
 * the colon, one before the suffix. « Note sur 20 : ……… / 20 » + 14,5 → « Note sur 20 : 14,5 / 20 ».
 * A paragraph without a colon gets the value after a space.
 */
export function paragraphEdit(text: string, segment: number, value: string): ParagraphEdit | null {
  const segments = splitParagraph(text);
  const target = segments[segment];
  if (!target) return null;
  const { start, end } = target.value;
  const previous = text.slice(start, end);
  const lead = previous.match(/^\s*/)![0];
  const before = lead !== "" ? lead : start > 0 && !/\s/.test(text[start - 1]!) ? " " : "";
  const after = target.suffix && !/^\s/.test(spanText(text, target.suffix)) ? " " : "";
  return {
    start,
    end,
    replacement: `${before}${value}${after}`,
    label: spanText(text, target.label),
    previous,
    suffix: target.suffix ? spanText(text, target.suffix) : null,
  };
}

export const applyParagraphEdit = (text: string, edit: ParagraphEdit): string => text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
