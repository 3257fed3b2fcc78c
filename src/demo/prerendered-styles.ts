import { createDOMRenderer, renderToStyleElements, type GriffelRenderer } from "@fluentui/react-components";
import { cloneElement, type ReactElement } from "react";

/*
 * The CSS of the demo's page rendered ahead of time, from the build to the browser. Griffel (Fluent's
 * styling) keeps a cache of the rules it has inserted; a page rendered on a server hands them over in its
 * style elements. Griffel's own rehydration parses their CSS back into rules (about 100 ms for this page
 * on a slow machine, before the pane can hydrate); here the build writes one rule per line and the
 * browser splits the lines.
 */

/** Griffel's style elements for the rules a render inserted (its renderToStyleElements), one rule per line. */
export function styleElements(renderer: GriffelRenderer): ReactElement[] {
  const sheets = Object.values(renderer.stylesheets).filter((sheet) => sheet !== undefined);
  return renderToStyleElements(renderer).map((element) => {
    const props = element.props as Record<string, unknown>;
    const sheet = sheets.find((s) => Object.entries(s.elementAttributes).every(([name, value]) => props[name] === value));
    if (!sheet) throw new Error(`prerenderDemo: no stylesheet of Griffel's renderer makes the style element ${JSON.stringify(props)}`);
    const rules = sheet.cssRules();
    const multiline = rules.find((rule) => rule.includes("\n"));
    if (multiline) throw new Error(`prerenderDemo: a CSS rule spans several lines, which the browser cannot read back: ${multiline}`);
    return cloneElement(element as ReactElement<{ dangerouslySetInnerHTML: { __html: string } }>, { dangerouslySetInnerHTML: { __html: rules.join("\n") } });
  });
}

/**
 * A renderer for the page rendered ahead of time, its cache holding the rules already in the page's style
 * elements: Griffel inserts only the rules the page does not have yet. Give it to RendererProvider with
 * `withoutRehydration()` as its document, or Griffel parses the same rules again.
 */
export function primedRenderer(doc: Document): GriffelRenderer {
  const renderer = createDOMRenderer(doc);
  doc.head.querySelectorAll<HTMLStyleElement>("style[data-make-styles-bucket]").forEach((style) => {
    const bucket = style.dataset["makeStylesBucket"] as GriffelRenderer["insertionCache"][string];
    for (const rule of (style.textContent ?? "").split("\n")) if (rule) renderer.insertionCache[rule] = bucket;
  });
  return renderer;
}

let empty: Document | undefined;

/**
 * A document without style elements, for RendererProvider's `targetDocument`: the provider rehydrates
 * Griffel's cache from that document's style elements, which `primedRenderer` has already done.
 */
export function withoutRehydration(): Document | undefined {
  if (typeof document === "undefined") return undefined;
  empty ??= document.implementation.createHTMLDocument("");
  return empty;
}
