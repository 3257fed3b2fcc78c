import { demoSample, demoSampleEntries, type DemoSample } from "../hosts/demo/samples";
import { demoWordSample, demoWordSampleEntries, type DemoWordSample } from "../hosts/demo/word-samples";

/**
 * Every sample of the page, built: the workbooks, then the Word documents (the switcher's order).
 *
 * The webpack build runs this module at build time (webpack.prebuild-loader.js) and ships its result as
 * plain data: the page's first screen neither carries nor runs the code that builds the samples (« Nouvelle
 * grille » sheets, the built-in grids through their schema, recognitions). Under jest and ts-node it runs as
 * written. Keep every export plain JSON data.
 */
export const SAMPLES: readonly (DemoSample | DemoWordSample)[] = [
  ...demoSampleEntries().map((entry) => demoSample(entry.id)),
  ...demoWordSampleEntries().map((entry) => demoWordSample(entry.id)),
];
