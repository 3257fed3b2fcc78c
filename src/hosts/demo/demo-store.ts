import { localeFromLanguageTag, type Locale } from "../../core/i18n/locale";
import type { LastWrite } from "../../recognition/plans/undo";

/** What both demo hosts take: the language, and how slow an Office round trip is. */
export interface DemoStoreOptions {
  /** The pane's language; by default the browser's (French unless it says otherwise). */
  locale?: Locale;
  /** Milliseconds every call waits, as an Office round trip would, so that busy states show. 0 by default. */
  latencyMs?: number;
}

/** The event both demo hosts send when the demo page switches language. */
export interface DemoLocaleEvent {
  kind: "locale";
  locale: Locale;
}

const browserLanguage = (): string | undefined => (typeof navigator === "undefined" ? undefined : navigator.language);

/** The language a demo host starts in: the one asked for, else the browser's. */
export const initialLocale = (options: DemoStoreOptions): Locale => options.locale ?? localeFromLanguageTag(browserLanguage());

/**
 * A deep copy of plain data. structuredClone where there is one (browsers, Node); jsdom, where the
 * pane's tests run, lacks it, and snapshots are JSON-shaped anyway.
 */
export const copy = <T>(value: T): T => (typeof structuredClone === "function" ? structuredClone(value) : (JSON.parse(JSON.stringify(value)) as T));

/**
 * What the two demo hosts (workbook and Word document) share: a state replaced (never mutated) on each
 * change, so that React's `useSyncExternalStore(host.subscribe, host.getState)` sees each change; the
 * listeners told of each change; the language switch; the simulated latency of Office calls; the count
 * of plans applied (so that the same numbers twice are announced twice).
 */
export abstract class DemoStore<State extends { readonly locale: Locale }, Event extends { kind: string }> {
  private readonly listeners = new Set<(event: Event | DemoLocaleEvent) => void>();
  private readonly latencyMs: number;
  /** Plans applied so far; `lastApplied.count` in the state. */
  protected applyCount = 0;
  /** The last write of marks, kept with the demo's document as Office keeps it in the file's settings. */
  private lastWrite: LastWrite | null = null;

  protected constructor(
    protected state: State,
    options: DemoStoreOptions,
  ) {
    this.latencyMs = Math.max(0, options.latencyMs ?? 0);
  }

  get locale(): Locale {
    return this.state.locale;
  }

  /** Switches the language the host reports (the demo page's FR/EN switch). */
  setLocale(locale: Locale): void {
    if (locale === this.state.locale) return;
    this.state = { ...this.state, locale };
    this.emit({ kind: "locale", locale });
  }

  /** The current state, for the view (do not mutate). A bound function, for useSyncExternalStore. */
  readonly getState = (): State => this.state;

  /** Calls `listener` after each change; returns the function that stops it. */
  readonly subscribe = (listener: (event: Event | DemoLocaleEvent) => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  async readLastWrite(): Promise<LastWrite | null> {
    await this.pause();
    return this.lastWrite && copy(this.lastWrite);
  }

  async saveLastWrite(write: LastWrite | null): Promise<void> {
    await this.pause();
    this.lastWrite = write && copy(write);
  }

  /** Replaces the state with `patch` over it, then tells the listeners. */
  protected update(patch: Partial<State>, event: Event): void {
    this.state = { ...this.state, ...patch };
    this.emit(event);
  }

  /** Waits as an Office round trip would (not at all when the latency is 0). */
  protected pause(): Promise<void> {
    return this.latencyMs > 0 ? new Promise((resolve) => setTimeout(resolve, this.latencyMs)) : Promise.resolve();
  }

  private emit(event: Event | DemoLocaleEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
