import path from "node:path";
import { SAMPLES } from "../../../src/demo/samples-data";

/** webpack.prebuild-loader.js, as webpack calls it on a module. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const prebuild = require("../../../webpack.prebuild-loader.js") as (this: { resourcePath: string; cacheable(flag: boolean): void }) => string;

const run = (file: string) => prebuild.call({ resourcePath: path.resolve(__dirname, file), cacheable: () => undefined });

/** The module's `export const NAME = JSON.parse("…")` lines, read back as data. */
function emitted(code: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of code.split("\n")) {
    const match = /^export const (\w+) = JSON\.parse\((".*")\);$/.exec(line);
    if (!match) throw new Error(`not an export of data: ${line.slice(0, 80)}`);
    data[match[1]!] = JSON.parse(JSON.parse(match[2]!) as string);
  }
  return data;
}

describe("the demo's samples, built at build time", () => {
  it("ship as the very data the code builds", () => {
    const { SAMPLES: shipped, ...others } = emitted(run("../../../src/demo/samples-data.ts"));
    expect(others).toEqual({});
    expect(shipped).toEqual(SAMPLES);
    expect((shipped as { id: string }[]).map((s) => s.id)).toEqual(["e31", "e33", "cqp", "pfmp", "ccf", "word-e33", "word-report"]);
  });

  it("fail the build, naming the export, when a value would not come through JSON", () => {
    expect(() => run("../../fixtures/prebuild/not-data.ts")).toThrow(/export when does not come through JSON unchanged/);
  });
});
