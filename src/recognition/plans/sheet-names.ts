/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name as Excel compares it: without case (« Synthèse » and « SYNTHÈSE » are one sheet). The
 * one spelling every host and check uses as a key; never shown.
 */
export const foldSheetName = (name: string): string => name.toLocaleLowerCase("fr");

export const sameSheetName = (a: string, b: string): boolean => foldSheetName(a) === foldSheetName(b);

/**
 * A name Excel accepts for a sheet: none of [ ] : * ? / \, no apostrophe at either end, not « History »
 * (reserved), at most 31 characters, not empty (then `fallback`).
 */
export function cleanSheetName(raw: string, fallback: string): string {
  const cleaned = raw
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  const cut = cleaned.slice(0, MAX_SHEET_NAME).trim().replace(/'+$/, "");
  return cut === "" ? fallback : cut;
}

/**
 * `wanted`, made valid and different (case-insensitively, as Excel compares sheet names) from every
 * name in `taken`: « Alice », then « Alice (2) », « Alice (3) »…, cut so that the suffix fits.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>, fallback = "Feuille"): string {
  const base = cleanSheetName(wanted, fallback);
  const names = [...taken];
  const free = (name: string) => !sameSheetName(name, "History") && !names.some((t) => sameSheetName(t, name));
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (free(candidate)) return candidate;
  }
}
