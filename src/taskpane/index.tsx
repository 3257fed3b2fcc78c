/// <reference types="office-js" />
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { localeFromLanguageTag } from "../core/i18n/locale";
import { ExcelHost } from "../hosts/excel/excel-host";
import { EXCEL_API_MINIMUM } from "../hosts/excel/office-env";
import { WORD_API_MINIMUM, officeWordEnv } from "../hosts/word/env";
import { App } from "./App";
import { OfficeNote } from "./components/OfficeNote";
import { themeOfBackground, type PaneTheme } from "./theme";

/**
 * The Office entry: the only place that reads `Office` (its host, display language and theme); the pane
 * itself talks to the Host port only: the Excel host in Excel, the Word host in Word (WordApi 1.3 at
 * least, loaded apart). In a plain browser (no office.js, or opened outside Office) it
 * shows a short note instead.
 */

function officeTheme(): PaneTheme {
  try {
    return themeOfBackground(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    return "light";
  }
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("Grille: no #root element in taskpane.html");
  const root = createRoot(container);
  const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);
  const browserLocale = localeFromLanguageTag(navigator.language);

  if (typeof Office === "undefined") {
    render(<OfficeNote message="office.outside" locale={browserLocale} theme="light" />);
    return;
  }
  const info = await Office.onReady();
  if (!info.host) {
    render(<OfficeNote message="office.outside" locale={browserLocale} theme="light" />);
    return;
  }
  const locale = localeFromLanguageTag(Office.context.displayLanguage);
  const theme = officeTheme();
  if (info.host === Office.HostType.Excel) {
    const supported = Office.context.requirements?.isSetSupported("ExcelApi", EXCEL_API_MINIMUM) ?? false;
    render(supported ? <App host={new ExcelHost()} theme={theme} /> : <OfficeNote message="office.excelTooOld" locale={locale} theme={theme} />);
  } else if (info.host === Office.HostType.Word) {
    const supported = Office.context.requirements?.isSetSupported("WordApi", WORD_API_MINIMUM) ?? false;
    if (!supported) {
      render(<OfficeNote message="office.wordTooOld" locale={locale} theme={theme} />);
      return;
    }
    // The Word host (and its OOXML writer) in a chunk of its own: Excel's first screen does not carry it.
    const { WordHost } = await import(/* webpackChunkName: "word-host" */ "../hosts/word/word-host");
    render(<App host={new WordHost(officeWordEnv(), (batch) => Word.run(batch))} theme={theme} />);
  } else render(<OfficeNote message="office.otherHost" locale={locale} theme={theme} />);
}

void main();
