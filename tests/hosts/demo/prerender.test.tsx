import { PRERENDERED } from "../../../src/demo/options";
import { prerenderDemo } from "../../../src/demo/prerender";

/**
 * The demo's first screen rendered in Node for index.html (the webpack build runs it). Its hydration in
 * Chromium, and the clicks made before it, are in tests/browser/first-render.test.ts.
 */

// Builds the samples and renders the page: a few seconds.
jest.setTimeout(60_000);

const page = prerenderDemo();

/** The text of each of Griffel's style elements in the head. */
const griffelRules = () => [...page.head.matchAll(/<style\b[^>]*\bdata-make-styles-bucket="[^"]*"[^>]*>([^<]*)<\/style>/g)].map(([, css]) => css!);

it("is the page a French teacher opens, with « Reconnaître la grille » ready to click", () => {
  expect(page.options).toEqual(PRERENDERED);
  expect(page.body).toContain("Grille — démonstration");
  expect(page.body).toMatch(/<button[^>]*>(?:<[^>]*>)*Reconnaître la grille</);
  expect(page.body).not.toMatch(/<button[^>]*\bdisabled\b[^>]*>(?:<[^>]*>)*Reconnaître la grille</);
  expect(page.body).toContain('data-testid="pane"');
});

it("holds no Suspense boundary: React hydrates it in one pass, then the held clicks are replayed", () => {
  expect(page.body).not.toMatch(/<!--\$[?!]?-->/);
});

it("has its styles in the head: each FluentProvider's theme, then Griffel's rules one per line", () => {
  expect(page.body).not.toMatch(/<style\b/);
  expect(page.body).not.toMatch(/<link\b/);
  const themes = page.head.match(/<style id="fui-FluentProvider[^"]*">/g) ?? [];
  // The page's provider and the pane's.
  expect(themes).toHaveLength(2);
  for (const id of themes.map((tag) => /id="([^"]*)"/.exec(tag)![1]!)) expect(page.body).toContain(`class="fui-FluentProvider ${id} `);
  const buckets = griffelRules();
  expect(buckets.length).toBeGreaterThan(3);
  for (const css of buckets) for (const rule of css.split("\n")) expect(rule).toMatch(/^[.@][^\n]*\}$/);
});

it("primes a renderer with those rules: Griffel does not insert them again", async () => {
  // jsdom, only for this check: the render above ran without a DOM, as in the build.
  const { JSDOM } = await import("jsdom");
  const { window } = new JSDOM(`<!doctype html><html><head>${page.head}</head><body></body></html>`);
  const { primedRenderer } = await import("../../../src/demo/prerendered-styles");
  const renderer = primedRenderer(window.document);
  const rules = griffelRules().flatMap((css) => css.split("\n"));
  expect(Object.keys(renderer.insertionCache).sort()).toEqual([...new Set(rules)].sort());
  // Rules in the document's style sheets: the head's, then any Griffel adds.
  const ruleCount = () => [...window.document.querySelectorAll("style")].reduce((sum, style) => sum + (style.sheet?.cssRules.length ?? 0), 0);
  const start = ruleCount();
  renderer.insertCSSRules({ d: [rules.find((rule) => rule.startsWith("."))!] });
  expect(ruleCount()).toBe(start);
  renderer.insertCSSRules({ d: [".grille-new{color:red;}"] });
  expect(ruleCount()).toBe(start + 1);
});
