import { execFileSync } from "node:child_process";
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { decodeClassList } from "../../src/cli/class-list";
import { parseNames } from "../../src/cli/csv";
import { parseGridJson } from "../../src/core/model/parse";
import { grille, jsonOf, tempDir } from "../cli/cli-support";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";

/** Issue 12 §2, §8 (zero scale, deep nesting), §11: what the teacher gives Grille, and what Grille says back. */

jest.setTimeout(30_000);
const tmp = tempDir("inputs");

const RAW_CODE = /\bE[A-Z]{3,}\b/;

/** « CSV (séparateur : point-virgule) » as French Excel saves it: Windows-1252, CRLF. */
const cp1252 = (text: string) => Buffer.from([...text].map((ch) => ({ È: 0xc8, é: 0xe9, ë: 0xeb, ï: 0xef, ç: 0xe7, Ï: 0xcf, "’": 0x92, Œ: 0x8c })[ch] ?? ch.charCodeAt(0)));

describe("class lists in every encoding French teachers' software saves", () => {
  const list = "Nom;Prénom\r\nLEFÈVRE;Zoé\r\nNAÏT;Anaïs\r\nN’DIAYE;Œlla\r\n";

  it.each([
    ["Windows-1252 (French Excel's CSV)", cp1252(list)],
    ["UTF-8 with a BOM (« CSV UTF-8 »)", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(list)])],
    ["UTF-8 without a BOM", Buffer.from(list)],
    ["UTF-16 LE with a BOM (Notepad « Unicode »)", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(list, "utf16le")])],
    ["UTF-16 BE with a BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(list, "utf16le").swap16()])],
  ])("%s: names intact, the Prénom column kept", (_, bytes) => {
    const decoded = decodeClassList(bytes);
    expect(decoded.ok && parseNames(decoded.text)).toEqual(["LEFÈVRE Zoé", "NAÏT Anaïs", "N’DIAYE Œlla"]);
  });

  it("grille new with a Windows-1252 list writes LEFÈVRE, not « LEF�VRE »", async () => {
    writeFileSync(tmp.path("classe.csv"), cp1252(list));
    const out = await grille(["new", "agora-e31", "--candidates", tmp.path("classe.csv"), "-o", tmp.path("classe.xlsx")]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("LEFÈVRE Zoé");
    expect(out.stdout).not.toContain("\uFFFD");
  });

  it("refuses a workbook or a binary file given as a class list, with a message", async () => {
    await aWorkbook().sheet("Liste", (s) => s.cell("A1", "Nom")).toFile(tmp.path("liste.xlsx"));
    const workbook = await grille(["new", "agora-e31", "--candidates", tmp.path("liste.xlsx"), "-o", tmp.path("x.xlsx")]);
    expect(workbook.code).toBe(2);
    expect(workbook.stderr).toContain("liste.xlsx : lecture de la liste des candidats impossible (c’est un classeur, pas une liste de noms : enregistrez la liste au format CSV");
    writeFileSync(tmp.path("photo.csv"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const binary = await grille(["new", "agora-e31", "--candidates", tmp.path("photo.csv"), "-o", tmp.path("x.xlsx")]);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain("c’est un fichier binaire, pas une liste de noms");
  });
});

describe("custom grids a teacher may write", () => {
  const notacomp = () => JSON.parse(readFileSync("tests/fixtures/notacomp-4e.grid.json", "utf8")) as { referential: { nodes: unknown[] }; grid: { scale: { levels: { points?: number }[] } } };

  it("refuses a scale whose levels are all worth 0 points", () => {
    const grid = notacomp();
    for (const level of grid.grid.scale.levels) level.points = 0;
    const parsed = parseGridJson(JSON.stringify(grid));
    expect(parsed.ok || parsed.errors).toEqual(["grille.échelle.niveaux (grid.scale.levels) : tous les niveaux valent 0 point (ou moins) : aucune note ne peut être calculée ; donnez des points au meilleur niveau"]);
  });

  it("refuses a referential nested 1,000 deep with a message, no stack trace", async () => {
    const grid = notacomp();
    let deepest = { id: "n0", kind: "domain", code: "N0", label: "Niveau 0" } as Record<string, unknown>;
    const root = deepest;
    for (let i = 1; i < 1000; i++) {
      const child = { id: `n${i}`, kind: "domain", code: `N${i}`, label: `Niveau ${i}` };
      deepest.children = [child];
      deepest = child;
    }
    grid.referential.nodes.push(root);
    writeFileSync(tmp.path("profonde.json"), JSON.stringify(grid));
    const out = await grille(["check", tmp.path("classe.xlsx"), "--grid", tmp.path("profonde.json")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("imbrication trop profonde");
    expect(out.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("gives a JSON syntax error its line and column, in French", async () => {
    writeFileSync(tmp.path("virgule.json"), '{\n  "schemaVersion": 1,\n}\n');
    const out = await grille(["check", tmp.path("classe.xlsx"), "--grid", tmp.path("virgule.json")]);
    expect(out.stderr).toContain("JSON invalide, ligne 3, colonne 1 : caractère inattendu « } »");
    expect(out.stderr).not.toMatch(/Expected|Unexpected|position/);
  });
});

describe("messages name the path as given, in French words, never a system code", () => {
  beforeAll(async () => {
    await aWorkbook().sheet("Alice Martin", (s) => e31Sheet(s, { name: "Alice Martin" })).toFile(tmp.path("sain.xlsx"));
  });

  it("refuses a FIFO as input instead of waiting on it", async () => {
    execFileSync("mkfifo", [tmp.path("tube.xlsx")]);
    const out = await grille(["check", tmp.path("tube.xlsx"), tmp.path("sain.xlsx")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`${tmp.path("tube.xlsx")} : ce n’est pas un fichier ordinaire (un tube ou un périphérique)`);
    expect(out.stdout).toContain("Alice Martin");
    const list = await grille(["new", "agora-e31", "--candidates", tmp.path("tube.xlsx"), "-o", tmp.path("y.xlsx")]);
    expect(list.stderr).toContain("ce n’est pas un fichier ordinaire");
    const device = await grille(["check", "/dev/zero"]);
    expect(device.stderr).toContain("/dev/zero : ce n’est pas un fichier ordinaire");
  });

  it("says what a looping link, a folder given as a list, a missing file are, without ELOOP, EISDIR, ENOENT", async () => {
    symlinkSync(tmp.path("boucle.xlsx"), tmp.path("boucle.xlsx"));
    const loop = await grille(["check", tmp.path("boucle.xlsx")]);
    expect(loop.stderr).toContain("lien symbolique qui boucle sur lui-même");
    const folder = await grille(["new", "agora-e31", "--candidates", tmp.path(), "-o", tmp.path("z.xlsx")]);
    expect(folder.stderr).toContain("c’est un dossier, pas un fichier");
    for (const out of [loop, folder]) expect(out.stderr).not.toMatch(RAW_CODE);
  });

  it("names sub1/classe.xlsx and sub2/classe.xlsx apart", async () => {
    const json = jsonOf(await grille(["check", "--json", tmp.path("sub1", "classe.xlsx"), tmp.path("sub2", "classe.xlsx")]));
    expect(json.files.map((f) => (f.errors as { message: string }[])[0]!.message)).toEqual([
      expect.stringMatching(/sub1\/classe\.xlsx : fichier introuvable/),
      expect.stringMatching(/sub2\/classe\.xlsx : fichier introuvable/),
    ]);
  });
});

describe("grille check | head", () => {
  it("exits quietly when the reader closes the pipe (EPIPE): no stack trace", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, ["bin/grille.js", "check", "examples/classe-e31.xlsx", "--json"], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).not.toBe(70);
    expect(code).not.toBeNull();
  }, 60_000);
});
