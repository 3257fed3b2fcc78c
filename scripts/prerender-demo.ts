/**
 * Prints the demo's first screen rendered ahead of time, as JSON ({ options, head, body }): the webpack
 * build runs it (webpack.config.js, demo builds in production) and writes it into index.html.
 */
import { prerenderDemo } from "../src/demo/prerender";

process.stdout.write(JSON.stringify(prerenderDemo()));
