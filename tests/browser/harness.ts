import { SKIPPED, hasChromium } from "./demo-browser";

/** The jest side of the browser tests: `maybe` runs a describe block only when Chromium is there. */
export * from "./demo-browser";

if (!hasChromium) console.warn(`${SKIPPED} to run the browser tests`);

export const maybe: jest.Describe = hasChromium ? describe : describe.skip;
