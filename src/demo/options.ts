import { localeFromLanguageTag, type Locale } from "../core/i18n/locale";
import type { DemoSampleId, DemoWordSampleId } from "../hosts/demo";

/** A sample of the page: a workbook (E31, E33, CQP, PFMP) or a Word document (« Word : E33 », « Word : rapport »). */
export type DemoPageSampleId = DemoSampleId | DemoWordSampleId;

/** How the page starts, from its address: ?exemple=e33&lang=en&theme=sombre&latence=600 (English names work too; ?exemple=word-e33, word-report). */
export interface DemoOptions {
  sample: DemoPageSampleId;
  locale: Locale;
  dark: boolean;
  /** Milliseconds each host call waits, to see the pane's busy states. */
  latencyMs: number;
}

const SAMPLES: readonly DemoPageSampleId[] = ["e31", "e33", "cqp", "pfmp", "ccf", "word-e33", "word-report"];

export function demoOptions(search: string, browser: { language?: string; prefersDark?: boolean } = {}): DemoOptions {
  const params = new URLSearchParams(search);
  const get = (...names: string[]) => names.map((n) => params.get(n)).find((v) => v !== null && v !== "") ?? undefined;
  const sample = get("exemple", "sample")?.toLowerCase();
  const lang = get("lang", "langue");
  const theme = get("theme", "thème")?.toLowerCase();
  const latency = Number(get("latence", "latency") ?? 0);
  return {
    sample: SAMPLES.find((s) => s === sample) ?? "e31",
    locale: localeFromLanguageTag(lang ?? browser.language),
    dark: theme ? ["sombre", "dark"].includes(theme) : Boolean(browser.prefersDark),
    latencyMs: Number.isFinite(latency) ? Math.min(Math.max(latency, 0), 10_000) : 0,
  };
}

/** The options of a page opened in this browser: its address, its language and its colour scheme. */
export function browserDemoOptions(): DemoOptions {
  return demoOptions(window.location.search, {
    language: navigator.language,
    prefersDark: window.matchMedia?.("(prefers-color-scheme: dark)").matches,
  });
}

/**
 * The page the build renders ahead of time into index.html (see src/demo/prerender.tsx): what a French
 * teacher sees who opens the demo without options. Any other page (English, dark, another sample, a
 * latency) is rendered by the browser, as before.
 */
export const PRERENDERED: DemoOptions = { sample: "e31", locale: "fr", dark: false, latencyMs: 0 };

/** Whether a page opened with `options` is the one rendered ahead of time as `prerendered` (index.html's data-prerendered). */
export function fitsPrerendered(options: DemoOptions, prerendered: string | undefined): boolean {
  if (!prerendered) return false;
  try {
    const page = JSON.parse(prerendered) as Partial<DemoOptions>;
    return page.sample === options.sample && page.locale === options.locale && page.dark === options.dark && page.latencyMs === options.latencyMs;
  } catch {
    return false;
  }
}
