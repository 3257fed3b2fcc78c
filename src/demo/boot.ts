import { holdEarlyClicks } from "./early-clicks";
import { browserDemoOptions, fitsPrerendered } from "./options";

/**
 * The demo's first script, tiny, loaded from the page's head and run before its first paint
 * (render-blocking, not parser-blocking: it may run before or after the body is parsed): when the page rendered ahead
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
/** After the next frame is painted; a hidden tab paints none: there it starts at once. */
function afterPaint(): void {
  if (document.visibilityState === "hidden") {
    startMain();
    return;
  }
  requestAnimationFrame(() => setTimeout(startMain, 0));
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") startMain();
  });
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", afterPaint, { once: true });
else afterPaint();
