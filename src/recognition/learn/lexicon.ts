import { normalizeText } from "../text/normalize";

/**
 * The words teachers print in level headers, with their place on a common ladder (higher is better), so
 * that a header read in any order gives the levels worst first. Normalised text (no accents, lower case).
 */
const LEVEL_WORDS: ReadonlyMap<string, number> = new Map([
  ["tres insuffisant", 0],
  ["insuffisant", 1],
  ["insuffisante", 1],
  ["maitrise insuffisante", 1],
  ["non acquis", 1],
  ["non maitrise", 1],
  ["non atteint", 1],
  ["novice", 1],
  ["debutant", 1],
  ["faible", 1.5],
  ["fragile", 2],
  ["maitrise fragile", 2],
  ["passable", 2],
  ["en cours", 2],
  ["en cours d'acquisition", 2],
  ["partiellement acquis", 2],
  ["partiellement maitrise", 2],
  ["partiellement atteint", 2],
  ["fonctionnel", 2],
  ["debrouille", 2],
  ["moyen", 2.5],
  ["assez bien", 2.5],
  ["satisfaisant", 3],
  ["maitrise satisfaisante", 3],
  ["bien", 3],
  ["acquis", 3],
  ["atteint", 3],
  ["maitrise", 3],
  ["maitrisee", 3],
  ["averti", 3],
  ["tres bien", 4],
  ["tres satisfaisant", 4],
  ["tres bonne maitrise", 4],
  ["expertise", 4],
  ["expert", 4],
  ["depasse", 4],
  ["excellent", 5],
]);

/** Symbols, worst first: -- - + ++ and ✗ ✓. */
const SYMBOLS: ReadonlyMap<string, number> = new Map([
  ["---", -1],
  ["--", 0],
  ["-", 1],
  ["=", 1.5],
  ["+", 2],
  ["++", 3],
  ["+++", 4],
  ["✗", 0],
  ["✘", 0],
  ["✓", 1],
  ["✔", 1],
]);

/** The known letter scales, worst first. */
const LETTER_SCALES: readonly (readonly string[])[] = [
  ["N", "F", "M", "E"],
  ["NA", "ECA", "A"],
  ["NA", "EC", "A"],
  ["E", "D", "C", "B", "A"],
  ["D", "C", "B", "A"],
  ["C", "B", "A"],
  ["I", "F", "S", "TB"],
  ["TI", "I", "S", "TS"],
];

export type TokenKind = "word" | "symbol" | "letter" | "number" | "percent" | "period" | "numbered-level";

/** One header cell read as a level: its rank on its ladder (higher is better) and the points it prints. */
export interface LevelToken {
  kind: TokenKind;
  /** The code a teacher writes: « M », « 2 », « ++ », « Très bien ». */
  code: string;
  rank: number;
  /** Points printed in the cell (« Très bien (85) », « 100 % », « 3 »), if any. */
  points?: number;
}

const PERIOD = /^(?:p|periode|pfmp|s|semaine|t|trimestre)\s*(\d{1,2})$/;
const NUMBERED = /^(?:n|niveau|palier|profil|degre)\s*(\d)$/;

/** A header cell's raw text read as a level, or null when it is not one. */
export function levelToken(raw: string): LevelToken | null {
  const trimmed = raw.trim();
  if (trimmed === "" || trimmed.length > 40) return null;
  const symbol = SYMBOLS.get(trimmed.replace(/\s+/g, ""));
  if (symbol !== undefined) return { kind: "symbol", code: trimmed.replace(/\s+/g, ""), rank: symbol };
  const text = normalizeText(trimmed);
  const percent = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/.exec(text);
  if (percent) {
    const value = Number(percent[1]!.replace(",", "."));
    return { kind: "percent", code: trimmed, rank: value, points: value };
  }
  if (/^\d{1,3}(?:[.,]\d+)?$/.test(text)) {
    const value = Number(text.replace(",", "."));
    return { kind: "number", code: trimmed, rank: value, points: value };
  }
  const period = PERIOD.exec(text);
  if (period) return { kind: "period", code: trimmed.toUpperCase().replace(/\s+/g, ""), rank: Number(period[1]) };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { kind: "numbered-level", code: trimmed.replace(/\s+/g, " "), rank: Number(numbered[1]) };
  // « Très bien (85) », « Excellent - 100 pts », « Maîtrise 3 pts »: a word and its points.
  const withPoints = /^(.*?)[\s(:=-]+(\d{1,3}(?:[.,]\d+)?)\s*(?:pts?|points?|%)?\)?$/.exec(text);
  const word = withPoints && LEVEL_WORDS.has(withPoints[1]!.trim()) ? withPoints[1]!.trim() : text;
  const rank = LEVEL_WORDS.get(word);
  if (rank !== undefined) {
    const points = withPoints && word !== text ? Number(withPoints[2]!.replace(",", ".")) : undefined;
    return { kind: "word", code: word === text ? trimmed : trimmed.slice(0, trimmed.search(/[\s(:=-]+\d/)).trim() || trimmed, rank, ...(points !== undefined ? { points } : {}) };
  }
  if (/^[a-z]{1,3}$/.test(text)) return { kind: "letter", code: trimmed.toUpperCase(), rank: 0 };
  return null;
}

/** Ranks letter codes by a known letter scale that holds them all (worst first); null when none does. */
export function letterRanks(codes: readonly string[]): Map<string, number> | null {
  for (const scale of LETTER_SCALES) {
    if (codes.every((code) => scale.includes(code))) return new Map(codes.map((code) => [code, scale.indexOf(code)]));
  }
  return null;
}

/** Does this text name a level word of the ladder? */
export const isLevelWord = (normalized: string): boolean => LEVEL_WORDS.has(normalized);
