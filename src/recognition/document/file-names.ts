/**
 * File names made from candidates' names, safe on Windows, macOS and Linux: no path separators or
 * characters Windows refuses, no control characters, no trailing dot or space, no device name (CON,
 * NUL…), not too long; and unique within a class whatever the case (two « Martin Léa » become
 * « Martin Léa » and « Martin Léa (2) »), since Windows and macOS compare names without case.
 */

const FORBIDDEN = new Set('<>:"/\\|?*');
const allowed = (ch: string) => !FORBIDDEN.has(ch) && ch.charCodeAt(0) >= 32 && ch !== "\u007f";
const DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_LENGTH = 80;

export function safeFileName(name: string, fallback: string): string {
  let safe = [...name.normalize("NFC")].map((ch) => (allowed(ch) ? ch : " ")).join("").replace(/\s+/g, " ").trim();
  safe = safe.slice(0, MAX_LENGTH).replace(/[. ]+$/, "").replace(/^[. ]+/, "");
  if (safe === "") safe = fallback;
  return DEVICE.test(safe) ? `${safe}_` : safe;
}

/** A safe, unique file name (without extension) for each candidate, in order. */
export function candidateFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    const base = safeFileName(name, `candidat-${i + 1}`);
    let unique = base;
    for (let n = 2; taken.has(unique.toLocaleLowerCase("fr")); n++) unique = `${base} (${n})`;
    taken.add(unique.toLocaleLowerCase("fr"));
    return unique;
  });
}
