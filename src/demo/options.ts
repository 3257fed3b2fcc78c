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
