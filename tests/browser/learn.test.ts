import type { Locator, Page } from "playwright-core";
import { CCF_CANDIDATES, CCF_LEVELS, CCF_POINTS, ccfTeamMark } from "../../src/hosts/demo/learn-sample";
import { formatNumber } from "../../src/core/text/numbers";
import type { MessageKey } from "../../src/taskpane/i18n/messages";
import { translator, type Params } from "../../src/taskpane/i18n/translate";
import { axeViolations, maybe, offsite, screenshot, startDemo, type DemoPage, type DemoServer } from "./harness";

/**
 * Learning a grid in the browser demo: the CAP sample, whose grid Grille does not know, learned from
 * the sheet, corrected in the editor (a level's points), its marks following the edits beside the
 * workbook's own totals, kept in the workbook, then recognised as any grid. The page asks nothing of
 * another origin, logs no error, and axe-core finds no violation, editor open or closed.
 */
jest.setTimeout(240_000);

const fr = translator("fr").t;

async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

async function expectClean(opened: DemoPage): Promise<void> {
  expect(offsite(opened.requests, opened.url)).toEqual([]);
  expect(opened.consoleErrors).toEqual([]);
  expect(await axeViolations(opened.page)).toEqual([]);
}

maybe("learning a grid in the demo", () => {
  let demo: DemoServer;
  let opened: DemoPage;
  let page: Page;
  let pane: Locator;
  const button = (key: MessageKey, params?: Params) => pane.getByRole("button", { name: fr(key, params), exact: true });
  const proposedMarks = () => pane.getByTestId("learn-proposed").allInnerTexts();

  beforeAll(async () => {
    demo = await startDemo();
    opened = await demo.open("?exemple=ccf&lang=fr");
    page = opened.page;
    pane = page.getByTestId("pane");
  });
  afterAll(async () => {
    await opened?.close();
    await demo?.close();
  });

  it("nothing is recognised; « Créer une grille à partir de cette feuille » proposes the grid with its notes", async () => {
    await button("recognize.button").click();
    await pane.getByRole("heading", { name: fr("recognize.nothing") }).waitFor();
    await button("learn.createSheet").click();
    const editor = pane.getByTestId("grid-editor");
    await editor.getByTestId("learn-items").waitFor();
    expect(await editor.getByTestId("learn-item").count()).toBe(6);
    expect(await editor.getByTestId("learn-level").count()).toBe(CCF_LEVELS.length);
    expect(await editor.getByTestId("learn-notes").innerText()).toContain(fr("learn.confidence.low"));
    expect(await editor.getByTestId("learn-mark-row").count()).toBe(CCF_CANDIDATES.length);
    await expectClean(opened);
  });

  it("editing the levels' points updates the proposed marks live, until they equal the workbook's totals", async () => {
    const before = await proposedMarks();
    const points = pane.getByTestId("learn-level-points");
    // The keyboard, as a teacher would: into the first level's points, type, on to the next.
    await points.nth(0).click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("0");
    const after = await until(proposedMarks, (marks) => marks.join() !== before.join(), "marks to change");
    expect(after).not.toEqual(before);
    for (const [i, level] of CCF_LEVELS.entries()) {
      await points.nth(i).fill(String(CCF_POINTS[level]));
    }
    const expected = CCF_CANDIDATES.map((c) => formatNumber(ccfTeamMark(c.levels), "fr"));
    await until(proposedMarks, (marks) => marks.join() === expected.join(), "the team's marks");
    expect(await pane.getByTestId("learn-matching").innerText()).toBe(fr("learn.matching", { count: 4, total: 4 }));
    // The whole editor in the 320 px pane: a tall window, so that nothing is cut.
    await page.setViewportSize({ width: 1280, height: 4200 });
    expect(await pane.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await screenshot(pane, "pane-learn-editor");
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectClean(opened);
  });

  it("« Enregistrer dans le classeur » keeps the grid in the workbook: recognised afterwards, its candidates found", async () => {
    await button("learn.keepSheet").click();
    await pane.getByTestId("grid-editor").waitFor({ state: "detached" });
    const found = pane.locator("dl");
    await until(() => found.count(), (n) => n > 0, "the recognition summary");
    expect(await found.innerText()).toContain(fr("recognize.candidateCount", { count: CCF_CANDIDATES.length }));
    expect(await found.innerText()).toContain("CAP Équipier polyvalent du commerce");
    // Recognised again from the workbook alone: the grid travels in it.
    await button("recognize.button").click();
    await until(() => pane.getByRole("status").innerText(), (s) => s.includes("Grille reconnue"), "announcement");
    await screenshot(pane, "pane-learn-kept");
    await expectClean(opened);
  });
});
