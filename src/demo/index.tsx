import { createRoot, hydrateRoot } from "react-dom/client";
import { releaseEarlyClicks } from "./early-clicks";
import { browserDemoOptions, fitsPrerendered } from "./options";
import { primedRenderer } from "./prerendered-styles";
import { DemoRoot } from "./root";

/**
 * The browser demo's entry: the real task pane on an in-memory workbook, without Office. When index.html
 * holds the page asked for, rendered at build time, React hydrates it (the pane showed before this script
 * ran) and the clicks made meanwhile are replayed; otherwise it renders the page.
 */
function main(): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("Grille demo: no #root element in the page");
  const initial = browserDemoOptions();
  const html = document.documentElement;
  const renderer = primedRenderer(document);
  const onReady = () => {
    releaseEarlyClicks(document);
    html.dataset.ready = "";
  };
  const tree = <DemoRoot initial={initial} renderer={renderer} onReady={onReady} />;
  if (fitsPrerendered(initial, html.dataset.prerendered) && container.firstElementChild) {
    hydrateRoot(container, tree);
    return;
  }
  container.replaceChildren();
  delete html.dataset.prerender;
  createRoot(container).render(tree);
}

main();
