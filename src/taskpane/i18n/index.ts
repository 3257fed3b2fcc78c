/** The pane's one catalogue (messages.ts), its translator and the pseudo-locale that tests render. */
export { I18nProvider, useT } from "./I18nProvider";
export { bilingual, dataLocale, formatMessage, pluralForm, translator, type PaneLocale, type Params, type Translator } from "./translate";
export { isPseudoLocalised, pseudoLocalise } from "./pseudo";
export { en, fr, type MessageKey } from "./messages";
