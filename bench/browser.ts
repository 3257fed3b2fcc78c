import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { SKIPPED, hasChromium, startDemo } from "../tests/browser/demo-browser";

const ROOT = path.resolve(__dirname, "..");

/** The local scripts a page loads at once: `<script src>` tags, not what they import later (lazy chunks). */
export function initialScripts(html: string): string[] {
  const sources: string[] = [];
  for (const tag of html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<script\b[^>]*>/gi)) {
    // Minified HTML leaves attribute values unquoted: src=taskpane.1a2b3c4d.js.
    const match = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag[0]);
    const src = match?.[1] ?? match?.[2] ?? match?.[3];
    if (src && !/^(?:[a-z]+:)?\/\//i.test(src)) sources.push(src.split(/[?#]/)[0]!);
  }
  return sources;
}

/**
 * The task pane's initial JavaScript over the wire: the production build (`npm run build` → dist/),
 * then the gzip size (zlib's default level, as web servers compress) of each script that
 * dist/taskpane.html loads, office.js from Microsoft's CDN aside. Goal ≤ 200 KiB.
 */
export async function benchTaskpaneSize(): Promise<string> {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "ignore" });
  const dist = path.join(ROOT, "dist");
  const scripts = initialScripts(readFileSync(path.join(dist, "taskpane.html"), "utf8"));
  if (scripts.length === 0) throw new Error("dist/taskpane.html loads no local script");
  let raw = 0;
  let gzipped = 0;
  for (const script of scripts) {
    const file = path.join(dist, script.replace(/^\.?\//, ""));
    if (!existsSync(file)) throw new Error(`dist/taskpane.html names ${script}, which the build did not write`);
    const content = readFileSync(file);
    raw += content.length;
    gzipped += gzipSync(content).length;
  }
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  return `taskpane-js-gzip-kb: ${kib(gzipped)} (${scripts.length} file${scripts.length > 1 ? "s" : ""}, ${kib(raw)} KiB before gzip)`;
}

/** Set in the page by the init script: ms from navigation start to « Reconnaître la grille » enabled. */
declare global {
  interface Window {
    __grilleInteractive?: number;
  }
}

/**
 * From navigation start to the pane's « Reconnaître la grille » button being enabled, on the demo page in
 * headless Chromium: the median of 5 loads, each in a fresh browser context (empty cache), the demo's
 * production build served from localhost. Goal ≤ 500 ms.
 */
export async function benchFirstRender(): Promise<string> {
  if (!hasChromium) return `first-render-ms: ${SKIPPED}`;
  const demo = await startDemo();
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const opened = await demo.open("?lang=fr", {
        init: () => {
          const ready = () =>
            Array.from(document.querySelectorAll("button")).some((b) => !b.disabled && b.getAttribute("aria-disabled") !== "true" && b.textContent?.trim() === "Reconnaître la grille");
          new MutationObserver((_, observer) => {
            if (window.__grilleInteractive === undefined && ready()) {
              window.__grilleInteractive = performance.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled", "aria-disabled"] });
        },
      });
      try {
        await opened.page.waitForFunction(() => window.__grilleInteractive !== undefined, undefined, { timeout: 30_000 });
        times.push(await opened.page.evaluate(() => window.__grilleInteractive!));
        if (opened.consoleErrors.length > 0) throw new Error(`the demo logged errors: ${opened.consoleErrors.join("; ")}`);
      } finally {
        await opened.close();
      }
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    return `first-render-ms: ${median.toFixed(0)} (median of 5 fresh loads: ${times.map((t) => t.toFixed(0)).join(", ")} ms)`;
  } finally {
    await demo.close();
  }
}
