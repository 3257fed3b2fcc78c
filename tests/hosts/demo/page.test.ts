import { readFileSync } from "node:fs";
import path from "node:path";
import { demoOptions } from "../../../src/demo/options";

/** The demo page: no Office.js, no CDN; its options from the address. */

it("loads no script and nothing from another site: webpack injects the page's own bundle", () => {
  const html = readFileSync(path.resolve(__dirname, "../../../src/demo/demo.html"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
  expect(html).not.toMatch(/office\.js/i);
});

describe("the page's options", () => {
  it("start on E31, in the browser's language, in its theme, without latency", () => {
    expect(demoOptions("", { language: "en-GB", prefersDark: true })).toEqual({ sample: "e31", locale: "en", dark: true, latencyMs: 0 });
    expect(demoOptions("", {})).toEqual({ sample: "e31", locale: "fr", dark: false, latencyMs: 0 });
  });

  it("are read from the address, in French or English", () => {
    expect(demoOptions("?exemple=CQP&lang=en&theme=sombre&latence=600", { language: "fr-FR" })).toEqual({ sample: "cqp", locale: "en", dark: true, latencyMs: 600 });
    expect(demoOptions("?sample=pfmp&theme=light&latency=abc", { prefersDark: true })).toEqual({ sample: "pfmp", locale: "fr", dark: false, latencyMs: 0 });
    expect(demoOptions("?exemple=inconnu&latence=99999").sample).toBe("e31");
    expect(demoOptions("?latence=99999").latencyMs).toBe(10_000);
    expect(demoOptions("?exemple=word-e33").sample).toBe("word-e33");
    expect(demoOptions("?sample=Word-Report").sample).toBe("word-report");
  });
});
