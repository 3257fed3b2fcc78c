import { createContext, useContext, useMemo, type ReactNode } from "react";
import { translator, type PaneLocale, type Translator } from "./translate";

const I18nContext = createContext<Translator>(translator("fr"));

export function I18nProvider({ locale, children }: { locale: PaneLocale; children: ReactNode }) {
  const value = useMemo(() => translator(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The pane's translator: `t(key, params)`, `text(core Text)`, `number(n)`. */
export function useT(): Translator {
  return useContext(I18nContext);
}
