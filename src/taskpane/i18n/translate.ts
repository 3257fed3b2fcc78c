import type { Locale, Text } from "../../core/i18n/locale";
import { formatNumber } from "../../core/text/numbers";
import { en, fr, type MessageKey } from "./messages";
import { pseudoLocalise } from "./pseudo";

/** The pane's languages: French, English, and the pseudo-locale that tests render. */
export type PaneLocale = Locale | "qps";

export type Params = Readonly<Record<string, string | number>>;

/** What a component needs to speak: catalogue messages, the core's bilingual texts, numbers. */
export interface Translator {
  readonly locale: PaneLocale;
  /** The language of data that comes bilingual from the core (findings, traces, reasons). */
  readonly data: Locale;
  t(key: MessageKey, params?: Params): string;
  text(value: Text): string;
  number(value: number, decimals?: number): string;
}

/**
 * Which plural form to use: French puts 0 and 1 in the singular (« 0 candidat », « 1,5 point »),
 * English only 1.
 */
export function pluralForm(locale: PaneLocale, count: number): 0 | 1 {
  if (locale === "en") return count === 1 ? 0 : 1;
  return Math.abs(count) < 2 ? 0 : 1;
}

let pseudoCatalogue: Record<MessageKey, string> | undefined;

function catalogue(locale: PaneLocale): Readonly<Record<MessageKey, string>> {
  if (locale === "fr") return fr;
  if (locale === "en") return en;
  pseudoCatalogue ??= Object.fromEntries(Object.entries(fr).map(([key, message]) => [key, pseudoLocalise(message)])) as Record<MessageKey, string>;
  return pseudoCatalogue;
}

export const dataLocale = (locale: PaneLocale): Locale => (locale === "en" ? "en" : "fr");

/**
 * A message with its `{name}` placeholders filled; « singular|plural » messages pick their form by the
 * `count` parameter. Numbers are written as the locale writes them (« 14,5 »).
 */
export function formatMessage(message: string, params: Params | undefined, locale: PaneLocale): string {
  let chosen = message;
  if (message.includes("|")) {
    const forms = message.split("|");
    const count = params?.["count"];
    chosen = forms[typeof count === "number" ? pluralForm(locale, count) : forms.length - 1] ?? message;
  }
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, dataLocale(locale)) : value;
  });
}

export function translator(locale: PaneLocale): Translator {
  const messages = catalogue(locale);
  const data = dataLocale(locale);
  return {
    locale,
    data,
    t: (key, params) => formatMessage(messages[key], params, locale),
    text: (value) => value[data],
    number: (value, decimals = 2) => formatNumber(value, data, decimals),
  };
}

/** A catalogue message in both languages, for texts that go into a plan or a document. */
export function bilingual(key: MessageKey, params?: Params): Text {
  return { fr: formatMessage(fr[key], params, "fr"), en: formatMessage(en[key], params, "en") };
}
