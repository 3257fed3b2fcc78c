import { remember } from "./normalize";

/** Damerau-free Levenshtein distance, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Two words are the same word, allowing a typo in longer words ("reponse" / "reponce"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  // Typos seldom hit a word's first letter; checking it first keeps fuzzy matching cheap.
  if (shorter < 5 || a[0] !== b[0]) return false;
  return editDistance(a, b, shorter >= 9 ? 2 : 1) <= (shorter >= 9 ? 2 : 1);
}

/** How many words of `needles` are found in `haystack` (each haystack word used once). */
function matchedWords(needles: readonly string[], haystack: readonly string[]): number {
  const available = [...haystack];
  let count = 0;
  for (const word of needles) {
    let index = available.indexOf(word);
    if (index < 0) index = available.findIndex((candidate) => sameWord(word, candidate));
    if (index >= 0) {
      count++;
      available.splice(index, 1);
    }
  }
  return count;
}

/**
 * How well a cell's words match a label's words, from 0 to 1:
 * - the Dice coefficient when both say about the same;
 * - the share of the label found in the cell when the cell says more (a label merged with its
 *   competencies in one cell), slightly discounted;
 * - the share of the cell found in the label when the cell says less (a label cut short), more
 *   discounted, and only when the cell still has a few words.
 */
export function labelSimilarity(cellWords: readonly string[], labelWords: readonly string[]): number {
  if (cellWords.length === 0 || labelWords.length === 0) return 0;
  const key = `${cellWords.join(" ")}\u0000${labelWords.join(" ")}`;
  const cached = similarities.get(key);
  if (cached !== undefined) return cached;
  const result = similarityUncached(cellWords, labelWords);
  remember(similarities, key, result);
  return result;
}

const similarities = new Map<string, number>();

function similarityUncached(cellWords: readonly string[], labelWords: readonly string[]): number {
  const common = matchedWords(labelWords, cellWords);
  if (common === 0) return 0;
  const dice = (2 * common) / (cellWords.length + labelWords.length);
  const labelCovered = common / labelWords.length;
  const cellCovered = common / cellWords.length;
  const merged = labelWords.length >= 2 ? labelCovered * 0.9 : 0;
  const cut = cellWords.length >= 3 ? cellCovered * Math.min(1, 0.6 + 0.1 * cellWords.length) * 0.85 : 0;
  return Math.max(dice, merged * (labelCovered === 1 ? 1 : labelCovered), cut * (cellCovered === 1 ? 1 : cellCovered));
}
