import { readdirSync } from "node:fs";
import path from "node:path";
import { CLASSES, type ClassGrid } from "../support/class-workbooks";
import { grille, jsonOf, tempDir } from "./cli-support";

/**
 * `grille export` of an E33, a CQP and a PFMP class (E31's in export.test.ts): every file written, whole
 * class or one per candidate, .docx or .xlsx, is read back by `grille check` with the class's results —
 * marks, findings, each CQP jury member's figures, PFMP coverage.
 */

const dir = tempDir("export-grids");

interface CandidateJson {
  name: string | null;
  status: string;
  findings: { code: string; severity: string; item: string | null }[];
  mark: { value: number | null } | null;
  panel?: { domains: { domain: string; percent: number | null }[]; assessors: { name: string; domains: { percent: number | null }[] }[] };
  coverage?: { practised: number; total: number; periods: Record<string, string[]> };
}

/** What a commission reads of each candidate: enough to tell two files' results apart. */
async function results(file: string): Promise<unknown[]> {
  const out = await grille(["check", file, "--json"]);
  const candidates = jsonOf(out).files[0]!.candidates as CandidateJson[];
  return candidates.map((c) => ({
    name: c.name,
    status: c.status,
    mark: c.mark?.value ?? null,
    findings: c.findings.map((f) => `${f.severity}:${f.code}:${f.item ?? ""}`),
    ...(c.panel && { domains: c.panel.domains.map((d) => [d.domain, d.percent]), assessors: c.panel.assessors.map((a) => [a.name, a.domains.map((d) => d.percent)]) }),
    ...(c.coverage && { coverage: [c.coverage.practised, c.coverage.total, c.coverage.periods] }),
  }));
}

describe.each(Object.keys(CLASSES) as ClassGrid[])("grille export of a %s class", (id) => {
  // The folder exists once the file's beforeAll has run: paths are taken inside hooks and tests.
  let input = "";
  let source: unknown[];
  beforeAll(async () => {
    input = dir.path(`${id}.xlsx`);
    await CLASSES[id](input);
    source = await results(input);
    expect(source.length).toBeGreaterThanOrEqual(2);
  });

  it.each(["docx", "xlsx"])("one .%s for the class, read back with the class's results", async (format) => {
    const out = dir.path(`${id}-classe.${format}`);
    const code = (await grille(["export", input, "--format", format, "-o", out])).code;
    expect(code).toBeLessThanOrEqual(1);
    expect(await results(out)).toEqual(source);
  });

  it.each(["docx", "xlsx"])("with --split, one .%s per candidate, each read back as that candidate", async (format) => {
    const folder = dir.path(`${id}-${format}`);
    expect((await grille(["export", input, "--split", "--format", format, "-o", folder])).code).toBeLessThanOrEqual(1);
    const files = readdirSync(folder);
    expect(files).toHaveLength(source.length);
    for (const [i, expected] of source.entries()) {
      const name = (expected as { name: string }).name;
      expect(files).toContain(`${name}.${format}`);
      expect(await results(path.join(folder, `${name}.${format}`))).toEqual([source[i]]);
    }
  });
});
