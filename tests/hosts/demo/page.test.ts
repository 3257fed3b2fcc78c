import { readFileSync } from "node:fs";
import path from "node:path";
import { PRERENDERED, demoOptions, fitsPrerendered } from "../../../src/demo/options";

/** The demo page: no Office.js, no CDN; its options from the address. */

it("loads nothing from another site and no inline script: only the bundles webpack names", () => {
  const html = readFileSync(path.resolve(__dirname, "../../../src/demo/demo.html"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
  expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
  expect(html).not.toMatch(/office\.js/i);
  // The template's only script and preload tags are those of htmlWebpackPlugin.files.js, one each per bundle.
  const tags = html.match(/<script\b[^>]*>|<link\b[^>]*rel="preload"[^>]*>/gi) ?? [];
  expect(tags).toEqual(['<script async blocking="render" src="${file}">', '<link rel="preload" as="script" href="${file}" data-main />']);
  expect(html).toMatch(/<% for \(const file of htmlWebpackPlugin\.files\.js\) \{ %>/);
  expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/i);
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

describe("the page rendered ahead of time", () => {
  const prerendered = JSON.stringify(PRERENDERED);

  it("is the one a French teacher opens: E31, French, light, no latency", () => {
    expect(fitsPrerendered(demoOptions("", { language: "fr-FR", prefersDark: false }), prerendered)).toBe(true);
    expect(fitsPrerendered(demoOptions("?lang=fr&exemple=e31"), prerendered)).toBe(true);
  });

  it("is not used for another language, theme, sample or latency, nor when the page holds none", () => {
    expect(fitsPrerendered(demoOptions("?lang=en"), prerendered)).toBe(false);
    expect(fitsPrerendered(demoOptions("", { language: "en-US" }), prerendered)).toBe(false);
    expect(fitsPrerendered(demoOptions("", { prefersDark: true }), prerendered)).toBe(false);
    expect(fitsPrerendered(demoOptions("?exemple=cqp"), prerendered)).toBe(false);
    expect(fitsPrerendered(demoOptions("?latence=600"), prerendered)).toBe(false);
    expect(fitsPrerendered(demoOptions(""), undefined)).toBe(false);
    expect(fitsPrerendered(demoOptions(""), "{not json")).toBe(false);
  });
});
