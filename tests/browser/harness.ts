import { SKIPPED, hasChromium } from "./demo-browser";

/** The jest side of the browser tests: `maybe` runs a describe block only when Chromium is there. */
export * from "./demo-browser";

if (!hasChromium) console.warn(`${SKIPPED} to run the browser tests`);

export const maybe: jest.Describe = hasChromium ? describe : describe.skip;

/**
 * Playwright-core has no `expect` of its own: polls `read` until `accept` takes its value, the way jest
 * would wait for it, and fails naming `what` and the last value seen. The default leaves room for a busy machine.
 */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
