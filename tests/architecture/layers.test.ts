import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Layers, each importing only those before it: core → referentials → recognition → hosts → taskpane | cli | demo.
 * The demo page (src/demo) may use the pane and the hosts; nothing imports it.
 * By environment: core, referentials and recognition are "common" (no Node, no DOM, no Office, no React);
 * the file hosts (xlsx, docx) and the CLI are "node"; the pane and the demo never import them.
 */
const SRC = path.resolve(__dirname, "../../src");
const LAYERS = ["core", "referentials", "recognition", "hosts", "taskpane", "cli", "demo"] as const;
type Layer = (typeof LAYERS)[number];
const RANK: Record<Layer, number> = { core: 0, referentials: 1, recognition: 2, hosts: 3, taskpane: 4, cli: 4, demo: 4 };
/** Same-rank imports allowed all the same: the demo page shows the real pane. */
const ALSO_ALLOWED: Partial<Record<Layer, Layer[]>> = { demo: ["taskpane"] };
const COMMON: Layer[] = ["core", "referentials", "recognition"];
const NODE_ONLY_DIRS = ["hosts/xlsx", "hosts/docx", "hosts/node", "cli"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specs: string[] = [];
  for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(?\s*["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)/g)) {
    specs.push((match[1] ?? match[2] ?? match[3])!);
  }
  return specs;
}

/** The code without comments, so that prose mentioning "document." is not an API use. */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

/** The code without the text of its string literals either: a message saying « refusé par Excel (…) » is prose too. */
const withoutStrings = (code: string) => code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

const layerOf = (file: string): Layer | undefined => {
  const top = path.relative(SRC, file).split(path.sep)[0];
  return (LAYERS as readonly string[]).includes(top ?? "") ? (top as Layer) : undefined;
};
const relative = (file: string) => path.relative(SRC, file).split(path.sep).join("/");

const files = sourceFiles(SRC);

describe("architecture", () => {
  it("finds the source files", () => {
    expect(files.some((f) => layerOf(f) === "core")).toBe(true);
  });

  it("no layer imports a higher one", () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (!from) continue;
      for (const spec of importsOf(file)) {
        if (!spec.startsWith(".")) continue;
        const to = layerOf(path.resolve(path.dirname(file), spec));
        if (to && to !== from && RANK[to] >= RANK[from] && !ALSO_ALLOWED[from]?.includes(to)) violations.push(`${relative(file)} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("the common layers use no Node, DOM, Office or React API", () => {
    const violations: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      if (!layer || !COMMON.includes(layer)) continue;
      for (const spec of importsOf(file)) {
        const external = !spec.startsWith(".");
        if (external && spec !== "zod") violations.push(`${relative(file)} imports ${spec}`);
      }
      const code = withoutStrings(withoutComments(readFileSync(file, "utf8")));
      for (const global of ["process", "window", "Office", "Excel", "Word", "require"]) {
        if (new RegExp(`(?<![\\w.$])${global}\\s*[.(]`).test(code)) violations.push(`${relative(file)} uses ${global}`);
      }
      // "document" is also a fair name for a Word document: flag only the DOM's own members.
      if (/(?<![\w.$])document\s*\.\s*(getElement|querySelector|createElement|body\b|head\b|cookie|addEventListener|defaultView|documentElement)/.test(code)) {
        violations.push(`${relative(file)} uses the DOM's document`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("the task pane and browser hosts never import Node-only code", () => {
    const violations: string[] = [];
    for (const file of files) {
      const rel = relative(file);
      const browser = ["taskpane/", "demo/", "hosts/excel/", "hosts/word/", "hosts/ooxml/", "hosts/demo/"].some((dir) => rel.startsWith(dir));
      if (!browser) continue;
      for (const spec of importsOf(file)) {
        if (spec.startsWith("node:") || ["fs", "path", "os", "child_process", "exceljs", "commander"].includes(spec)) violations.push(`${rel} imports ${spec}`);
        if (spec.startsWith(".")) {
          const target = relative(path.resolve(path.dirname(file), spec));
          if (NODE_ONLY_DIRS.some((dir) => target.startsWith(dir))) violations.push(`${rel} imports ${target}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
