import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { createStaticServer } from "../../scripts/serve";

/**
 * The real task pane on the demo page, in Debian's Chromium, driven by playwright-core. No browser is
 * downloaded: without /usr/bin/chromium the browser tests (and the first-render bench) are skipped.
 * No jest globals here: bench/browser.ts and scripts/screenshot.ts use it too.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
/** What is printed instead of a browser test or figure when Chromium is missing. */
export const SKIPPED = "skipped: install chromium (apt-get install -y chromium)";
export const ROOT = path.resolve(__dirname, "../..");
export const ARTIFACTS = path.join(ROOT, "tests", "artifacts");
const DEMO = path.join(ROOT, "dist-demo");

/** The newest modification time of the files below `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/**
 * Builds the demo (production webpack build into dist-demo/) unless it is newer than every source file,
 * and returns its folder. GRILLE_DEMO_DIR names an already-built demo to use as it is instead.
 */
export function buildDemo(): string {
  const prebuilt = process.env.GRILLE_DEMO_DIR;
  if (prebuilt) {
    if (!existsSync(path.join(prebuilt, "index.html"))) throw new Error(`GRILLE_DEMO_DIR=${prebuilt}: no index.html there`);
    return path.resolve(prebuilt);
  }
  const index = path.join(DEMO, "index.html");
  const sources = Math.max(newest(path.join(ROOT, "src")), newest(path.join(ROOT, "assets")), statSync(path.join(ROOT, "webpack.config.js")).mtimeMs);
  if (!existsSync(index) || statSync(index).mtimeMs < sources) {
    try {
      execFileSync("npx", ["webpack", "--mode", "production", "--env", "demo"], { cwd: ROOT, stdio: "pipe", encoding: "utf8" });
    } catch (error) {
      const output = error as { stdout?: string; stderr?: string };
      const errors = `${output.stdout ?? ""}\n${output.stderr ?? ""}`.split("\n").filter((line) => /error/i.test(line)).slice(0, 20);
      throw new Error(`The demo did not build (npx webpack --mode production --env demo):\n${errors.join("\n")}`);
    }
  }
  return DEMO;
}

/** Chromium without anything of its own that would call home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      "--disable-dev-shm-usage",
    ],
  });
}

/** One page of the demo in a fresh browser context (no cache, no storage), with what it asked for. */
export interface DemoPage {
  page: Page;
  context: BrowserContext;
  url: string;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Runs in the page before its own scripts (playwright's addInitScript). */
  init?: () => void;
  /**
   * Returns as soon as the page has committed, without waiting for the pane's script to take it over
   * (html[data-ready]): to act on the page rendered ahead of time, as a quick teacher would.
   */
  early?: boolean;
}

/** The built demo served on a free localhost port, and one headless Chromium to open it in. */
export interface DemoServer {
  origin: string;
  browser: Browser;
  open(query?: string, options?: OpenOptions): Promise<DemoPage>;
  close(): Promise<void>;
}

export async function startDemo(): Promise<DemoServer> {
  const server = createStaticServer(buildDemo());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    origin,
    browser,
    async open(query = "", options = {}) {
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
      const page = await context.newPage();
      const url = `${origin}/${query}`;
      const requests: string[] = [];
      const consoleErrors: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(error.message));
      if (options.init) await page.addInitScript(options.init);
      if (options.early) {
        await page.goto(url, { waitUntil: "commit" });
      } else {
        await page.goto(url);
        await page.locator("html[data-ready]").waitFor({ state: "attached" });
      }
      return { page, context, url, requests, consoleErrors, close: () => context.close() };
    },
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One page on its own server and browser (closing it stops both). */
export async function openDemo(query = ""): Promise<DemoPage & { browser: Browser }> {
  const demo = await startDemo();
  const opened = await demo.open(query);
  return { ...opened, browser: demo.browser, close: () => demo.close() };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** The offending elements, as axe's CSS selectors. */
  targets: string[];
}

/**
 * Fluent UI's focus manager (tabster) puts focusable `aria-hidden` sentinels around focus groups
 * (`<i data-tabster-dummy tabindex="0" aria-hidden="true">`): they hand focus on at once and must stay
 * hidden from screen readers. They trip axe's aria-hidden-focus rule everywhere Fluent is used
 * (microsoft/tabster#288, microsoft/fluentui#25133, listed in Fluent v9's known issues), so these
 * elements, and only they, are left out of the run; every rule stays on.
 */
const EXCLUDED = [["[data-tabster-dummy]"]];

/**
 * Waits for the running transitions to end (Fluent's accordions and dialogs fade in: a half-opaque
 * text would fail axe's contrast rule, and blur a screenshot). Endless ones (spinners) are not waited for.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = () => document.getAnimations().filter((a) => a.playState === "running" && a.effect?.getComputedTiming().endTime !== Infinity);
    for (let running = finite(); running.length > 0; running = finite()) await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
  });
}

/** Runs axe-core (from node_modules, evaluated in the page: no network, not blocked by the CSP) on the whole page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await settled(page);
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (!loaded) await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async (exclude) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<Result> } }).axe;
    const result = await axe.run({ include: [["html"]], exclude });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(" ")) }));
  }, EXCLUDED);
}

/** A PNG of the page (or of one element) under tests/artifacts/. */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await settled("page" in target ? target.page() : target);
  await target.screenshot({ path: file, animations: "disabled" });
  return file;
}

/** The requests that went anywhere but the page's own server. */
export const offsite = (requests: readonly string[], url: string): string[] =>
  requests.filter((r) => !r.startsWith(`${new URL(url).origin}/`) && !r.startsWith("data:") && !r.startsWith("blob:"));
