/**
 * Text as recognition compares it: no accents, lower case, typographic quotes and apostrophes folded,
 * bullets and dashes at line starts removed, all spaces (non-breaking, repeated, line breaks) folded to
 * one, a trailing colon dropped. « Nom et prénom de la candidate :\u00a0» → "nom et prenom de la candidate".
 */
export function normalizeText(raw: string): string {
  const cached = normalized.get(raw);
  if (cached !== undefined) return cached;
  const result = normalizeUncached(raw);
  remember(normalized, raw, result);
  return result;
}

/**
 * Class workbooks repeat the same labels on every sheet: texts are normalised and compared once. The
 * caches are bounded (cleared when full), so a huge workbook cannot grow them without limit.
 */
const CACHE_LIMIT = 50_000;
const normalized = new Map<string, string>();

export function remember<K, V>(cache: Map<K, V>, key: K, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

function normalizeUncached(raw: string): string {
  // A cell of signs alone (« -- », « - », « ++ ») is a level of a ± scale, not a bulleted line.
  if (raw.length <= 8 && /^\s*(?:[-+]{1,3}|[\u2010-\u2015\u2212]{1,3})\s*$/.test(raw)) return raw.trim().replace(/[\u2010-\u2015\u2212]/g, "-");
  return raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb\u2033"]/g, ' " ')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/(^|\n)\s*[·•▪◦‣∙●○■□\-*]+\s*/g, "$1")
    .replace(/\s*\/\s*/g, " / ")
    .replace(/[\s\u00a0\u202f\u2007]+/g, " ")
    .replace(/\s*:\s*$/, "")
    .trim();
}

/** Words too common to tell two labels apart. */
const STOP_WORDS = new Set([
  "a", "au", "aux", "avec", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par", "pour", "sur", "un", "une", "dans", "son", "sa", "ses", "leur", "leurs", "the", "of", "and",
]);

/** The significant words of a normalised text: letters and digits, stop words dropped. */
export function significantWords(normalized: string): string[] {
  const words = normalized.split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !STOP_WORDS.has(w));
  return words;
}

/**
 * An official code at the start of a text: "1.1", "1.1.", "1.1 -", "1.2.3)" → "1.1", "1.2.3".
 * Returns the code and the rest of the text.
 */
export function leadingCode(normalized: string): { code: string; rest: string } | null {
  const match = /^(\d+(?:\.\d+)+)\.?\s*(?:[-–:)]\s*)?(.*)$/s.exec(normalized);
  if (!match) return null;
  return { code: match[1]!, rest: match[2]!.trim() };
}

const interned = new Map<string, number>();

/** A small number standing for a text, so that caches key on numbers, not on long strings. */
export function internText(text: string): number {
  let id = interned.get(text);
  if (id === undefined) {
    if (interned.size >= CACHE_LIMIT) interned.clear();
    id = nextId++;
    interned.set(text, id);
  }
  return id;
}
let nextId = 1;
