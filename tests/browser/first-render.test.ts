import type { Page, Route } from "playwright-core";
import { translator } from "../../src/taskpane/i18n/translate";
import { axeViolations, maybe, offsite, startDemo, until, type DemoPage, type DemoServer } from "./harness";

/**
 * The demo's first screen comes rendered in index.html (src/demo/prerender.tsx): the pane and its
 * « Reconnaître la grille » show before the pane's script has run, clicks made meanwhile are held and
 * replayed once it has taken the page over (hydrated), and a page asked in another language or theme never
 * shows the French one. Each page asks nothing of another origin and logs no error: a hydration that
 * found the page different from what React renders would log one.
 */
jest.setTimeout(180_000);

const fr = translator("fr").t;
const MAIN_SCRIPT = /\/demo\.[0-9a-f]{8}\.js$/;

/**
 * The page reloaded with the pane's main script held back until `release` is called: it stays as
 * index.html made it (the first load, made to install the hold, is not looked at).
 */
async function reloadHeld(page: Page, waitUntil: "commit" | "domcontentloaded"): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(MAIN_SCRIPT, async (route: Route) => {
    await released;
    await route.continue();
  });
  await page.reload({ waitUntil });
  return release;
}

const recognizeButton = (page: Page) => page.getByTestId("pane").getByRole("button", { name: fr("recognize.button"), exact: true });
const ready = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute("data-ready"));

async function expectClean(opened: DemoPage): Promise<void> {
  expect(offsite(opened.requests, opened.url)).toEqual([]);
  expect(opened.consoleErrors).toEqual([]);
}

maybe("the demo's first screen", () => {
  let demo: DemoServer;

  beforeAll(async () => {
    demo = await startDemo();
  });
  afterAll(async () => demo?.close());

  it("shows the pane before its script runs; a click on « Reconnaître la grille » then is held and gives the recognition", async () => {
    const opened = await demo.open("?lang=fr", { early: true });
    try {
      const { page } = opened;
      const release = await reloadHeld(page, "commit");
      const button = recognizeButton(page);
      await button.waitFor();
      expect(await ready(page)).toBe(false);
      expect(await button.isEnabled()).toBe(true);
      // Marks the element: hydration must keep it (React adopts the page, it does not render it again).
      await button.evaluate((element) => ((element as HTMLElement & { __prerendered?: boolean }).__prerendered = true));
      await button.click();
      expect(await page.evaluate(() => document.documentElement.hasAttribute("data-early-click"))).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toBe("progress");
      release();
      await page.getByTestId("pane").locator("dl").getByText(fr("recognize.candidateCount", { count: 6 })).waitFor();
      expect(await ready(page)).toBe(true);
      expect(await recognizeButton(page).evaluate((element) => (element as HTMLElement & { __prerendered?: boolean }).__prerendered)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.hasAttribute("data-early-click"))).toBe(false);
      await expectClean(opened);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("keyboard before the script: Tab reaches « Reconnaître la grille » with a visible focus, kept after hydration; Enter then recognises", async () => {
    const opened = await demo.open("?lang=fr", { early: true });
    try {
      const { page } = opened;
      const release = await reloadHeld(page, "domcontentloaded");
      const button = recognizeButton(page);
      const outline = () => button.evaluate((element) => (element === document.activeElement ? getComputedStyle(element).outlineStyle : "not focused"));
      for (let presses = 0; (await outline()) === "not focused"; presses++) {
        if (presses > 40) throw new Error("40 presses of Tab did not reach « Reconnaître la grille »");
        await page.keyboard.press("Tab");
      }
      expect(await outline()).toBe("solid");
      release();
      await page.locator("html[data-ready]").waitFor({ state: "attached" });
      expect(await outline()).toBe("solid");
      await page.keyboard.press("Enter");
      await page.getByTestId("pane").locator("dl").getByText(fr("recognize.candidateCount", { count: 6 })).waitFor();
      await expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it("hydrates the page without a difference, load after load", async () => {
    for (let i = 0; i < 3; i++) {
      const opened = await demo.open("?lang=fr");
      try {
        expect(await opened.page.evaluate(() => document.documentElement.dataset["prerendered"])).toBeDefined();
        await recognizeButton(opened.page).click();
        await opened.page.getByTestId("pane").locator("dl").getByText(fr("recognize.candidateCount", { count: 6 })).waitFor();
        await expectClean(opened);
      } finally {
        await opened.close();
      }
    }
  });

  it("never shows the French page to a page asked in English, nor the light one to a dark one", async () => {
    for (const [query, lang] of [["?lang=en", "en"], ["?lang=fr&theme=sombre", "fr"], ["?lang=fr&exemple=cqp", "fr"]] as const) {
      const opened = await demo.open(query, { early: true });
      try {
        const { page } = opened;
        const release = await reloadHeld(page, "domcontentloaded");
        // index.html's French light E31 page is there, hidden, until the main script renders the one asked.
        await until(() => page.evaluate(() => document.documentElement.dataset["prerender"]), (v) => v === "skip", `${query}: prerendered page hidden`);
        expect(await page.locator("#root").isVisible()).toBe(false);
        release();
        await page.locator("html[data-ready]").waitFor({ state: "attached" });
        expect(await page.locator("#root").isVisible()).toBe(true);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await expectClean(opened);
      } finally {
        await opened.close();
      }
    }
  });

  it("once the script has taken the page over, a click acts at once: nothing is held", async () => {
    const opened = await demo.open("?lang=fr");
    try {
      expect(await ready(opened.page)).toBe(true);
      await recognizeButton(opened.page).click();
      expect(await opened.page.evaluate(() => document.documentElement.hasAttribute("data-early-click"))).toBe(false);
      await opened.page.getByTestId("pane").locator("dl").getByText(fr("recognize.candidateCount", { count: 6 })).waitFor();
      await expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it("reports a page that differs from what React renders (what the checks above would catch)", async () => {
    const opened = await demo.open("?lang=fr", { early: true });
    try {
      const { page } = opened;
      await page.route(/\/(?:\?[^/]*)?$/, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(`${fr("recognize.button")}<`, "Reconnaitre la grille<");
        await route.fulfill({ response, body: html });
      });
      await page.reload();
      await page.locator("html[data-ready]").waitFor({ state: "attached" });
      await until(async () => opened.consoleErrors.length, (n) => n > 0, "the hydration error");
      expect(opened.consoleErrors.join("\n")).toMatch(/react\.dev\/errors\/418/);
    } finally {
      await opened.close();
    }
  });
});
