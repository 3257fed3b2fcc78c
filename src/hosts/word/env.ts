/// <reference types="office-js" />
import type { DocumentSettings } from "../excel/office-env";

/**
 * What the Word adapter needs of Office outside a request context: the API sets the running Word
 * supports, its display language, the document's name. Passed in, so tests hand over a fake;
 * `officeWordEnv()` reads the global `Office` once Office.js is ready.
 */
export interface WordEnv {
  isSetSupported(name: string, version: string): boolean;
  readonly displayLanguage: string | undefined;
  /** The document's file name (« rapport.docx »), or undefined for a new, unsaved document. */
  readonly documentName: string | undefined;
  /** The document's settings (saved in the file): where the last write is kept. Without them, it lasts for the session. */
  readonly settings?: DocumentSettings;
}

export function officeWordEnv(): WordEnv {
  return {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    get displayLanguage() {
      return Office.context.displayLanguage;
    },
    get settings(): DocumentSettings {
      return Office.context.document.settings;
    },
    get documentName() {
      const url = Office.context.document.url;
      const name = url ? decodeURIComponent(url.split(/[\\/]/).pop() ?? "") : "";
      return name !== "" ? name : undefined;
    },
  };
}

/**
 * The WordApi set below which Grille's Word host does not run: table values, paragraph nesting levels,
 * parent tables and built-in styles need 1.3 (Word 2016 and later, Word on the web and on Mac).
 */
export const WORD_API_MINIMUM = "1.3";

/** Features that need a later set than the minimum; without them the adapter does less, never fails. */
export interface WordFeatures {
  /** Custom XML parts (1.4): without them, a corrected binding map lasts for the session only. */
  customXml: boolean;
}

export const wordFeatures = (env: WordEnv): WordFeatures => ({ customXml: env.isSetSupported("WordApi", "1.4") });
