import type { Locale, Text } from "../core/i18n/locale";

/** Where the CLI writes: process.stdout in a terminal, a string collector in tests. */
export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** Terminal width, when it is one. */
  columns?: number;
}

/** Everything the CLI touches outside its arguments, so that tests run it in-process. */
export interface CliIo {
  stdout: Output;
  stderr: Output;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The language of the messages: `--lang fr|en` when given, else the POSIX locale (LC_ALL, LC_MESSAGES,
 * LANG): French first — English only when the locale names another language (« en_GB.UTF-8 »), not for
 * the neutral C / POSIX locales that servers and CI run with.
 */
export function cliLocale(lang: string | undefined, env: CliIo["env"]): Locale {
  if (lang === "fr" || lang === "en") return lang;
  // An invalid --lang is refused by the parser, in the system's language.
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return tag === "" || /^fr/i.test(tag) || /^(c|posix)([._@]|$)/i.test(tag) ? "fr" : "en";
}

export type Tone = "ok" | "bad" | "warn" | "dim" | "strong";

const ANSI: Record<Tone, [string, string]> = {
  ok: ["\u001b[32m", "\u001b[39m"],
  bad: ["\u001b[31m", "\u001b[39m"],
  warn: ["\u001b[33m", "\u001b[39m"],
  dim: ["\u001b[2m", "\u001b[22m"],
  strong: ["\u001b[1m", "\u001b[22m"],
};

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function wantsColour(stream: Output, env: CliIo["env"]): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/** What every command writes through: the chosen language, colours when wanted, stdout and stderr. */
export class Terminal {
  readonly colour: boolean;

  constructor(
    readonly io: CliIo,
    readonly locale: Locale,
  ) {
    this.colour = wantsColour(io.stdout, io.env);
  }

  /** A text in the chosen language. */
  t(message: Text | string): string {
    return typeof message === "string" ? message : message[this.locale];
  }

  /** « : » in French typography, ": " in English. */
  get colon(): string {
    return this.locale === "fr" ? " : " : ": ";
  }

  paint(textToPaint: string, tone: Tone | undefined): string {
    if (!tone || !this.colour || textToPaint === "") return textToPaint;
    const [open, close] = ANSI[tone];
    return `${open}${textToPaint}${close}`;
  }

  out(message: Text | string = ""): void {
    this.io.stdout.write(`${this.t(message)}\n`);
  }

  err(message: Text | string): void {
    this.io.stderr.write(`${this.t(message)}\n`);
  }

  /** Terminal width when stdout is a terminal, for tables that would overflow. */
  get width(): number | undefined {
    return this.io.stdout.isTTY ? this.io.stdout.columns : undefined;
  }
}
