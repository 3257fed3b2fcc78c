import { holdEarlyClicks } from "./early-clicks";
import { browserDemoOptions, fitsPrerendered } from "./options";

/**
 * The demo's first script, tiny and run in the page's head before its body: when the page rendered ahead
 * of time (index.html) is not the one asked for (?lang=en, a dark browser, another sample), it is hidden
 * until the main script renders the right one; when it is, clicks on it are held for the main script.
 *
 * Then it starts the main script (downloaded meanwhile: index.html preloads it) once the page is parsed
 * and painted: run any earlier, its evaluation (a few hundred milliseconds on a slow machine) would keep
 * the prerendered page off the screen.
 */
const html = document.documentElement;
if (fitsPrerendered(browserDemoOptions(), html.dataset.prerendered)) holdEarlyClicks(document, "root");
else if (html.dataset.prerendered) html.dataset.prerender = "skip";

let started = false;
function startMain(): void {
  if (started) return;
  started = true;
  document.querySelectorAll<HTMLLinkElement>("link[rel=preload][data-main]").forEach((link) => {
    const script = document.createElement("script");
    script.src = link.href;
    script.async = false;
    document.head.append(script);
  });
}
/** After the next frame; a hidden tab draws no frame, so a timer stands in. */
function afterPaint(): void {
  requestAnimationFrame(() => setTimeout(startMain, 0));
  setTimeout(startMain, 200);
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", afterPaint, { once: true });
else afterPaint();
