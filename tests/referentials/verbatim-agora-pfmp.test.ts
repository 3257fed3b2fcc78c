/**
 * The built-in AGOrA PFMP grid file against its seed (001): every pôle, activity, task, competency and
 * criterion of the seed is in the data, word for word, and every label of the data comes from the seed.
 * Only whitespace runs are collapsed before comparing; nothing else is folded.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import data from "../../src/referentials/agora-pfmp.json";
import { parseGridFile } from "../../src/core/model/parse";
import { walkNodes, type ReferentialNode } from "../../src/core/model/referential";

const dir = path.resolve(__dirname, "../../../shared/seeds");
const seedFile = path.join(dir, "001_97548ee2d3a1b63e.txt");
const maybe = existsSync(dir) ? describe : describe.skip;

// ---------------------------------------------------------------------------------------------------------
// Reading the seed

interface SeedPole {
  code: string;
  label: string;
}

interface SeedActivity {
  code: string;
  label: string;
}

interface SeedRow {
  /** The "Activités" cell: empty when the row continues the previous task. */
  task: string;
  code: string;
  competency: string;
  criteria: string[];
}

/** Collapses whitespace runs and trims: the only folding the comparison allows. */
function norm(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** "## Pôle 2 > Organisation…" → { code: "2", label: "Organisation…" }. */
function readPoles(lines: readonly string[]): SeedPole[] {
  const poles: SeedPole[] = [];
  for (const line of lines) {
    const m = /^## Pôle (\d) > (.+)$/.exec(line);
    if (m) poles.push({ code: m[1]!, label: norm(m[2]!) });
  }
  return poles;
}

/** "<b>1.1. Préparation…</b>" or "<b>1.2 - Traitement…</b>" → code and title without its separator. */
function readActivities(lines: readonly string[]): SeedActivity[] {
  const activities: SeedActivity[] = [];
  for (const line of lines) {
    const m = /^<b>(\d\.\d)(?:\.|\s+-)\s+(.+?)<\/b>/.exec(line);
    if (m) activities.push({ code: m[1]!, label: norm(m[2]!) });
  }
  return activities;
}

/** Drops the leading "- " of a criterion. */
function stripDash(text: string): string {
  return norm(text).replace(/^- /, "");
}

/**
 * The criteria of a cell: one per <li> (pôles 1 and 3), or, when the extraction ran the list together on
 * one line (pôle 2), one per " - " separator.
 */
function readCriteria(cell: string): string[] {
  const items = [...cell.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!);
  if (items.length > 0) return items.map(stripDash);
  const text = stripDash(cell);
  return text === "" ? [] : text.split(" - ").map(norm);
}

/** A table row: task cell, competency code N.N.N, competency, criteria (the period columns are ignored). */
function readRow(line: string): SeedRow | undefined {
  const cells = line.split("\t");
  if (!/^\d\.\d\.\d$/.test(cells[1] ?? "")) return undefined;
  return { task: norm(cells[0]!), code: cells[1]!, competency: norm(cells[2] ?? ""), criteria: readCriteria(cells[3] ?? "") };
}

function readRows(lines: readonly string[]): SeedRow[] {
  return lines.map(readRow).filter((row): row is SeedRow => row !== undefined);
}

// ---------------------------------------------------------------------------------------------------------
// Reading the data

const nodes = data.referential.nodes as ReferentialNode[];
const allNodes = [...walkNodes(nodes)];

function nodesOfKind(kind: ReferentialNode["kind"]): ReferentialNode[] {
  return allNodes.filter((n) => n.kind === kind);
}

function competencyByCode(code: string): ReferentialNode | undefined {
  return nodesOfKind("competency").find((n) => n.code === code);
}

function criteriaOf(node: ReferentialNode): string[] {
  return (node.children ?? []).filter((c) => c.kind === "criterion").map((c) => c.label);
}

/**
 * The task cells as the seed prints them: a task holding competencies, followed by the childless tasks
 * that were split out of the same cell (2.3.1), joined by a space; with the codes of its competencies.
 */
function dataTaskCells(): { task: string; codes: string[] }[] {
  const cells: { task: string; codes: string[] }[] = [];
  for (const task of nodesOfKind("task")) {
    const codes = (task.children ?? []).map((c) => c.code ?? c.id);
    const last = cells[cells.length - 1];
    if (codes.length === 0 && last) last.task = `${last.task} ${task.label}`;
    else cells.push({ task: task.label, codes });
  }
  return cells;
}

/** The seed's task cells, each with the codes of its row and of the following rows with an empty cell. */
function seedTaskCells(rows: readonly SeedRow[]): { task: string; codes: string[] }[] {
  const cells: { task: string; codes: string[] }[] = [];
  for (const row of rows) {
    const last = cells[cells.length - 1];
    if (row.task === "" && last) last.codes.push(row.code);
    else cells.push({ task: row.task, codes: [row.code] });
  }
  return cells;
}

// ---------------------------------------------------------------------------------------------------------

describe("agora-pfmp.json", () => {
  it("is a valid grid file", () => {
    const result = parseGridFile(data);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("rates every competency once, grouped by activity", () => {
    const competencies = nodesOfKind("competency");
    expect(data.grid.items).toEqual(competencies.map((c) => ({ id: c.code, node: c.id, group: c.code!.slice(0, 3) })));
  });
});

maybe("agora-pfmp.json is verbatim from seed 001", () => {
  const seed = existsSync(seedFile) ? readFileSync(seedFile, "utf8") : "";
  const lines = seed.split(/\r?\n/);
  const seedText = norm(seed);
  const rows = readRows(lines);

  it("finds the seed's table", () => {
    expect(readPoles(lines)).toHaveLength(3);
    expect(readActivities(lines)).toHaveLength(9);
    expect(rows).toHaveLength(37);
  });

  it("has the seed's pôles, in order", () => {
    expect(nodes.map((n) => ({ code: n.code, label: n.label }))).toEqual(readPoles(lines));
    expect(nodes.map((n) => n.kind)).toEqual(["pole", "pole", "pole"]);
  });

  it("has the seed's activities, in order, under their pôle", () => {
    const activities = nodesOfKind("activity").map((n) => ({ code: n.code, label: n.label }));
    expect(activities).toEqual(readActivities(lines));
    for (const pole of nodes) {
      for (const activity of pole.children ?? []) expect(activity.code!.startsWith(`${pole.code}.`)).toBe(true);
    }
  });

  it("has the same competency codes, in order", () => {
    expect(nodesOfKind("competency").map((n) => n.code)).toEqual(rows.map((r) => r.code));
  });

  it.each([
    ["1", 12],
    ["2", 13],
    ["3", 12],
  ])("pôle %s has %i competencies in the seed and in the data", (pole, count) => {
    expect(rows.filter((r) => r.code.startsWith(`${pole}.`))).toHaveLength(count);
    const node = nodes.find((n) => n.code === pole)!;
    expect([...walkNodes([node])].filter((n) => n.kind === "competency")).toHaveLength(count);
  });

  it("has every competency's label and criteria verbatim", () => {
    for (const row of rows) {
      const node = competencyByCode(row.code);
      expect({ code: row.code, label: node?.label, criteria: node ? criteriaOf(node) : undefined }).toEqual({
        code: row.code,
        label: row.competency,
        criteria: row.criteria,
      });
    }
  });

  it("has every task cell verbatim, holding the competencies of its rows", () => {
    expect(dataTaskCells()).toEqual(seedTaskCells(rows));
  });

  it("keeps each competency under its own activity", () => {
    for (const activity of nodesOfKind("activity")) {
      for (const node of walkNodes(activity.children ?? [])) {
        if (node.kind === "competency") expect(node.code!.startsWith(`${activity.code}.`)).toBe(true);
      }
    }
  });

  it("takes every label of the data from the seed", () => {
    const kinds = new Set(["pole", "activity", "task", "competency", "criterion"]);
    const missing = allNodes.filter((n) => kinds.has(n.kind) && !seedText.includes(norm(n.label))).map((n) => n.id);
    expect(missing).toEqual([]);
  });

  it("takes the titles and anchors from the seed", () => {
    expect(seedText).toContain(data.referential.title);
    expect(seedText).toContain(data.grid.title);
    for (const anchor of data.grid.anchors) expect(seedText).toContain(anchor);
  });
});
