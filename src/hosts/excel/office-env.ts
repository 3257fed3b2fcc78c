/// <reference types="office-js" />

/**
 * What the Excel adapter needs of Office outside a request context: the document settings (where the
 * binding map part's id is kept), the API sets the running Excel supports, its display language. It is
 * passed in, so tests hand over a fake; `officeEnv()` reads the global `Office` once Office.js is ready.
 */
export type DocumentSettings = Pick<Office.Settings, "get" | "set" | "saveAsync">;

export interface OfficeEnv {
  readonly settings: DocumentSettings;
  isSetSupported(name: string, version: string): boolean;
  readonly displayLanguage: string | undefined;
}

export function officeEnv(): OfficeEnv {
  return {
    get settings(): DocumentSettings {
      return Office.context.document.settings;
    },
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    get displayLanguage() {
      return Office.context.displayLanguage;
    },
  };
}

/**
 * The ExcelApi set below which Grille's Excel host does not run: workbook names with formulas, freeze
 * panes and the active cell all need 1.7 (Excel 2019, Microsoft 365, Excel on the web). The pane checks it.
 */
export const EXCEL_API_MINIMUM = "1.7";

/** Features that need a later API set than the minimum; without them the adapter does less, never fails. */
export interface ExcelFeatures {
  /** Range.getMergedAreasOrNullObject (1.13): without it, snapshots list no merged areas. */
  merges: boolean;
  /** Range.getSpecialCellsOrNullObject (1.9): without it, snapshots list no hidden rows or columns. */
  hidden: boolean;
  /** Worksheet.pageLayout (1.9): without it, new sheets keep the default portrait page. */
  pageLayout: boolean;
  /** Range.dataValidation (1.8): without it, new sheets get no drop-down lists. */
  validation: boolean;
}

export function excelFeatures(env: OfficeEnv): ExcelFeatures {
  const api = (version: string) => env.isSetSupported("ExcelApi", version);
  return { merges: api("1.13"), hidden: api("1.9"), pageLayout: api("1.9"), validation: api("1.8") };
}
