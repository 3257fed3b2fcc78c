import type { CompiledGrid } from "../../core/model/compile";
import type { RatingValue } from "../../core/model/evaluation";
import { parseLooseNumber } from "../../core/text/numbers";
import { cellText, isCellError, type CellValue } from "../snapshot/cells";
import { leadingCode, normalizeText } from "../text/normalize";
import { isNotALevel } from "./level-cell-content";

/** What a teacher puts in a level column to tick it. */
const TICKS = new Set(["x", "×", "✗", "✘", "✓", "✔", "☑", "☒", "•", "●", "oui", "yes", "vrai", "true", "1", "ok", "+"]);
/** Glyphs that normalisation would erase as bullets, checked on the raw text. */
const GLYPH_TICKS = /^[•●◉■▪✓✔✗✘×xX]+$/;
const NOT_TICKS = new Set(["non", "no", "faux", "false", "0", "-", "—", "/"]);

/** The forms under which a teacher may write each level: code, label, aliases, « 1. Novice ». */
export function levelVocabulary(compiled: CompiledGrid): Map<string, string> {
  const vocabulary = new Map<string, string>();
  for (const [code, { level }] of compiled.levels) {
    const forms = [code, level.label, ...level.aliases, `${code} ${level.label}`, `${code}. ${level.label}`, `${code} - ${level.label}`, `${code} : ${level.label}`];
    for (const form of forms) {
      const key = normalizeText(form);
      if (!vocabulary.has(key)) vocabulary.set(key, code);
    }
  }
  return vocabulary;
}

/** The level code a header or value cell names, if any. */
export function levelOf(vocabulary: ReadonlyMap<string, string>, value: CellValue): string | null {
  if (value === null || isCellError(value)) return null;
  const text = normalizeText(cellText(value));
  if (text === "") return null;
  const direct = vocabulary.get(text);
  if (direct) return direct;
  const coded = leadingCode(text);
  if (coded) return vocabulary.get(coded.code) ?? null;
  const head = /^(\w+)\s*[.:)\-–]\s*(.+)$/.exec(text);
  if (head) return vocabulary.get(head[1]!) ?? vocabulary.get(head[2]!) ?? null;
  return null;
}

/**
 * Reads a cell of a level column: a tick (X, ✓, oui, 1, TRUE…) or the column's own code is the column's
 * level; a number is a typed value (the core decides whether the grid allows it); an error or "non" is
 * nothing; anything else is kept as unknown.
 */
export function readLevelColumnCell(value: CellValue, columnCode: string, vocabulary: ReadonlyMap<string, string>, at: string): RatingValue | null {
  if (value === null || isCellError(value)) return null;
  if (typeof value === "boolean") return value ? { kind: "level", code: columnCode, at } : null;
  if (typeof value === "number") {
    if (value === 1) return { kind: "level", code: columnCode, at };
    if (value === 0) return null;
    return { kind: "number", value, at };
  }
  if (GLYPH_TICKS.test(cellText(value).trim())) return { kind: "level", code: columnCode, at };
  // « non », « 0 », « . », « ? »…: no level, as the generated workbook's formula reads it.
  if (isNotALevel(value)) return null;
  const text = normalizeText(cellText(value));
  if (text === "" || NOT_TICKS.has(text)) return null;
  if (TICKS.has(text) || /^[x×✗✘✓✔]+$/.test(text)) return { kind: "level", code: columnCode, at };
  if (vocabulary.get(text) === columnCode) return { kind: "level", code: columnCode, at };
  const number = parseLooseNumber(text);
  if (number !== null) return { kind: "number", value: number, at };
  return { kind: "unknown", raw: cellText(value).trim(), at };
}

/**
 * Reads a single level cell (no level columns): a code, a word, a drop-down value, a number, or a
 * percentage (a cell formatted as % holds 0.7 for 70 %).
 */
export function readLevelValueCell(compiled: CompiledGrid, vocabulary: ReadonlyMap<string, string>, value: CellValue, at: string, percentFormat: boolean): RatingValue | null {
  if (value === null) return null;
  if (isCellError(value)) return { kind: "unknown", raw: value.error, at, problem: "cell-error" };
  const percent = compiled.grid.scale.kind === "percent";
  if (typeof value === "number") {
    if (percent) return { kind: "number", value: percentFormat ? Math.round(value * 100 * 1e6) / 1e6 : value, at };
    const code = vocabulary.get(String(value));
    return code ? { kind: "level", code, at } : { kind: "number", value, at };
  }
  if (typeof value === "boolean") return { kind: "unknown", raw: cellText(value), at };
  const raw = cellText(value).trim();
  if (raw === "") return null;
  if (!percent) {
    const code = levelOf(vocabulary, value);
    if (code) return { kind: "level", code, at };
  }
  const number = parseLooseNumber(raw);
  if (number !== null) return { kind: "number", value: number, at };
  return { kind: "unknown", raw, at };
}

/** Is this value a tick, as a teacher means it, in a yes/no cell (a rule's flag)? */
export function isTick(value: CellValue): boolean {
  if (value === null || isCellError(value)) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1;
  if (GLYPH_TICKS.test(cellText(value).trim())) return true;
  const text = normalizeText(cellText(value));
  return TICKS.has(text) || /^[x×✗✘✓✔]+$/.test(text);
}
