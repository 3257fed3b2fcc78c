/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { localeFromLanguageTag } from "../../src/core/i18n/locale";
import { translator } from "../../src/taskpane/i18n";

// The machine is shared: loading the entry and its chunks can take long when it is busy.
jest.setTimeout(60_000);

/** Outside Office, the browser's language (jsdom says en-US). */
const browser = () => translator(localeFromLanguageTag(navigator.language));

/** The Office entry (index.tsx), loaded fresh in a page with a #root, with or without an `Office` global. */
async function start(office?: unknown): Promise<void> {
  document.body.innerHTML = '<div id="root"></div>';
  const scope = globalThis as { Office?: unknown };
  if (office === undefined) delete scope.Office;
  else scope.Office = office;
  // A fresh registry, so that the entry runs again: its React is not the one Testing Library imported,
  // so the updates are awaited with that registry's own act.
  await jest.isolateModulesAsync(async () => {
    const { act } = await import("react");
    const { loadEngine } = await import("../../src/taskpane/engine/load");
    await act(async () => {
      await import("../../src/taskpane/index");
      await loadEngine();
      await new Promise((done) => setTimeout(done, 50));
    });
  });
}

const officeFor = (host: string | null, displayLanguage = "fr-FR", excelApi = true) => ({
  onReady: async () => ({ host, platform: "PC" }),
  HostType: { Excel: "Excel", Word: "Word" },
  context: { displayLanguage, officeTheme: { bodyBackgroundColor: "#1F1F1F" }, requirements: { isSetSupported: () => excelApi } },
});

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Word?: unknown }).Word;
});

describe("the Office entry", () => {
  it("in a plain browser, says how to open Grille, in the browser's language", async () => {
    await start();
    expect(screen.getByText(browser().t("office.outside"))).toBeTruthy();
  });

  it("with office.js loaded outside Office, says the same", async () => {
    await start(officeFor(null));
    expect(screen.getByText(browser().t("office.outside"))).toBeTruthy();
  });

  it("in Word, opens the pane on the Word host with the Word flow, in Office's language", async () => {
    (globalThis as { Word?: unknown }).Word = { run: jest.fn() };
    await start(officeFor("Word", "en-GB"));
    const t = translator("en").t;
    expect(screen.getByRole("button", { name: t("recognize.button") })).toBeTruthy();
    expect(screen.getByRole("tab", { name: t("path.wordPrepare") })).toBeTruthy();
    expect(screen.getByRole("button", { name: t("step.writeMark") })).toBeTruthy();
    expect(screen.queryByRole("button", { name: t("step.synthesis") })).toBeNull();
  });

  it("in a Word older than WordApi 1.3, says so instead", async () => {
    (globalThis as { Word?: unknown }).Word = { run: jest.fn() };
    await start(officeFor("Word", "fr-FR", false));
    expect(screen.getByText(translator("fr").t("office.wordTooOld"))).toBeTruthy();
  });

  it("in Excel, opens the pane on the Excel host, in Office's language", async () => {
    (globalThis as { Excel?: unknown }).Excel = { run: jest.fn() };
    await start(officeFor("Excel", "fr-FR"));
    expect(screen.getByRole("button", { name: translator("fr").t("recognize.button") })).toBeTruthy();
  });

  it("in an Excel older than ExcelApi 1.7, says so instead", async () => {
    (globalThis as { Excel?: unknown }).Excel = { run: jest.fn() };
    await start(officeFor("Excel", "fr-FR", false));
    expect(screen.getByText(translator("fr").t("office.excelTooOld"))).toBeTruthy();
  });
});
