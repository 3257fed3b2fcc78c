/** @jest-environment jsdom */
import { FluentProvider, __styles, webLightTheme } from "@fluentui/react-components";
import { renderHook } from "@testing-library/react";
import path from "node:path";
import type { ReactNode } from "react";
import { SAMPLES } from "../../../src/demo/samples-data";
import { useDemoPageStyles } from "../../../src/demo/DemoPage.styles";
import { useWorkbookViewStyles } from "../../../src/hosts/demo/WorkbookView.styles";
import { useViewStyles } from "../../../src/hosts/demo/view.styles";
import { useAppStyles } from "../../../src/taskpane/App.styles";
import { useShared } from "../../../src/taskpane/components/styles";

/** webpack.prebuild-loader.js, as webpack calls it on a module. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const prebuild = require("../../../webpack.prebuild-loader.js") as (this: { resourcePath: string; cacheable(flag: boolean): void }) => string;

const ROOT = path.resolve(__dirname, "../../..");
const run = (file: string) => prebuild.call({ resourcePath: path.join(ROOT, file), cacheable: () => undefined });

/** What the emitted module exports: data, or the arguments of a `__styles` call. */
function emitted(code: string): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  for (const line of code.split("\n")) {
    if (line === `import { __styles } from "@fluentui/react-components";`) continue;
    const data = /^export const (\w+) = JSON\.parse\((".*")\);$/.exec(line);
    const styles = /^export const (\w+) = __styles\(JSON\.parse\((".*")\), JSON\.parse\((".*")\)\);$/.exec(line);
    if (data) exports[data[1]!] = JSON.parse(JSON.parse(data[2]!) as string);
    else if (styles) exports[styles[1]!] = { styles: [JSON.parse(JSON.parse(styles[2]!) as string), JSON.parse(JSON.parse(styles[3]!) as string)] };
    else throw new Error(`not an export the loader makes: ${line.slice(0, 80)}`);
  }
  return exports;
}

const inFluent = ({ children }: { children: ReactNode }) => <FluentProvider theme={webLightTheme}>{children}</FluentProvider>;
const classesOf = (hook: () => Record<string, string>) => renderHook(hook, { wrapper: inFluent }).result.current;

describe("modules run at build time", () => {
  it("ship the demo's samples as the very data the code builds", () => {
    const { SAMPLES: shipped, ...others } = emitted(run("src/demo/samples-data.ts"));
    expect(others).toEqual({});
    expect(shipped).toEqual(SAMPLES);
    expect((shipped as { id: string }[]).map((s) => s.id)).toEqual(["e31", "e33", "cqp", "pfmp", "ccf", "word-e33", "word-report"]);
  });

  it.each([
    ["src/demo/DemoPage.styles.ts", "useDemoPageStyles", useDemoPageStyles],
    ["src/hosts/demo/WorkbookView.styles.ts", "useWorkbookViewStyles", useWorkbookViewStyles],
    ["src/hosts/demo/view.styles.ts", "useViewStyles", useViewStyles],
    ["src/taskpane/App.styles.ts", "useAppStyles", useAppStyles],
    ["src/taskpane/components/styles.ts", "useShared", useShared],
  ])("ship %s's styles compiled: the class names makeStyles gives in the browser", (file, name, hook) => {
    const shipped = emitted(run(file));
    expect(Object.keys(shipped)).toEqual([name]);
    const [classes, rules] = (shipped[name] as { styles: Parameters<typeof __styles> }).styles;
    const compiled = classesOf(__styles(classes, rules) as () => Record<string, string>);
    expect(compiled).toEqual(classesOf(hook as () => Record<string, string>));
    expect(Object.keys(compiled).length).toBeGreaterThan(2);
  });

  it("fail the build, naming the export, on anything else", () => {
    expect(() => run("tests/fixtures/prebuild/not-data.ts")).toThrow(/export when is neither a makeStyles hook nor data that comes through JSON unchanged/);
  });
});
