import type { Command } from "commander";
import type { Locale } from "../core/i18n/locale";

/** Commander speaks English; in French, its headings, usage words and error messages are translated here. */

const TITLES: Record<string, string> = {
  "Usage:": "Utilisation :",
  "Arguments:": "Arguments :",
  "Options:": "Options :",
  "Global Options:": "Options globales :",
  "Commands:": "Commandes :",
};

const USAGE_WORDS: Record<string, string> = {
  "[options]": "[options]",
  "[command]": "[commande]",
};

const ERRORS: [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown option '(.+?)'(?:\n\(Did you mean (.+?)\?\))?$/s, (o, s) => `erreur : option inconnue « ${o} »${s ? ` (vouliez-vous dire ${s} ?)` : ""}`],
  [/^error: unknown command '(.+?)'(?:\n\(Did you mean (.+?)\?\))?$/s, (c, s) => `erreur : commande inconnue « ${c} »${s ? ` (vouliez-vous dire ${s} ?)` : ""}`],
  [/^error: missing required argument '(.+?)'$/, (a) => `erreur : argument obligatoire manquant « ${a} »`],
  [/^error: option '(.+?)' argument missing$/, (o) => `erreur : valeur manquante pour l’option « ${o} »`],
  [/^error: required option '(.+?)' not specified$/, (o) => `erreur : option obligatoire manquante « ${o} »`],
  [/^error: too many arguments.*$/s, () => "erreur : trop d’arguments"],
  [/^error: option '(.+?)' argument '(.+?)' is invalid\. (.+)$/s, (o, v, why) => `erreur : valeur « ${v} » invalide pour l’option « ${o} » : ${why}`],
];

export function frenchError(message: string): string {
  const trimmed = message.trimEnd();
  for (const [pattern, say] of ERRORS) {
    const match = pattern.exec(trimmed);
    if (match) return `${say(...match.slice(1).map((g) => g ?? ""))}\n`;
  }
  return message;
}

/** Applies the language to a program before its commands are added (they inherit the settings). */
export function localiseCommander(program: Command, locale: Locale): void {
  if (locale !== "fr") return;
  program.configureHelp({
    styleTitle: (title) => TITLES[title] ?? title,
    styleUsage: (usage) =>
      usage
        .split(" ")
        .map((word) => USAGE_WORDS[word] ?? word)
        .join(" "),
  });
}
