import type { Locale } from "../i18n/locale";

/**
 * A number as a teacher reads it: at most `decimals` decimals, trailing zeros dropped,
 * decimal comma in French (« 11,67 », « 15 »).
 */
export function formatNumber(value: number, locale: Locale = "fr", decimals = 2): string {
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  const normalised = trimmed === "-0" ? "0" : trimmed;
  return locale === "fr" ? normalised.replace(".", ",") : normalised;
}

/** Like formatNumber but always with exactly `decimals` decimals (« 15,00 »). */
export function formatFixed(value: number, locale: Locale = "fr", decimals = 2): string {
  const fixed = value.toFixed(decimals);
  return locale === "fr" ? fixed.replace(".", ",") : fixed;
}

/**
 * Reads a number typed by a teacher: « 14,5 », « 14.5 », « 14,5 / 20 », « 70 % », « 1 234,5 ».
 * Returns null when the text is not a number.
 */
export function parseLooseNumber(raw: string): number | null {
  const match = /^\s*([-+]?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?)\s*(%|\/\s*\d+(?:[.,]\d+)?)?\s*$/.exec(raw);
  if (!match || match[1] === undefined) return null;
  const value = Number(match[1].replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
  return Number.isFinite(value) ? value : null;
}
