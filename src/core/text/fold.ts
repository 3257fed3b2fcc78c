/** Lower case, accents removed, words split on anything that is not a letter or digit: « Éco-gestion » → ["eco", "gestion"]. */
export function foldedWords(value: string): string[] {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}
