import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { grille } from "./cli-support";

const pkg = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as { version: string };

describe("grille list", () => {
  it("lists the built-in grids: id, the grid's one name, épreuve, official title, diploma, rated items, scale", async () => {
    const out = await grille(["list"]);
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Identifiant\s+Grille\s+Épreuve\s+Intitulé officiel\s+Diplôme\s+Items notés\s+Échelle$/);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^agora-e31\s+Bac Pro AGOrA — E31\s+E31\s+Gestion des relations avec les clients, les usagers et les adhérents\s+Baccalauréat professionnel Assistance à la gestion des organisations et de leurs activités\s+3\s+N\/F\/M\/E \(Paliers de compétences\)$/);
    expect(lines[2]).toMatch(/^agora-pfmp\s+Bac Pro AGOrA — suivi des PFMP\s+—\s+Grilles de suivi.*\s37\s+P1…P6$/);
    expect(lines[3]).toMatch(/^cqp-agc\s+CQP AGC — grille d'observation\s+—\s+.*CQP Assistant\(e\) de Gestion Client\s+7\s+0–100 %$/);
    expect(lines[4]).toMatch(/^mcv-e33\s+Bac Pro MCV — E33\s+E33\s+.*\s4\s+1\/2\/3\/4 \(PROFIL\)$/);
  });

  it("has a JSON form", async () => {
    const out = await grille(["list", "--json"]);
    const doc = JSON.parse(out.stdout) as { grids: { id: string; epreuve: string | null; items: number }[] };
    expect(doc.grids.map((g) => [g.id, g.epreuve, g.items])).toEqual([
      ["agora-e31", "E31", 3],
      ["agora-pfmp", null, 37],
      ["cqp-agc", null, 7],
      ["mcv-e33", "E33", 4],
    ]);
  });

  it("speaks English with --lang en", async () => {
    const out = await grille(["list", "--lang", "en"]);
    expect(out.stdout).toMatch(/^Id\s+Grid\s+Test\s+Official title\s+Diploma\s+Rated items\s+Scale/);
  });
});

describe("help and version", () => {
  it("--help is in French", async () => {
    const out = await grille(["--help"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Utilisation : grille [options] [commande]");
    expect(out.stdout).toContain("Commandes :");
    expect(out.stdout).toContain("afficher le numéro de version");
    expect(out.stdout).toMatch(/check \[options\] <fichiers\.\.\.>\s+vérifier des classeurs/);
    expect(out.stdout).not.toMatch(/Usage:|Options:|Commands:|display help/);
  });

  it("each command's help is in French, with its options", async () => {
    const out = await grille(["check", "--help"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Utilisation : grille check [options] <fichiers...>");
    expect(out.stdout).toContain("--grid <grille>");
    expect(out.stdout).toContain("Codes de sortie : 0 tous les candidats sont complets");
    const mark = await grille(["help", "mark"]);
    expect(mark.stdout).toContain("--in-place");
    expect(mark.stdout).toContain("-o, --output <sortie.xlsx>");
  });

  it("--help is in English with --lang en", async () => {
    const out = await grille(["--lang", "en", "--help"]);
    expect(out.stdout).toContain("Usage: grille [options] [command]");
    expect(out.stdout).toContain("check workbooks");
  });

  it("--version prints the package version", async () => {
    const out = await grille(["--version"]);
    expect(out.code).toBe(0);
    expect(out.stdout.trim()).toBe(pkg.version);
  });

  it("a wrong command or language is refused in French (exit 2)", async () => {
    const unknown = await grille(["chek", "x.xlsx"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("erreur : commande inconnue « chek » (vouliez-vous dire check ?)");
    expect(unknown.stderr).toContain("(aide : grille --help)");
    const lang = await grille(["list", "--lang", "de"]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain("erreur : valeur « de » invalide pour l’option « --lang <langue> » : valeurs possibles : fr, en");
  });

  it("with no command, prints the help on stderr (exit 2)", async () => {
    const out = await grille([]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("Utilisation : grille");
  });
});

describe("bin/grille.js", () => {
  it("runs the command line (compiled from dist/cli, else through ts-node)", () => {
    const bin = path.resolve(__dirname, "../../bin/grille.js");
    const env = { ...process.env, LANG: "fr_FR.UTF-8", LC_ALL: "", LC_MESSAGES: "" };
    expect(execFileSync(process.execPath, [bin, "--version"], { env, encoding: "utf8" }).trim()).toBe(pkg.version);
    expect(execFileSync(process.execPath, [bin, "list"], { env, encoding: "utf8" })).toMatch(/^Identifiant\s+Grille\s+Épreuve/);
  }, 30_000);
});
