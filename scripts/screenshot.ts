/**
 * `npm run screenshot`: the README's pictures of the task pane's main path, in docs/: the demo's E31 class
 * in French, recognised and checked (one incomplete candidate's finding open); the write step with its
 * incomplete grid apart and the confirmation naming whose mark changes; the whole page at 200 % zoom
 * (640×400); the PFMP coverage in a 320 px pane; a cell refused when correcting the recognition; the dark
 * theme. Needs /usr/bin/chromium.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { SKIPPED, hasChromium, settled, startDemo, type DemoServer } from "../tests/browser/demo-browser";

const DOCS = path.resolve(__dirname, "..", "docs");

async function shoot(target: Page | Locator, name: string): Promise<void> {
  const page = "page" in target ? target.page() : target;
  await page.evaluate(() => document.fonts.ready);
  await settled(page);
  await target.screenshot({ path: path.join(DOCS, name), animations: "disabled" });
  console.log(`docs/${name} written`);
}

/** One page of the demo, its pane, and « Reconnaître la grille » pressed. */
async function recognised(demo: DemoServer, query: string, viewport = { width: 1280, height: 960 }) {
  const opened = await demo.open(query, { viewport });
  const pane = opened.page.getByTestId("pane");
  await pane.getByRole("button", { name: /^Reconnaître la grille|^Recognise the grid/ }).click();
  await pane.locator("dl").waitFor();
  return { ...opened, pane };
}

async function main(): Promise<void> {
  if (!hasChromium) {
    console.error(SKIPPED);
    process.exitCode = 1;
    return;
  }
  mkdirSync(DOCS, { recursive: true });
  const demo = await startDemo();
  const errors: string[] = [];
  try {
    // 1. Recognised and checked: a finding opened selects its cell.
    const e31 = await recognised(demo, "?lang=fr");
    await e31.pane.getByRole("heading", { level: 3, name: /^Lucas Fernandes / }).click();
    await e31.pane.getByRole("button", { name: /^Bloquant : Niveau manquant/ }).click();
    // Its cell in Lucas's sheet is selected (wherever the sample puts the item: the official texts above the grid move it).
    await e31.page.locator('[data-testid^="cell-Lucas_Fernandes-"][aria-selected=true]').first().waitFor();
    await e31.pane.evaluate((element) => element.scrollTo(0, 0));
    await shoot(e31.pane, "pane-e31.png");

    // 2. Write: the marks, the incomplete grid apart, the typed mark that differs ticked; the confirmation.
    await e31.pane.getByRole("heading", { level: 2, name: /^Écrire les notes/ }).click();
    await e31.pane.getByRole("checkbox", { name: /Remplacer 13 par 15/ }).check();
    await e31.pane.getByRole("button", { name: /^Écrire \d+ notes$/ }).click();
    await e31.page.getByRole("alertdialog").waitFor();
    await shoot(e31.page, "pane-write-dialog.png");
    errors.push(...e31.consoleErrors);
    await e31.close();

    // 3. 200 % zoom: 640×400, the pane beside the workbook view, keyboard focus visible.
    const zoom = await recognised(demo, "?lang=fr", { width: 640, height: 400 });
    await zoom.pane.getByRole("heading", { level: 2, name: /^Écrire les notes/ }).click();
    await zoom.pane.getByRole("button", { name: /^Écrire \d+ notes?$/ }).focus();
    await zoom.page.keyboard.press("Shift+Tab");
    await zoom.page.keyboard.press("Tab");
    await shoot(zoom.page, "demo-640x400.png");
    errors.push(...zoom.consoleErrors);
    await zoom.close();

    // 4. PFMP in the 320 px pane: « Couverture », the periods visible.
    const pfmp = await demo.open("?lang=fr&exemple=pfmp", { viewport: { width: 1280, height: 960 } });
    const pfmpPane = pfmp.page.getByTestId("pane");
    await pfmpPane.getByRole("button", { name: "Reconnaître la grille", exact: true }).click();
    await pfmpPane.locator("dl").waitFor();
    await pfmpPane.getByRole("heading", { level: 2, name: /^Couverture/ }).click();
    const coverage = pfmpPane.locator(".fui-AccordionItem").filter({ has: pfmp.page.getByRole("heading", { level: 2, name: /^Couverture/ }) }).locator(":scope > .fui-AccordionPanel");
    await coverage.locator(".fui-AccordionHeader button").first().click();
    await coverage.getByRole("table").first().waitFor();
    await pfmpPane.getByRole("heading", { level: 2, name: /^Couverture/ }).evaluate((h) => h.scrollIntoView({ block: "start" }));
    await shoot(pfmpPane, "pane-pfmp-320.png");
    errors.push(...pfmp.consoleErrors);
    await pfmp.close();

    // 5. Correcting the recognition: the « / 20 » beside the mark chosen for it, refused and named as a teacher reads it.
    const binding = await recognised(demo, "?lang=fr");
    await binding.pane.getByRole("heading", { level: 2, name: /^Corriger la reconnaissance/ }).click();
    await binding.pane.getByRole("button", { name: /^Note sur 20/ }).click();
    // The cell that shows « / 20 » in Léa's sheet, wherever the sample puts it.
    await binding.page.locator('[data-testid^="cell-Lea_Martin-"]').filter({ hasText: /^\s*\/\s*20\s*$/ }).first().click();
    await binding.pane.getByRole("button", { name: "Utiliser la cellule sélectionnée", exact: true }).click();
    await binding.pane.getByRole("tabpanel").getByText(/est le maximum de la note/).evaluate((e) => e.scrollIntoView({ block: "end" }));
    await shoot(binding.pane, "pane-binding.png");
    errors.push(...binding.consoleErrors);
    await binding.close();

    // 6. The dark theme.
    const dark = await recognised(demo, "?lang=fr&theme=sombre");
    await shoot(dark.pane, "pane-dark.png");
    errors.push(...dark.consoleErrors);
    await dark.close();
    if (errors.length > 0) throw new Error(errors.join("\n"));
  } finally {
    await demo.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
