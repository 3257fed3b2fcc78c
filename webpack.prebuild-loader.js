/**
 * A webpack loader that runs a module at build time, in Node (ts-node, in a child process), and ships
 * its exports as data instead of its code: for what code builds once and a page only reads (the demo's
 * samples, src/demo/samples-data.ts). Every export must come through JSON unchanged, or the build fails
 * naming it. The data is emitted as `JSON.parse("…")`, which browsers parse faster than an object literal.
 */
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const ROOT = __dirname;

/** Run in the child: prints the module's exports as one JSON object, or fails on one JSON would change. */
const EVALUATE = `
const { isDeepStrictEqual } = require("node:util");
const exported = require(process.env.PREBUILD_MODULE);
const data = {};
for (const [name, value] of Object.entries(exported)) {
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) throw new Error("prebuild-loader: export " + name + " does not come through JSON unchanged");
  data[name] = value;
}
process.stdout.write(JSON.stringify(data));
`;

module.exports = function prebuildLoader() {
  // What the module builds depends on much of src/: never reuse an earlier result.
  this.cacheable(false);
  let json;
  try {
    json = execFileSync(process.execPath, [require.resolve("ts-node/dist/bin.js"), "--transpile-only", "-P", path.join(ROOT, "tsconfig.json"), "-e", EVALUATE], {
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
  return Object.entries(JSON.parse(json))
    .map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`)
    .join("\n");
};
