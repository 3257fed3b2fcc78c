/**
 * The built-in CQP Assistant(e) de Gestion Client grid must carry the official wording verbatim: every
 * domain, observation, question, role-play line and scale descriptor of the seed document is found,
 * unaltered, in the grid file, and nothing in the grid file's official wording is absent from the seed.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import data from "../../src/referentials/cqp-agc.json";
import { parseGridFile } from "../../src/core/model/parse";
import { walkNodes, type ReferentialNode } from "../../src/core/model/referential";
import type { GridFile } from "../../src/core/model/grid";

const SEEDS = path.resolve(__dirname, "../../../shared/seeds");
const SEED_FILE = path.join(SEEDS, "003_17dafcd51d48ab98.txt");
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

function nodesOfKind(nodes: readonly ReferentialNode[], kind: ReferentialNode["kind"]): ReferentialNode[] {
  return [...walkNodes(nodes)].filter((node) => node.kind === kind);
}

/** The non-blank, normalised lines of a text. */
function textLines(text: string): string[] {
  return text.split("\n").map(normalise).filter((line) => line !== "");
}

interface SeedObservation {
  domain: string;
  label: string;
  /** « Jeu de rôles : voir fiche n°N » references, as printed. */
  rolePlayRefs: string[];
  /** The text after « Question : ». */
  questions: string[];
}

/** « Grille d'observation »: rows of domain (blank = same as above), observation, questions and role plays. */
function seedObservations(text: string): SeedObservation[] {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.startsWith("DOMAINE\t"));
  const end = lines.findIndex((line) => line.startsWith("Grille de report"));
  const out: SeedObservation[] = [];
  let domain = "";
  for (const line of lines.slice(start + 1, end)) {
    if (line.trim() === "") continue;
    const cells = line.split("\t").map(normalise);
    if (cells[0]) domain = cells[0];
    const parts = (cells[2] ?? "").split(/(?=Jeu de rôles :|Question :)/).map((p) => p.trim()).filter((p) => p !== "");
    out.push({
      domain,
      label: cells[1] ?? "",
      rolePlayRefs: parts.filter((p) => p.startsWith("Jeu de rôles :")),
      questions: parts.filter((p) => p.startsWith("Question :")).map((p) => p.slice("Question :".length).trim()),
    });
  }
  return out;
}

interface SeedRolePlay {
  title: string;
  subtitle: string;
  context: string[];
  relances: string[];
  successCriteria: string[];
}

/** The « Fiche de Jeux de rôle » sheets: title, « - subtitle - », then headed sections. */
function seedRolePlays(text: string): SeedRolePlay[] {
  const sheets = text.slice(text.indexOf("Fiche de Jeux de rôle n°1")).split(/\n(?=Fiche de Jeux de rôle n°)/);
  return sheets.map((sheet) => {
    const [title = "", subtitle = "", ...body] = textLines(sheet);
    const sheetOut: SeedRolePlay = { title, subtitle: subtitle.replace(/^- | -$/g, ""), context: [], relances: [], successCriteria: [] };
    let section: string[] | undefined;
    for (const line of body) {
      if (line === "Distribution des rôles" || line === "Contexte") section = sheetOut.context;
      else if (line === "Relances") section = sheetOut.relances;
      else if (/^Critères de réussite( :)?$/.test(line)) section = sheetOut.successCriteria;
      else if (!section) throw new Error(`ligne hors section : ${line}`);
      else section.push(line);
    }
    return sheetOut;
  });
}

/** The lines between two heading lines of the « Echelles d'appréciation » page. */
function linesBetween(text: string, from: string, to: string): string[] {
  const lines = textLines(text);
  return lines.slice(lines.indexOf(from) + 1, lines.indexOf(to));
}

const OBSERVED = "Lors de l'observation directe des réalisations sur poste";
const ANSWERED = "Lorsque le candidat répond à une question ou lors des jeux de rôles";

maybe("CQP AGC grid file is verbatim from the seed", () => {
  // Read in beforeAll: jest runs the body of a skipped describe too, and the seed may be absent.
  let file: GridFile;
  let seedText: string;
  let observations: SeedObservation[];
  let rolePlays: SeedRolePlay[];

  beforeAll(() => {
    file = loadFile();
    seedText = readFileSync(SEED_FILE, "utf8");
    observations = seedObservations(seedText);
    rolePlays = seedRolePlays(seedText);
  });

  it("parses", () => {
    expect(parseGridFile(data).ok).toBe(true);
  });

  it("has 3 domains, 7 observations and 3 role plays, like the seed", () => {
    const nodes = file.referential.nodes;
    expect(new Set(observations.map((o) => o.domain)).size).toBe(3);
    expect(observations).toHaveLength(7);
    expect(rolePlays).toHaveLength(3);
    expect(nodesOfKind(nodes, "domain")).toHaveLength(3);
    expect(nodesOfKind(nodes, "observation")).toHaveLength(7);
    expect(nodesOfKind(nodes, "rolePlay")).toHaveLength(3);
    expect(nodesOfKind(nodes, "question")).toHaveLength(7);
    expect(nodesOfKind(nodes, "successCriterion")).toHaveLength(10);
  });

  it("carries each observation of the seed under its domain, with its role plays and questions", () => {
    const domains = nodesOfKind(file.referential.nodes, "domain");
    const actual = domains.flatMap((domain) =>
      (domain.children ?? []).map((obs) => ({
        domain: domain.label,
        label: obs.label,
        rolePlayRefs: (obs.children ?? []).filter((n) => n.kind === "note").map((n) => n.label),
        questions: (obs.children ?? []).filter((n) => n.kind === "question").map((n) => n.label),
      })),
    );
    expect(actual).toEqual(observations);
    expect(nodesOfKind(file.referential.nodes, "observation").map((n) => n.id)).toEqual(["obs-1", "obs-2", "obs-3", "obs-4", "obs-5", "obs-6", "obs-7"]);
  });

  it("rates the seven observations, grouped by domain", () => {
    const groupOf = new Map(nodesOfKind(file.referential.nodes, "domain").flatMap((d) => (d.children ?? []).map((o) => [o.id, d.id] as const)));
    expect(file.grid.items.map((item) => item.node)).toEqual(nodesOfKind(file.referential.nodes, "observation").map((n) => n.id));
    for (const item of file.grid.items) expect(item.group).toBe(groupOf.get(item.node));
    const marking = file.grid.marking;
    expect(marking?.kind === "domain-percent" ? marking.groups.map((g) => g.label) : []).toEqual([...new Set(observations.map((o) => o.domain))]);
  });

  it("carries each role-play sheet line by line", () => {
    const sheets = nodesOfKind(file.referential.nodes, "rolePlay");
    rolePlays.forEach((seed, i) => {
      const sheet = sheets[i];
      const children = sheet?.children ?? [];
      const labelsOf = (...kinds: ReferentialNode["kind"][]) => children.filter((n) => kinds.includes(n.kind)).map((n) => n.label);
      expect(sheet?.label).toBe(seed.title);
      expect(sheet?.details).toBe(seed.subtitle);
      expect(labelsOf("context")).toEqual(seed.context);
      // Under « Relances », a lead-in such as « Le client réagit : » is a note; every other line is a prompt.
      expect(labelsOf("prompt", "note")).toEqual(seed.relances);
      expect(labelsOf("prompt")).toEqual(seed.relances.filter((line) => line.startsWith("«") || !line.endsWith(" :")));
      expect(labelsOf("successCriterion")).toEqual(seed.successCriteria);
    });
  });

  it("carries the two sets of scale descriptors and the five indicative anchors", () => {
    const scale = file.grid.scale;
    if (scale.kind !== "percent") throw new Error("échelle en pourcentage attendue");
    expect(scale.descriptorSets).toEqual([
      { context: OBSERVED, descriptors: linesBetween(seedText, OBSERVED, ANSWERED) },
      { context: ANSWERED, descriptors: linesBetween(seedText, ANSWERED, "0%") },
    ]);
    expect(scale.descriptorSets.map((set) => set.descriptors.length)).toEqual([4, 4]);
    const anchors = linesBetween(seedText, ANSWERED, "Grille d'observation").filter((line) => /^\d+%$/.test(line));
    expect(scale.anchors.map((a) => a.label)).toEqual(anchors);
    expect(scale.anchors.map((a) => `${a.value}%`)).toEqual(anchors);
  });

  it("has no official wording that is absent from the seed", () => {
    const normalisedSeed = normalise(seedText);
    const texts: string[] = [];
    for (const node of walkNodes(file.referential.nodes)) {
      texts.push(node.label);
      if (node.details) texts.push(node.details);
    }
    const { grid } = file;
    texts.push(...grid.anchors, ...grid.fields.map((f) => f.label));
    if (grid.scale.kind === "percent") {
      texts.push(...grid.scale.anchors.flatMap((a) => (a.label ? [a.label] : [])));
      for (const set of grid.scale.descriptorSets) texts.push(set.context, ...set.descriptors);
    }
    if (grid.marking?.kind === "domain-percent") texts.push(...grid.marking.groups.map((g) => g.label));
    const missing = texts.filter((text) => !normalisedSeed.includes(normalise(text)));
    expect(missing).toEqual([]);
  });
});
