/**
 * `npm run screenshot`: docs/pane-e31.png, the README's picture of the task pane: the demo's E31 class
 * in French, recognised and checked, one incomplete candidate's finding open. Needs /usr/bin/chromium.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { SKIPPED, hasChromium, startDemo } from "../tests/browser/demo-browser";

const OUT = path.resolve(__dirname, "..", "docs", "pane-e31.png");

async function main(): Promise<void> {
  if (!hasChromium) {
    console.error(SKIPPED);
    process.exitCode = 1;
    return;
  }
  const demo = await startDemo();
  try {
    const { page, consoleErrors } = await demo.open("?lang=fr", { viewport: { width: 1280, height: 960 } });
    const pane = page.getByTestId("pane");
    await pane.getByRole("button", { name: "Reconnaître la grille", exact: true }).click();
    await pane.getByRole("heading", { level: 3, name: /^Lucas Fernandes / }).click();
    const finding = pane.getByRole("button", { name: /^Bloquant : Niveau manquant/ });
    await finding.click();
    await page.getByTestId("cell-Lucas_Fernandes-C19").and(page.locator("[aria-selected=true]")).waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => document.fonts.ready);
    await pane.evaluate((element) => element.scrollTo(0, 0));
    await page.evaluate(() => window.scrollTo(0, 0));
    if (consoleErrors.length > 0) throw new Error(consoleErrors.join("\n"));
    mkdirSync(path.dirname(OUT), { recursive: true });
    await pane.screenshot({ path: OUT, animations: "disabled" });
    console.log(`${path.relative(process.cwd(), OUT)} written`);
  } finally {
    await demo.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
