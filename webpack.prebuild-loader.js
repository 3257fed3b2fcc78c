/**
 * A webpack loader that runs a module at build time, in Node (ts-node, in a child process), and ships
 * its exports as what they computed instead of their code. Two kinds of export come through:
 * - plain data (the demo's samples, src/demo/samples-data.ts), emitted as `JSON.parse("…")`, which
 *   browsers parse faster than an object literal; it must come through JSON unchanged;
 * - Fluent UI style hooks made by `makeStyles` (the `*.styles.ts` modules of the first screen), emitted
 *   as Griffel's ahead-of-time form `__styles(classes, cssRules)`: the same class names and CSS rules,
 *   without resolving the styles in the browser (Griffel's own build-time transform does the same).
 * Anything else fails the build, naming the export.
 */
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const ROOT = __dirname;

/**
 * Run in the child: prints the module's exports as one JSON object ({ data } or { styles }), or fails on
 * one it cannot ship. `makeStyles` is Griffel's, seen through a light stand-in for
 * @fluentui/react-components (loading the whole library in Node takes seconds) that keeps each hook's styles.
 */
const EVALUATE = `
const Module = require("node:module");
const { isDeepStrictEqual } = require("node:util");
const griffel = require("@griffel/core");
const STYLES = Symbol("styles by slot");
let fluent;
const light = {
  makeStyles: (stylesBySlot) => Object.assign(() => { throw new Error("a style hook run at build time"); }, { [STYLES]: stylesBySlot }),
  tokens: require("@fluentui/react-theme").tokens,
  shorthands: griffel.shorthands,
};
const standIn = new Proxy({}, { get: (_, name) => (name in light ? light[name] : (fluent ??= require("@fluentui/react-components"))[name]) });
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === "@fluentui/react-components" ? standIn : load.call(this, request, ...rest);
};
const exported = require(process.env.PREBUILD_MODULE);
const shipped = {};
for (const [name, value] of Object.entries(exported)) {
  if (typeof value === "function" && value[STYLES]) shipped[name] = { styles: griffel.resolveStyleRulesForSlots(value[STYLES]) };
  else if (isDeepStrictEqual(JSON.parse(JSON.stringify(value) ?? "null"), value)) shipped[name] = { data: value };
  else throw new Error("prebuild-loader: export " + name + " is neither a makeStyles hook nor data that comes through JSON unchanged");
}
process.stdout.write(JSON.stringify(shipped));
`;

/** A JavaScript expression that evaluates to `value`, parsed as JSON. */
const json = (value) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

module.exports = function prebuildLoader() {
  // What the module computes may depend on much of src/: never reuse an earlier result.
  this.cacheable(false);
  let output;
  try {
    output = execFileSync(process.execPath, [require.resolve("ts-node/dist/bin.js"), "--transpile-only", "-P", path.join(ROOT, "tsconfig.json"), "-e", EVALUATE], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, PREBUILD_MODULE: this.resourcePath },
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    const cause = String(error.stderr ?? "").split("\n").find((line) => /^\w*Error: /.test(line)) ?? error.message;
    throw new Error(`prebuild-loader: ${path.relative(ROOT, this.resourcePath)} did not run at build time: ${cause}`);
  }
  const exports = Object.entries(JSON.parse(output));
  const lines = exports.map(([name, { data, styles }]) => (styles ? `export const ${name} = __styles(${json(styles[0])}, ${json(styles[1])});` : `export const ${name} = ${json(data)};`));
  if (exports.some(([, { styles }]) => styles)) lines.unshift(`import { __styles } from "@fluentui/react-components";`);
  return lines.join("\n");
};
