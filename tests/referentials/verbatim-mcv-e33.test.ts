/**
 * The built-in MCV E33 grid must carry the official wording verbatim: every criterion, indicator and
 * descriptor of the seed document is found, unaltered, in the grid file, and nothing in the grid file's
 * official wording is absent from the seed.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import data from "../../src/referentials/mcv-e33.json";
import { parseGridFile } from "../../src/core/model/parse";
import { walkNodes, type ReferentialNode } from "../../src/core/model/referential";
import type { GridFile } from "../../src/core/model/grid";

const SEEDS = path.resolve(__dirname, "../../../shared/seeds");
const SEED_FILE = path.join(SEEDS, "004_fdec582da67d478c.txt");
const maybe = existsSync(SEEDS) ? describe : describe.skip;

/** Strips HTML tags, collapses whitespace runs, trims. Nothing else is folded. */
function normalise(text: string): string {
  return text.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
}

function loadFile(): GridFile {
  const parsed = parseGridFile(data);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.value;
}

function nodesOfKind(file: GridFile, kind: ReferentialNode["kind"]): ReferentialNode[] {
  return [...walkNodes(file.referential.nodes)].filter((node) => node.kind === kind);
}

interface SeedIndicator {
  label: string;
  details: string;
}
interface SeedCriterion {
  label: string;
  indicators: SeedIndicator[];
}
interface SeedDescriptorRow {
  phase: string;
  descriptors: string[];
}

/** Splits « Label (details) » at the first opening parenthesis: the details keep their parentheses. */
function splitIndicator(text: string): SeedIndicator {
  const open = text.indexOf(" (");
  if (open < 0) throw new Error(`indicateur sans parenthèse : ${text}`);
  return { label: normalise(text.slice(0, open)), details: normalise(text.slice(open + 1)) };
}

/** Rows after the header line that starts with `header`, up to the first blank line. */
function tableRows(lines: string[], header: (line: string) => boolean): string[] {
  const start = lines.findIndex(header);
  if (start < 0) throw new Error("tableau introuvable dans la source");
  const rows: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === "") break;
    rows.push(line);
  }
  return rows;
}

/** « Critères et indicateurs d'évaluation »: one row per criterion, its indicators as <p> paragraphs. */
function seedCriteria(lines: string[]): SeedCriterion[] {
  const rows = tableRows(lines, (line) => line.includes("Critères et indicateurs d'évaluation"));
  return rows
    .map((row) => row.split("\t"))
    .filter((cells) => normalise(cells[0] ?? "") !== "")
    .map((cells) => ({
      label: normalise(cells[0] ?? ""),
      indicators: [...(cells[1] ?? "").matchAll(/<p>(.*?)<\/p>/g)].map((m) => splitIndicator(m[1] ?? "")),
    }));
}

/** « Degré de maîtrise des compétences évaluées »: phase headings, then rows of four descriptors. */
function seedDescriptorRows(lines: string[]): SeedDescriptorRow[] {
  const rows = tableRows(lines, (line) => line.startsWith("1. Novice\t"));
  const out: SeedDescriptorRow[] = [];
  let phase = "";
  for (const row of rows) {
    const cells = row.split("\t").map(normalise);
    if (cells.slice(1).every((cell) => cell === "")) phase = cells[0] ?? "";
    else out.push({ phase, descriptors: cells });
  }
  return out;
}

maybe("MCV E33 grid file is verbatim from the seed", () => {
  // Read in beforeAll: jest runs the body of a skipped describe too, and the seed may be absent.
  let file: GridFile;
  let normalisedSeed: string;
  let criteria: SeedCriterion[];
  let rows: SeedDescriptorRow[];
  let blocks: ReferentialNode[];
  let indicators: ReferentialNode[];

  beforeAll(() => {
    file = loadFile();
    const seedText = readFileSync(SEED_FILE, "utf8");
    const seedLines = seedText.split("\n");
    normalisedSeed = normalise(seedText);
    criteria = seedCriteria(seedLines);
    rows = seedDescriptorRows(seedLines);
    blocks = nodesOfKind(file, "block");
    indicators = nodesOfKind(file, "indicator");
  });

  it("parses", () => {
    expect(parseGridFile(data).ok).toBe(true);
  });

  it("has 4 blocks, 10 indicators and 40 descriptors, like the seed", () => {
    expect(criteria).toHaveLength(4);
    expect(criteria.flatMap((c) => c.indicators)).toHaveLength(10);
    expect(rows).toHaveLength(10);
    expect(rows.every((row) => row.descriptors.length === 4)).toBe(true);
    expect(blocks).toHaveLength(4);
    expect(indicators).toHaveLength(10);
    expect(indicators.flatMap((node) => Object.values(node.descriptors ?? {}))).toHaveLength(40);
  });

  it("carries each criterion of the seed, in order, with its indicators", () => {
    expect(blocks.map((b) => b.label)).toEqual(criteria.map((c) => c.label));
    criteria.forEach((criterion, i) => {
      const children = (blocks[i]?.children ?? []).filter((n) => n.kind === "indicator");
      expect(children.map((n) => ({ label: n.label, details: n.details }))).toEqual(criterion.indicators);
    });
  });

  it("gives each indicator the descriptors and phase of its row of the mastery table", () => {
    rows.forEach((row, i) => {
      const node = indicators[i];
      expect(node?.phase).toBe(row.phase);
      expect(node?.descriptors).toEqual({ "1": row.descriptors[0], "2": row.descriptors[1], "3": row.descriptors[2], "4": row.descriptors[3] });
    });
    expect(rows.slice(0, 3).every((row) => row.phase === "PHASE PRÉPARATOIRE")).toBe(true);
    expect(rows.slice(3).every((row) => row.phase === "PHASE OPÉRATIONNELLE")).toBe(true);
  });

  it("keeps the block ids other code depends on", () => {
    expect(blocks.map((b) => b.id)).toEqual(["traiter", "contribuer", "evaluer", "communiquer"]);
    expect(file.grid.items.map((item) => item.node)).toEqual(["traiter", "contribuer", "evaluer", "communiquer"]);
  });

  it("has no official wording that is absent from the seed", () => {
    const texts: string[] = [];
    for (const node of walkNodes(file.referential.nodes)) {
      texts.push(node.label);
      if (node.details) texts.push(node.details);
      if (node.phase) texts.push(node.phase);
      texts.push(...Object.values(node.descriptors ?? {}));
    }
    const { grid } = file;
    texts.push(...grid.anchors, grid.scale.label, ...grid.fields.map((f) => f.label));
    if (grid.scale.kind === "levels") texts.push(...grid.scale.levels.map((l) => l.label));
    if (grid.epreuve) texts.push(grid.epreuve.title);
    if (grid.panel) texts.push(grid.panel.label, ...grid.panel.aliases, ...grid.panel.composition);
    texts.push(...grid.rules.map((r) => r.label));
    const missing = texts.filter((text) => !normalisedSeed.includes(normalise(text)));
    expect(missing).toEqual([]);
  });

  it("keeps the seed's own quirks", () => {
    expect(blocks[0]?.label).toBe("TRAITER ET EXPLOITER L' INFORMATION OU LE CONTACT CLIENT");
    expect(indicators[9]?.label).toBe("Qualité de la communication orale et écrite :");
    expect(indicators[9]?.descriptors?.["2"]).toBe("Ne communique pas clairement Utilise un support numérique peu adapté");
    expect(file.grid.panel?.composition[0]).toBe("Mme / M.professeur(e) d'économie gestion");
  });
});
