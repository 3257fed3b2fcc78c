/**
 * JSON text as a teacher's editor saved it: a syntax error is said in French with its line and column
 * (JSON.parse only gives an English sentence and, at best, a character offset).
 */

export type JsonText = { ok: true; value: unknown } | { ok: false; error: string };

/** Line and column (1-based) of a character offset. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < Math.min(offset, source.length); i++) {
    if (source[i] === "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, column: Math.min(offset, source.length) - start + 1 };
}

function offsetOf(message: string, source: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineCol) {
    const lines = source.split("\n");
    return lines.slice(0, Number(lineCol[1]) - 1).reduce((sum, l) => sum + l.length + 1, 0) + Number(lineCol[2]) - 1;
  }
  return source.length;
}

const shown = (ch: string) => (ch === '"' ? "« \" »" : /\s/.test(ch) ? "une espace" : `« ${ch} »`);

export function parseJsonText(source: string): JsonText {
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const offset = offsetOf(error instanceof Error ? error.message : "", source);
    const { line, column } = lineColumn(source, offset);
    const what =
      offset >= source.trimEnd().length
        ? "le texte s’arrête avant la fin (accolade, crochet ou guillemet non fermé ?)"
        : `caractère inattendu ${shown(source[offset]!)} (virgule en trop ou manquante, guillemets droits " autour des noms ?)`;
    return { ok: false, error: `JSON invalide, ligne ${line}, colonne ${column} : ${what}` };
  }
}
