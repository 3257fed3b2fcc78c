/**
 * The official texts a built-in grid prints with itself (instructions, captions, level descriptions, the
 * degrees of mastery, the appreciation scales) are the seed documents' own wording: each one is found,
 * unaltered, in its seed. Only whitespace is normalised (and the HTML tags of the extracted tables).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseGridFile } from "../../src/core/model/parse";
import { walkNodes } from "../../src/core/model/referential";
import { levelsOf } from "../../src/core/model/scale";
import type { GridFile } from "../../src/core/model/grid";
import e31 from "../../src/referentials/agora-e31.json";
import e33 from "../../src/referentials/mcv-e33.json";
import cqp from "../../src/referentials/cqp-agc.json";
import pfmp from "../../src/referentials/agora-pfmp.json";

// Beside the repository (/work/main → /work/shared), or beside the worktrees' folder (/work/wt/texts).
const SEEDS = ["../../../shared/seeds", "../../../../shared/seeds"].map((p) => path.resolve(__dirname, p)).find((p) => existsSync(p)) ?? "";
const maybe = SEEDS ? describe : describe.skip;

const normalise = (text: string): string => text.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

function load(data: unknown): GridFile {
  const parsed = parseGridFile(data);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.value;
}

/** Every text the grid prints from its `texts` and `columns`, as the sheet and the Word table print it. */
function printedTexts(file: GridFile): string[] {
  const { grid, referential } = file;
  const out: string[] = [...(grid.columns ?? []).map((c) => c.caption)];
  for (const block of grid.texts ?? []) {
    if (block.heading) out.push(block.heading);
    out.push(...block.lines, ...(block.tableHeader ?? []));
    if (block.table === "level-descriptions") for (const level of levelsOf(grid.scale)) if (level.description) out.push(`${level.label} : ${level.description}`);
    if (block.table === "level-descriptors")
      for (const node of walkNodes(referential.nodes)) {
        if (node.phase) out.push(node.phase);
        out.push(...Object.values(node.descriptors ?? {}));
      }
    if (block.table === "scale-descriptors" && grid.scale.kind === "percent") {
      for (const set of grid.scale.descriptorSets) out.push(set.context, ...set.descriptors);
      for (const anchor of grid.scale.anchors) out.push(anchor.label ?? "");
    }
  }
  return out;
}

const GRIDS: [string, unknown, string][] = [
  ["agora-e31", e31, "000_82c50b5a27d0ba04.txt"],
  ["mcv-e33", e33, "004_fdec582da67d478c.txt"],
  ["cqp-agc", cqp, "003_17dafcd51d48ab98.txt"],
  ["agora-pfmp", pfmp, "001_97548ee2d3a1b63e.txt"],
];

maybe.each(GRIDS)("the texts %s prints with its grid", (_id, data, seedFile) => {
  const file = load(data);
  const seed = normalise(readFileSync(path.join(SEEDS, seedFile), "utf8"));
  const texts = printedTexts(file);

  it("are there", () => {
    expect(texts.length).toBeGreaterThan(0);
  });

  it.each(texts.map((t) => [t]))("« %s » is in the seed, verbatim", (text) => {
    expect(seed).toContain(normalise(text));
  });
});

maybe("the texts are the ones issue 11 names", () => {
  it("E31: the instructions to the assessors and the four paliers, in the seed's order", () => {
    const texts = printedTexts(load(e31));
    expect(texts.slice(0, 3)).toEqual(["Consignes aux évaluateurs", "L’évaluation par profil tient compte du parcours de formation du (de la) candidat(e).", "Paliers de compétences :"]);
    expect(texts.slice(3).map((t) => t.split(" : ")[0])).toEqual(["Novice", "Fonctionnel", "Maîtrise", "Expertise"]);
  });

  it("E33: coefficient, oral, duration, the degrees of mastery and the four capacities", () => {
    const texts = printedTexts(load(e33));
    for (const text of ["Coefficient 3", "Épreuve orale ponctuelle", "Durée : 40 minutes", "Degré de maîtrise des compétences évaluées", "Commentaires objectifs :", "- Communiquer"])
      expect(texts).toContain(text);
    expect(texts.filter((t) => t.startsWith("- "))).toHaveLength(4);
  });

  it("CQP and PFMP: the official column captions, left to right", () => {
    expect(load(cqp).grid.columns!.map((c) => c.caption)).toEqual(["DOMAINE", "OBSERVATION AU POSTE", "QUESTIONS ET JEUX DE RÔLES", "PRISE DE NOTES"]);
    expect(load(pfmp).grid.columns!.map((c) => c.caption)).toEqual(["Activités", "Compétences", "Critères d'évaluation"]);
  });
});
