import type { Locator, Page } from "playwright-core";
import { CCF_CANDIDATES, CCF_LEVELS, CCF_POINTS, ccfTeamMark } from "../../src/hosts/demo/learn-sample";
import { formatNumber } from "../../src/core/text/numbers";
import type { MessageKey } from "../../src/taskpane/i18n/messages";
import { translator, type Params } from "../../src/taskpane/i18n/translate";
import { axeViolations, maybe, offsite, screenshot, startDemo, until, type DemoPage, type DemoServer } from "./harness";

/**
 * Learning a grid in the browser demo: the CAP sample, whose grid Grille does not know, learned from
 * the sheet, corrected in the editor (a level's points), its marks following the edits beside the
 * workbook's own totals, kept in the workbook, then recognised as any grid. The page asks nothing of
 * another origin, logs no error, and axe-core finds no violation, editor open or closed.
 */
jest.setTimeout(240_000);

const fr = translator("fr").t;

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
    // The live marks render from a deferred copy of the draft: wait for them before counting.
    await editor.getByTestId("learn-mark-row").first().waitFor({ timeout: 10_000 });
    expect(await editor.getByTestId("learn-mark-row").count()).toBe(CCF_CANDIDATES.length);
    await expectClean(opened);
  });

  it("the proposal gives back the workbook's totals; editing a level's points moves the marks live, away from them and back", async () => {
    const team = CCF_CANDIDATES.map((c) => formatNumber(ccfTeamMark(c.levels), "fr"));
    const matching = () => pane.getByTestId("learn-matching").innerText();
    await until(proposedMarks, (marks) => marks.join() === team.join(), "the team's marks");
    expect(await matching()).toBe(fr("learn.matching", { count: 4, total: 4 }));
    const best = pane.getByTestId("learn-level-points").nth(CCF_LEVELS.length - 1);
    // The keyboard, as a teacher would: into the best level's points, select, type.
    await best.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("4");
    const moved = await until(proposedMarks, (marks) => marks.join() !== team.join(), "marks to change");
    expect(moved).not.toEqual(team);
    expect(await matching()).not.toBe(fr("learn.matching", { count: 4, total: 4 }));
    await best.fill(String(CCF_POINTS["++"]));
    await until(proposedMarks, (marks) => marks.join() === team.join(), "the team's marks again");
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
