import { createDOMRenderer } from "@fluentui/react-components";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { PRERENDERED, type DemoOptions } from "./options";
import { styleElements } from "./prerendered-styles";
import { DemoRoot } from "./root";

/** The demo page rendered ahead of time: what goes into index.html's head and into its #root. */
export interface PrerenderedDemo {
  /** The page's options, for index.html's data-prerendered (the scripts check they are the ones asked for). */
  options: DemoOptions;
  /** Style elements: Fluent's themes, then the first screen's CSS rules (read back by `primedRenderer`). */
  head: string;
  /** The markup of #root, as React renders it in the browser. */
  body: string;
}

/** Fluent's theme rules, which FluentProvider writes in its element when rendered in Node. */
const THEME_STYLE = /<style id="fui-FluentProvider[^"]*">[\s\S]*?<\/style>/g;
/** React's hint to preload the pane's icon, which the markup loads anyway. */
const PRELOAD = /<link rel="preload"[^>]*>/g;

/**
 * Renders the demo's first screen in Node (run by the webpack build: scripts/prerender-demo.ts), so that
 * the page shows the pane before its script has run. Run it in the build's NODE_ENV: Fluent names its
 * classes differently in development.
 *
 * The markup must be what the browser's first render gives, element for element, for React to hydrate it.
 * Two things Node writes in it are not in the browser's render, and are taken out here: FluentProvider's
 * theme <style> (the browser's FluentProvider keeps it in the head, where it finds it by its id: it goes
 * there), and React's preload link for the pane's icon.
 */
export function prerenderDemo(options: DemoOptions = PRERENDERED): PrerenderedDemo {
  const renderer = createDOMRenderer();
  const themes: string[] = [];
  const body = renderToString(<DemoRoot initial={options} renderer={renderer} onReady={() => undefined} />)
    .replace(PRELOAD, "")
    .replace(THEME_STYLE, (style) => {
      themes.push(style);
      return "";
    });
  // React hydrates each Suspense boundary in a pass of its own, after the rest of the page: meanwhile
  // Fluent's focus manager may add its elements into it (a mismatch), and the clicks held for the page
  // would be replayed on a button React does not handle yet. The first screen holds none.
  const boundary = /<!--\$[?!]?-->/.exec(body);
  if (boundary) throw new Error(`prerenderDemo: the first screen holds a Suspense boundary (near « ${body.slice(boundary.index, boundary.index + 200)} »); render its content without one`);
  return { options, head: themes.join("") + renderToStaticMarkup(<>{styleElements(renderer)}</>), body };
}
