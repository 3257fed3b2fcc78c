import type { Locator, Page } from "playwright-core";
import { parseLocation } from "../../src/hosts/demo/location";
import { CQP_ASSESSORS, E31_CANDIDATES, PFMP_STUDENTS, demoSample } from "../../src/hosts/demo/samples";
import { testIdPart } from "../../src/hosts/demo/sheet-grid";
import { a1 } from "../../src/recognition/snapshot/cells";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import type { MessageKey } from "../../src/taskpane/i18n/messages";
import { translator, type Params } from "../../src/taskpane/i18n/translate";
import { evaluationExport } from "../../src/recognition/document/evaluation-export";
import { axeViolations, maybe, offsite, screenshot, startDemo, until, type DemoPage, type DemoServer } from "./harness";

/**
 * The browser demo (`npm run demo`) in headless Chromium: the real task pane beside the in-memory
 * workbook view, driven as a teacher would, in French, then English and the dark theme. Every scenario
 * checks that the page asked nothing of another origin, logged no error, and that axe-core finds no
 * violation. One file, so that the demo is built (when stale) and Chromium started once.
 */

// The first run on a clean clone builds the demo (webpack, ~15 s on two cores) before Chromium starts.
jest.setTimeout(180_000);

const fr = translator("fr").t;
const en = translator("en").t;

/** Where E31's findings and marks are, from the engine itself: the test follows the sample's data. */
const e31Report = recognizeWorkbook(demoSample("e31").snapshot);
const e31 = (name: string) => e31Report.candidates.find((c) => c.name === name)!;
/** The E31 marks written without asking: complete grids with an empty mark cell (an incomplete grid's mark waits for a tick). */
const E31_WRITABLE = e31Report.candidates.filter((c) => c.assessment.complete && c.assessment.result?.kind === "mark" && c.assessment.result.value !== null && c.evaluation.fields["mark"]?.value == null).length;

/** A string matched as is in a RegExp. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What every scenario must hold at every step. */
async function expectClean(opened: DemoPage, { axe = true } = {}): Promise<void> {
  expect(offsite(opened.requests, opened.url)).toEqual([]);
  expect(opened.consoleErrors).toEqual([]);
  if (axe) expect(await axeViolations(opened.page)).toEqual([]);
}

/** The pane's helpers, in one language. */
function paneOf(page: Page, t: (key: MessageKey, params?: Params) => string) {
  const pane = page.getByTestId("pane");
  const button = (key: MessageKey, params?: Params) => pane.getByRole("button", { name: t(key, params), exact: true });
  /** A step of the pane, opened (its header is an h2 button); returns its panel. */
  async function openStep(key: MessageKey): Promise<Locator> {
    // A finished step's name ends with « (fait) »; a step on the other path needs its tab first.
    const name = new RegExp(`^${literal(t(key))}`);
    const heading = pane.getByRole("heading", { level: 2, name });
    const tabs = pane.getByRole("tab");
    for (let i = 0; (await heading.count()) === 0 && i < (await tabs.count()); i++) await tabs.nth(i).click();
    const header = heading.getByRole("button");
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    const panel = pane.locator(".fui-AccordionItem").filter({ has: page.getByRole("heading", { level: 2, name }) }).locator(":scope > .fui-AccordionPanel");
    await until(() => panel.getByText(t("common.loading")).count(), (n) => n === 0, `step ${key} loaded`);
    return panel;
  }
  /** Opens every collapsed candidate header in a panel. */
  async function expandAll(panel: Locator): Promise<void> {
    const collapsed = panel.locator(".fui-AccordionHeader button[aria-expanded=false]");
    for (let n = await collapsed.count(); n > 0; n = await collapsed.count()) await collapsed.first().click();
  }
  /** « Reconnaître la grille », then what was found (grid, layout, confidence, candidates) shows. */
  async function recognise(): Promise<void> {
    await button("recognize.button").click();
    await pane.getByRole("term").getByText(new RegExp(`^(${literal(t("recognize.candidates"))}|${literal(t("pupils.candidates"))})$`)).waitFor();
  }
  return { pane, button, openStep, expandAll, recognise };
}

const waitAttribute = (locator: Locator, name: string, value: string | null) =>
  until(() => locator.getAttribute(name), (v) => v === value, `${name}=${String(value)}`);
const text = (locator: Locator) => locator.innerText();

/** Inside the open alert dialog? */
const focusInDialog = (page: Page) => page.evaluate(() => document.activeElement?.closest("[role=alertdialog]") != null);

maybe("the demo in Chromium", () => {
  let demo: DemoServer;

  beforeAll(async () => {
    demo = await startDemo();
  });
  afterAll(async () => demo?.close());

  describe("E31 in French: recognise, check, marks, write, synthesis, new grid", () => {
    let opened: DemoPage;
    let page: Page;
    let ui: ReturnType<typeof paneOf>;

    beforeAll(async () => {
      opened = await demo.open("?lang=fr");
      page = opened.page;
      ui = paneOf(page, fr);
    });
    afterAll(async () => opened?.close());
    afterEach(async () => expectClean(opened, { axe: false }));

    it("recognises the grid: E31, a sheet per candidate, 6 candidates", async () => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
      expect(await page.getByRole("heading", { level: 1, name: "Grille — démonstration" }).count()).toBe(1);
      await ui.recognise();
      const found = ui.pane.locator("dl");
      expect(await text(found)).toContain(fr("recognize.candidateCount", { count: 6 }));
      expect(await text(found)).toContain(fr("layout.sheet-per-candidate"));
      expect(await text(found)).toContain("Bac Pro AGOrA — E31");
      expect(await ui.pane.getByRole("status").innerText()).toContain("Grille reconnue");
      await screenshot(ui.pane, "pane-e31-recognised");
      await expectClean(opened);
    });

    it("lists the findings of each candidate, blocking first", async () => {
      const check = await ui.openStep("step.check");
      expect(await text(check)).toContain(fr("check.summary", { count: 4, total: 6 }));
      const headers = check.locator(".fui-AccordionHeader button");
      expect(await headers.count()).toBe(E31_CANDIDATES.length);
      await ui.expandAll(check);
      for (const { name } of E31_CANDIDATES) {
        const candidate = e31(name);
        const findings = candidate.assessment.findings;
        const header = check.getByRole("button", { name: new RegExp(`^${literal(name)} `) });
        expect(await header.innerText()).toContain(fr(candidate.assessment.complete ? "check.complete" : "check.incomplete"));
        expect(await header.innerText()).toContain(fr("check.findingCount", { count: findings.length }));
        const list = check.getByRole("list", { name: fr("check.findingsOf", { name }), exact: true });
        if (findings.length === 0) {
          expect(await list.count()).toBe(0);
          continue;
        }
        const items = await list.getByRole("listitem").allInnerTexts();
        expect(items).toHaveLength(findings.length);
        // Each item starts with its severity (read by screen readers): blocking ones come first.
        const severities = items.map((item) => (item.startsWith(fr("check.blocking")) ? 0 : item.startsWith(fr("check.warning")) ? 1 : 2));
        expect(severities).not.toContain(2);
        expect([...severities].sort()).toEqual(severities);
        for (const finding of findings) expect(items.join("\n")).toContain(finding.message.fr);
      }
      // The two incomplete grids are blocked, the differing mark is only a warning.
      expect(await check.getByRole("button", { name: /^Bloquant : Niveau manquant : 1\.3/ }).count()).toBe(1);
      expect(await check.getByRole("button", { name: /^À vérifier : La note saisie \(13\) diffère/ }).count()).toBe(1);
      await expectClean(opened);
    });

    it("selects a finding's cell in the workbook view: cell highlighted, its sheet tab active", async () => {
      const check = await ui.openStep("step.check");
      const finding = e31("Lucas Fernandes").assessment.findings[0]!;
      const at = parseLocation(finding.at!)!;
      const sheet = testIdPart(at.sheet);
      const cell = page.getByTestId(`cell-${sheet}-${a1(at.range.top, at.range.left)}`);
      expect(await page.getByTestId(`sheet-tab-${sheet}`).getAttribute("aria-selected")).toBe("false");
      await check.getByRole("button", { name: new RegExp(`^${literal(fr("check.blocking"))}.*${literal(finding.message.fr)}`) }).click();
      await waitAttribute(cell, "aria-selected", "true");
      expect(await page.getByTestId(`sheet-tab-${sheet}`).getAttribute("aria-selected")).toBe("true");
      expect(await page.getByTestId("selection-address").innerText()).toBe(finding.at);
      expect(await cell.isVisible()).toBe(true);
      // Exactly that cell (the level 1.3 row, not yet crossed): nothing else on the sheet is selected.
      expect(await page.getByTestId(`sheet-${sheet}`).locator("[aria-selected=true]").count()).toBe(1);
      await screenshot(ui.pane, "pane-e31-findings");
      // The pane's visually hidden « Bloquant : » spans overflow the demo page, which then scrolls by the
      // header's height when a cell is scrolled into view (src/demo: the pane's box is not positioned).
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, "demo-full");
      await expectClean(opened);
    });

    it("proposes each mark with its trace", async () => {
      const marks = await ui.openStep("step.marks");
      await ui.expandAll(marks);
      for (const { name } of E31_CANDIDATES) {
        const result = e31(name).assessment.result;
        if (result?.kind !== "mark") throw new Error(`${name}: no mark`);
        const heading = page.getByRole("heading", { level: 3, name: new RegExp(`^${literal(name)} `) });
        const summary = result.value === null ? fr("marks.incomplete") : fr("marks.value", { value: result.value, max: result.max });
        expect(await marks.locator(heading).innerText()).toContain(summary);
        const item = marks.locator(".fui-AccordionItem").filter({ has: heading });
        const trace = await item.getByRole("list", { name: fr("marks.trace"), exact: true }).getByRole("listitem").allInnerTexts();
        expect(trace).toEqual(result.trace.map((step) => step.fr));
      }
      // Léa Martin: M, E, M → 16,67 → 17.
      expect(await marks.getByRole("list", { name: fr("marks.trace") }).first().innerText()).toMatch(/arrondi au ½ point supérieur → 17/);
      await expectClean(opened);
    });

    it("previews the marks to write: the empty cells, and the typed mark that differs, unticked", async () => {
      const write = await ui.openStep("step.write");
      const preview = await write.getByRole("list", { name: fr("write.preview"), exact: true }).getByRole("listitem").allInnerTexts();
      // Only complete grids' marks are in the preview: an incomplete grid's mark is listed apart, unticked.
      const empty = E31_CANDIDATES.filter((c) => c.typedMark === undefined && e31(c.name).assessment.complete && e31(c.name).assessment.result?.kind === "mark" && (e31(c.name).assessment.result as { value: number | null }).value !== null);
      expect(preview).toHaveLength(empty.length);
      for (const c of empty) {
        const candidate = e31(c.name);
        const value = (candidate.assessment.result as { value: number }).value;
        // The candidate's name once, then the cell: their sheet is named after them.
        const cell = fr("place.bare", { cell: candidate.markCell!.address });
        expect(preview.join("\n")).toContain(fr("write.change", { cell, previous: fr("common.empty"), value }));
      }
      const differing = write.getByRole("checkbox", { name: /Remplacer 13 par 15/ });
      expect(await differing.isChecked()).toBe(false);
      expect(await write.getByRole("list", { name: fr("write.skipped") }).innerText()).toContain("Lucas Fernandes");
      expect(await ui.button("write.button", { count: empty.length }).isEnabled()).toBe(true);
      await expectClean(opened);
    });

    it("asks before replacing the typed mark: the dialog traps focus, and Escape closes it without writing", async () => {
      const write = await ui.openStep("step.write");
      await write.getByRole("checkbox", { name: /Remplacer 13 par 15/ }).check();
      const trigger = ui.button("write.button", { count: E31_WRITABLE + 1 });
      await trigger.click();
      const dialog = page.getByRole("alertdialog", { name: fr("write.confirmTitle") });
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain(fr("write.confirmBody", { count: 1 }));
      await until(() => focusInDialog(page), (inside) => inside, "focus in the dialog");
      // Focus stays in the dialog, forwards and backwards, past both ends.
      for (const key of ["Tab", "Tab", "Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
        await page.keyboard.press(key);
        expect(await focusInDialog(page)).toBe(true);
      }
      await page.evaluate(() => window.scrollTo(0, 0)); // see demo-full above
      await screenshot(page, "pane-write-dialog");
      await expectClean(opened);

      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      // Focus goes back to the button that opened the dialog.
      await until(() => trigger.evaluate((element) => element === document.activeElement), (back) => back, "focus back on the button");
      const chloe = e31("Chloé Dubois").markCell!;
      await page.getByTestId(`sheet-tab-${testIdPart(chloe.sheet)}`).click();
      const cell = page.getByTestId(`cell-${testIdPart(chloe.sheet)}-${chloe.address}`);
      expect(await cell.innerText()).toBe("13");
      expect(await cell.getAttribute("data-changed")).toBeNull();
    });

    it("writes the marks once confirmed: the view shows the new values, marked as changed", async () => {
      const write = await ui.openStep("step.write");
      expect(await write.getByRole("checkbox", { name: /Remplacer 13 par 15/ }).isChecked()).toBe(true);
      await ui.button("write.button", { count: E31_WRITABLE + 1 }).click();
      const dialog = page.getByRole("alertdialog", { name: fr("write.confirmTitle") });
      await dialog.getByRole("button", { name: fr("write.confirm"), exact: true }).click();
      await dialog.waitFor({ state: "detached" });
      await write.getByText(fr("write.done", { count: E31_WRITABLE + 1 })).waitFor();
      expect(await page.getByTestId("workbook-status").innerText()).toContain(`${E31_WRITABLE + 1} cellules mises à jour`);

      // The sample has an incomplete grid with a computable mark: the test below checks it is not written.
      expect(E31_CANDIDATES.some(({ name }) => !e31(name).assessment.complete && e31(name).assessment.result?.kind === "mark")).toBe(true);
      for (const { name } of E31_CANDIDATES) {
        const candidate = e31(name);
        const result = candidate.assessment.result;
        if (result?.kind !== "mark" || result.value === null) continue;
        const sheet = testIdPart(candidate.markCell!.sheet);
        await page.getByTestId(`sheet-tab-${sheet}`).click();
        const cell = page.getByTestId(`cell-${sheet}-${candidate.markCell!.address}`);
        if (!candidate.assessment.complete) {
          // An incomplete grid's mark waits for a tick (it was left unticked): its cell and its tab stay as they were.
          expect(await cell.getAttribute("data-changed")).not.toBe("true");
          expect(await cell.innerText()).toBe("");
          expect(await page.getByTestId(`sheet-tab-${sheet}`).innerText()).not.toContain("modifiée");
          continue;
        }
        await waitAttribute(cell, "data-changed", "true");
        expect(await cell.innerText()).toBe(String(result.value).replace(".", ","));
        // The tab says it changed, in words for screen readers.
        expect(await page.getByTestId(`sheet-tab-${sheet}`).innerText()).toContain("modifiée");
      }
      // Checked again after writing: nothing left to write into an empty cell, no mark that differs.
      await write.getByText(fr("write.nothingToWrite")).waitFor();
      expect(await write.getByRole("list", { name: fr("write.differences") }).count()).toBe(0);
      await expectClean(opened);
    });

    it("builds the class synthesis: a « Synthèse » sheet with one row per candidate", async () => {
      const step = await ui.openStep("step.synthesis");
      await ui.button("synthesis.prepare").click();
      await step.getByText(fr("synthesis.willCreate", { sheet: "Synthèse" })).waitFor();
      await ui.button("synthesis.apply").click();
      await step.getByText(fr("synthesis.done", { sheet: "Synthèse" })).waitFor();
      const tab = page.getByTestId("sheet-tab-Synthese");
      await tab.click();
      await waitAttribute(tab, "aria-selected", "true");
      const sheet = page.getByTestId("sheet-Synthese");
      const rows = await sheet.locator("tbody tr").allInnerTexts();
      for (const { name } of E31_CANDIDATES) expect(rows.filter((row) => row.includes(name))).toHaveLength(1);
      // A header row, then the candidates, and nothing else with a name in it.
      const named = rows.filter((row) => E31_CANDIDATES.some((c) => row.includes(c.name)));
      expect(named).toHaveLength(E31_CANDIDATES.length);
      expect(await tab.innerText()).toContain("nouvelle");

      // Built again, it replaces the sheet only after a confirmation; Escape keeps it, focus back on the button.
      await ui.button("synthesis.prepare").click();
      await step.getByText(fr("synthesis.willReplace", { sheet: "Synthèse" })).waitFor();
      const replace = ui.button("synthesis.applyReplace");
      await replace.click();
      const dialog = page.getByRole("alertdialog", { name: fr("synthesis.confirmTitle", { sheet: "Synthèse" }) });
      await dialog.waitFor();
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      await until(() => replace.evaluate((element) => element === document.activeElement), (back) => back, "focus back on « Remplacer la synthèse »");
      await expectClean(opened);
    });

    it("generates a new grid: a new sheet tab for the named candidate", async () => {
      const step = await ui.openStep("step.newGrid");
      const tabsBefore = await page.getByTestId(/^sheet-tab-/).count();
      await step.getByRole("combobox").click();
      await page.getByRole("option", { name: /E31$/ }).click();
      await step.getByRole("textbox", { name: fr("newGrid.names") }).fill("Zoé Lambert");
      const preview = step.getByRole("list", { name: fr("newGrid.preview", { count: 1 }) });
      await until(() => preview.getByRole("listitem").allInnerTexts(), (items) => items.join() === "Zoé Lambert", "the preview");
      await ui.button("newGrid.add").click();
      await step.getByText(fr("newGrid.done", { count: 1 })).waitFor();
      const tab = page.getByTestId("sheet-tab-Zoe_Lambert");
      await tab.waitFor();
      expect(await page.getByTestId(/^sheet-tab-/).count()).toBe(tabsBefore + 1);
      await tab.click();
      expect(await text(page.getByTestId("sheet-Zoe_Lambert"))).toContain("Zoé Lambert");
      // The pane checks the workbook again: a seventh candidate, whose grid is still to fill in.
      const check = await ui.openStep("step.check");
      await until(() => text(ui.pane.locator("dl")), (found) => found.includes(fr("recognize.candidateCount", { count: 7 })), "7 candidates");
      expect(await text(check)).toContain(fr("check.summary", { count: 4, total: 7 }));
      expect(await check.getByRole("button", { name: /^Zoé Lambert / }).innerText()).toContain(fr("check.incomplete"));
      await expectClean(opened);
    });
  });

  describe("the other samples, through the page's switcher", () => {
    let opened: DemoPage;
    let page: Page;
    let ui: ReturnType<typeof paneOf>;

    beforeAll(async () => {
      opened = await demo.open("?lang=fr");
      page = opened.page;
      ui = paneOf(page, fr);
    });
    afterAll(async () => opened?.close());
    afterEach(async () => expectClean(opened, { axe: false }));

    it("CQP: each member's figure per domain, and the chair's synthesis written into the workbook, read again", async () => {
      await page.getByTestId("sample-switcher").getByRole("tab", { name: "CQP" }).click();
      await page.getByTestId(`sheet-tab-${testIdPart(CQP_ASSESSORS[0]!.sheet)}`).waitFor();
      await ui.recognise();
      expect(await text(ui.pane.locator("dl"))).toContain(fr("layout.assessor-sheets"));
      let marks = await ui.openStep("step.marks");
      await ui.expandAll(marks);
      const domains = marks.getByRole("list", { name: fr("marks.domains"), exact: true }).locator(":scope > li");
      expect(await domains.count()).toBe(3);
      const cqp = recognizeWorkbook(demoSample("cqp").snapshot).candidates[0]!.assessment.result;
      if (cqp?.kind !== "domains") throw new Error("CQP: no domain figures");
      for (const [i, domain] of cqp.panel.entries()) {
        const li = domains.nth(i);
        expect(await li.getByRole("heading", { level: 4 }).innerText()).toBe(domain.label);
        expect(await text(li)).toContain(fr("panelSynthesis.mean", { value: fr("common.percent", { value: domain.mean! }) }));
        expect(await li.getByRole("list", { name: fr("marks.assessors") }).getByRole("listitem").count()).toBe(CQP_ASSESSORS.length);
      }
      // Mme Perrin left an observation empty: the figures are provisional.
      await marks.getByText(fr("panelSynthesis.provisional")).waitFor();

      // The chair agrees 60 % for the second domain (a reason is optional), one comment, and signs.
      await marks.getByRole("button", { name: fr("panelSynthesis.edit") }).click();
      const form = marks.getByRole("form", { name: fr("panelSynthesis.form") });
      await form.getByRole("textbox", { name: fr("panelSynthesis.percent", { domain: cqp.panel[1]!.label }) }).fill("60");
      await form.getByRole("textbox", { name: fr("panelSynthesis.commentField") }).fill("Candidate à l'aise ; offres à consolider.");
      await form.getByRole("textbox", { name: fr("panelSynthesis.chairField") }).fill("M. Karim Haddad");
      await form.getByRole("button", { name: fr("panelSynthesis.preview") }).click();
      const preview = marks.getByRole("region", { name: fr("panelSynthesis.previewTitle") });
      expect(await text(preview)).toContain(fr("panelSynthesis.newSheet", { sheet: "Synthèse jury" }));
      await expectClean(opened);
      await preview.getByRole("button", { name: fr("panelSynthesis.write") }).click();

      // Written into the demo workbook, then read again from it: the synthesis survives reopening.
      await page.getByTestId(`sheet-tab-${testIdPart("Synthèse jury")}`).waitFor();
      marks = await ui.openStep("step.marks");
      await ui.expandAll(marks);
      await marks.getByText(fr("panelSynthesis.chair", { name: "M. Karim Haddad" })).waitFor();
      const second = marks.getByRole("list", { name: fr("marks.domains"), exact: true }).locator(":scope > li").nth(1);
      expect(await text(second)).toContain(fr("panelSynthesis.agreed", { value: fr("common.percent", { value: 60 }) }));
      expect(await text(marks.locator(".fui-AccordionHeader").first())).toContain("60 %");
      await screenshot(ui.pane, "pane-cqp");
      await expectClean(opened);
    });

    it("PFMP: a coverage table per student, the competencies never practised highlighted", async () => {
      await page.getByTestId("sample-switcher").getByRole("tab", { name: "PFMP" }).click();
      await page.getByTestId(`sheet-tab-${testIdPart(PFMP_STUDENTS[0]!.name)}`).waitFor();
      await ui.recognise();
      // PFMP speaks of « couverture » and « élèves ».
      const marks = await ui.openStep("pupils.stepMarks");
      await ui.expandAll(marks);
      for (const student of PFMP_STUDENTS) {
        const region = marks.getByRole("region", { name: fr("marks.coverageTable", { name: student.name }) });
        const table = region.getByRole("table");
        expect(await table.locator("thead th").allInnerTexts()).toEqual([fr("marks.competency"), "P1", "P2", "P3", "P4", "P5", "P6"]);
        expect(await table.locator("tbody tr").count()).toBe(37);
        const gaps = await table.getByRole("rowheader").filter({ hasText: fr("marks.gap") }).allInnerTexts();
        expect(gaps.map((g) => g.split(/\s/)[0])).toEqual(student.gaps);
        const header = marks.getByRole("button", { name: new RegExp(`^${literal(student.name)} `) });
        expect(await header.innerText()).toContain(fr("marks.coverage", { practised: 37 - student.gaps.length, total: 37 }));
      }
      // A gap is shown in colour too, not only in words: its row differs from a practised one.
      const adam = marks.getByRole("region", { name: fr("marks.coverageTable", { name: "Adam Nguyen" }) });
      const colour = (code: string) => adam.getByRole("rowheader", { name: new RegExp(`^${literal(code)}`) }).evaluate((th) => getComputedStyle(th).backgroundColor);
      expect(await colour("2.2.6")).not.toBe(await colour("2.2.5"));
      // Adam's table at the top of the pane, scrolled to his first gap.
      await marks.getByRole("heading", { level: 3, name: /^Adam Nguyen / }).evaluate((heading) => heading.scrollIntoView({ block: "start" }));
      await adam.evaluate((region) => {
        const gap = Array.from(region.querySelectorAll("tbody th")).find((th) => th.textContent?.startsWith("2.2.6")) as HTMLElement;
        region.scrollTop = gap.offsetTop - 4 * gap.offsetHeight;
      });
      await screenshot(ui.pane, "pane-pfmp");
      await expectClean(opened);
    });
  });

  describe("a teacher without help: focus, 200 % zoom, undo, Word record, PFMP at 320 px", () => {
    /** The element that has keyboard focus: its text, whether it is in the pane, whether it is the page itself. */
    const focused = (page: Page) =>
      page.evaluate(() => {
        const active = document.activeElement;
        return { text: (active as HTMLElement | null)?.innerText ?? "", inPane: active?.closest("[data-testid=pane]") != null, body: active === document.body || active === null };
      });

    it("keyboard only: focus goes to the result after each action, never to the page top; undo of a write goes through preview and consent", async () => {
      const opened = await demo.open("?lang=fr");
      try {
        const { page } = opened;
        const ui = paneOf(page, fr);
        await ui.button("recognize.button").focus();
        await page.keyboard.press("Enter");
        await ui.pane.locator("dl").waitFor();
        await until(() => focused(page), (f) => f.inPane && f.text.includes(fr("recognize.candidates")), "focus on the recognition result");

        const write = await ui.openStep("step.write");
        const button = write.getByRole("button", { name: /^Écrire \d+ notes?$/ });
        // One primary button: « Écrire », no longer « Reconnaître la grille » (done).
        expect(await button.getAttribute("data-primary")).toBe("true");
        expect(await ui.button("recognize.button").getAttribute("data-primary")).toBeNull();
        await button.focus();
        await page.keyboard.press("Enter");
        const done = await until(() => focused(page), (f) => f.inPane && /cellules? écrites?/.test(f.text), "focus on the write notice");
        expect(done.body).toBe(false);
        // Undo: the cells written and what they held, in the dialog; its safe button has the focus.
        const lea = e31("Léa Martin").markCell!;
        const cell = page.getByTestId(`cell-${testIdPart(lea.sheet)}-${lea.address}`);
        const written = await cell.innerText();
        expect(written).not.toBe("");
        await write.getByRole("button", { name: fr("undo.button") }).focus();
        await page.keyboard.press("Enter");
        const dialog = page.getByRole("alertdialog", { name: fr("undo.confirmTitle") });
        await dialog.waitFor();
        expect(await dialog.innerText()).toContain(fr("place.cell", { sheet: lea.sheet, cell: lea.address }));
        await until(() => focused(page), (f) => f.text === fr("common.cancel"), "focus on « Annuler »");
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, "demo-undo-dialog");
        await dialog.getByRole("button", { name: fr("undo.confirm") }).click();
        await until(() => cell.innerText(), (value) => value.trim() === "", "the mark cell empty again");
        await until(() => focused(page), (f) => f.inPane && f.text.startsWith("Écriture annulée"), "focus on the undo notice");
        await expectClean(opened);
      } finally {
        await opened.close();
      }
    });

    it("at 200 % zoom (640×400) the pane stays visible and usable beside the workbook view", async () => {
      const opened = await demo.open("?lang=fr", { viewport: { width: 640, height: 400 } });
      try {
        const { page } = opened;
        const ui = paneOf(page, fr);
        const box = (await ui.pane.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(240);
        expect(box.height).toBeGreaterThanOrEqual(250);
        expect(box.x + box.width).toBeLessThanOrEqual(640);
        await ui.recognise();
        const check = await ui.openStep("step.check");
        // Visible once its opening motion has run (a busy machine can catch its first frame, still 0 px tall).
        await check.waitFor({ state: "visible", timeout: 10_000 });
        // No word is cut in the middle: nothing in the pane is wider than the pane.
        expect(await ui.pane.evaluate((pane) => pane.scrollWidth <= pane.clientWidth)).toBe(true);
        await screenshot(page, "demo-640x400");
        await expectClean(opened);
      } finally {
        await opened.close();
      }
    });

    it("at 400 % zoom (320×200) the page reflows: the pane first, the whole width, usable; the workbook under it", async () => {
      const opened = await demo.open("?lang=fr", { viewport: { width: 320, height: 200 } });
      try {
        const { page } = opened;
        const ui = paneOf(page, fr);
        const pane = (await ui.pane.boundingBox())!;
        expect(pane.width).toBeGreaterThanOrEqual(300);
        expect(pane.height).toBeGreaterThanOrEqual(240);
        const workbook = (await page.getByTestId("sheet-tab-Lea_Martin").boundingBox())!;
        expect(workbook.y).toBeGreaterThan(pane.y + pane.height - 1);
        // The page reflows: it scrolls down, never sideways (the samples' tabs wrap).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        await ui.recognise();
        expect(await ui.pane.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
        await expectClean(opened);
      } finally {
        await opened.close();
      }
    });

    it("PFMP at 320 px: the periods are visible, the competency wording reachable", async () => {
      const opened = await demo.open("?lang=fr");
      try {
        const { page } = opened;
        const ui = paneOf(page, fr);
        await page.getByTestId("sample-switcher").getByRole("tab", { name: "PFMP" }).click();
        await ui.recognise();
        const coverage = await ui.openStep("pupils.stepMarks");
        await coverage.locator(".fui-AccordionHeader button").first().click();
        const table = coverage.getByRole("table").first();
        await table.waitFor();
        const pane = (await ui.pane.boundingBox())!;
        expect(pane.width).toBeLessThanOrEqual(321);
        // Every period is in view without scrolling the table sideways.
        const region = (await coverage.getByRole("region").first().boundingBox())!;
        for (const period of ["P1", "P6"]) {
          const th = (await table.getByRole("columnheader", { name: period, exact: true }).boundingBox())!;
          expect(th.x + th.width).toBeLessThanOrEqual(Math.min(region.x + region.width, pane.x + pane.width));
        }
        expect(await text(ui.pane)).toContain(fr("pupils.candidateCount", { count: PFMP_STUDENTS.length }));
        await screenshot(ui.pane, "pane-pfmp-320");
        await expectClean(opened);
      } finally {
        await opened.close();
      }
    });

    it("Word: a pasted record names its grid; one click inserts it, a second does not insert it again", async () => {
      const opened = await demo.open("?lang=fr");
      try {
        const { page } = opened;
        const ui = paneOf(page, fr);
        await page.getByTestId("sample-switcher").getByRole("tab", { name: "Word : rapport" }).click();
        // The Word samples' host and view load when one is first opened.
        await page.getByTestId("document-view").waitFor();
        const insert = await ui.openStep("step.insertGrid");
        await insert.getByRole("radio", { name: fr("insert.filled") }).check();
        const lea = e31("Léa Martin");
        await insert.getByRole("textbox", { name: fr("insert.paste") }).fill(JSON.stringify(evaluationExport("agora-e31", lea.name, lea.evaluation)));
        await ui.button("insert.read").click();
        await insert.getByTestId("insert-record-loaded").waitFor();
        expect(await insert.getByRole("combobox", { name: fr("insert.grid") }).innerText()).toBe("Bac Pro AGOrA — E31");
        await ui.button("insert.button").click();
        await insert.getByText(fr("insert.done")).waitFor();
        expect(await ui.button("insert.button").getAttribute("aria-disabled")).toBe("true");
        expect(await page.getByText("Bac Pro AGOrA — E31 — Léa Martin", { exact: true }).count()).toBe(1);
        await expectClean(opened);
      } finally {
        await opened.close();
      }
    });
  });

  describe("keyboard", () => {
    it("Tab reaches « Reconnaître la grille », Enter activates it", async () => {
      const opened = await demo.open("?lang=fr");
      try {
        const { page } = opened;
        const ui = paneOf(page, fr);
        await ui.button("recognize.button").waitFor();
        const target = ui.button("recognize.button");
        let presses = 0;
        while (!(await target.evaluate((element) => element === document.activeElement))) {
          if (++presses > 40) throw new Error("40 presses of Tab did not reach « Reconnaître la grille »");
          await page.keyboard.press("Tab");
        }
        await page.keyboard.press("Enter");
        await ui.pane.locator("dl").getByText(fr("recognize.candidateCount", { count: 6 })).waitFor();
        await expectClean(opened);
      } finally {
        await opened.close();
      }
    });
  });

  describe("other languages and themes", () => {
    it("renders in English with ?lang=en", async () => {
      const opened = await demo.open("?lang=en");
      try {
        const { page } = opened;
        const ui = paneOf(page, en);
        // The page sets its language once rendered, which may come after the load event.
        await until(() => page.evaluate(() => document.documentElement.lang), (lang) => lang === "en", "the page's language");
        expect(await page.getByRole("heading", { level: 1, name: "Grille — demo" }).count()).toBe(1);
        await ui.recognise();
        expect(await text(ui.pane.locator("dl"))).toContain(en("recognize.candidateCount", { count: 6 }));
        await ui.openStep("step.check");
        const shown = await text(ui.pane);
        for (const key of ["step.recognize", "step.check", "step.marks", "step.write", "step.synthesis", "path.evaluate", "path.prepare", "recognize.button", "check.onlyIncomplete"] as const) {
          expect(shown).toContain(en(key));
          expect(shown).not.toContain(fr(key));
        }
        expect(shown).toContain(en("check.summary", { count: 4, total: 6 }));
        expect(await page.getByTestId("workbook-view").getByRole("tablist").getAttribute("aria-label")).toBe("Workbook sheets");
        await screenshot(ui.pane, "pane-en");
        await expectClean(opened);
      } finally {
        await opened.close();
      }
    });

    it("renders the dark theme with ?theme=sombre", async () => {
      const opened = await demo.open("?lang=fr&theme=sombre");
      try {
        const { page } = opened;
        const ui = paneOf(page, fr);
        expect(await page.getByTestId("theme-switch").isChecked()).toBe(true);
        await ui.recognise();
        await ui.expandAll(await ui.openStep("step.check"));
        // Dark backgrounds, light text, in the pane and in the workbook view.
        const luminance = (locator: Locator, property: "backgroundColor" | "color") =>
          locator.evaluate((element, prop) => {
            const [r, g, b] = (getComputedStyle(element)[prop].match(/\d+(\.\d+)?/g) ?? []).map(Number);
            return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
          }, property);
        const main = ui.pane.getByRole("main");
        expect(await luminance(ui.pane, "backgroundColor")).toBeLessThan(0.25);
        expect(await luminance(main, "color")).toBeGreaterThan(0.75);
        expect(await luminance(page.getByTestId("workbook-view"), "backgroundColor")).toBeLessThan(0.25);
        await screenshot(ui.pane, "pane-dark");
        await expectClean(opened);
      } finally {
        await opened.close();
      }
    });
  });
});
