import { readFileSync } from "node:fs";
import path from "node:path";
import { parseGridFile, parseGridJson } from "../../src/core";
import { BUILT_IN_FILES } from "../../src/referentials";

const c3hm = () => JSON.parse(readFileSync(path.join(__dirname, "../fixtures/c3hm-gradebook.grid.json"), "utf8"));

describe("parsing a custom grid", () => {
  it("accepts every built-in grid", () => {
    for (const data of Object.values(BUILT_IN_FILES)) expect(parseGridFile(data).ok).toBe(true);
  });

  it("names the path in French, with the file's own keys, and what was received", () => {
    const data = c3hm();
    data.grid.scale.levels[2].points = "abc";
    const result = parseGridFile(data);
    expect(result).toEqual({
      ok: false,
      errors: ['grille.échelle.niveaux[2].points (grid.scale.levels[2].points) : nombre attendu, reçu "abc"'],
    });
  });

  it("rejects unknown keys", () => {
    const data = c3hm();
    data.grid.colour = "bleu";
    expect(parseGridFile(data)).toEqual({ ok: false, errors: ["grille (grid) : clé inconnue : « colour »"] });
  });

  it("rejects duplicate level codes and item ids", () => {
    const data = c3hm();
    data.grid.scale.levels[1].code = "Insuffisant";
    data.grid.items[1].id = "r1";
    const result = parseGridFile(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain("grille.échelle.niveaux[1].code (grid.scale.levels[1].code) : code de niveau en double : « Insuffisant »");
    expect(result.errors).toContain("grille.items[1].id (grid.items[1].id) : item en double : « r1 »");
  });

  it("rejects an item rated on a node that does not exist, and a descriptor of a level that does not exist", () => {
    const data = c3hm();
    data.grid.items[0].node = "r9";
    data.referential.nodes[0].descriptors = { Parfait: "au-delà de tout" };
    const result = parseGridFile(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain("grille.items[0].nœud (grid.items[0].node) : nœud inconnu du référentiel : « r9 »");
    expect(result.errors).toContain("référentiel.nœuds (referential.nodes) : le nœud « rapport » décrit un niveau inexistant : « Parfait »");
  });

  it("rejects a weight on an unknown item and an item outside the scheme's groups", () => {
    const data = c3hm();
    data.grid.marking.weights = { zz: 2 };
    data.grid.items[3].group = "maths";
    const result = parseGridFile(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        "grille.barème.pondérations.zz (grid.marking.weights.zz) : pondération d'un item inexistant : « zz »",
        "grille.items[3].groupe (grid.items[3].group) : groupe inconnu : « maths »",
      ]),
    );
  });

  it("rejects __proto__ keys without touching any prototype", () => {
    const result = parseGridJson('{"schemaVersion":1,"__proto__":{"polluted":true},"referential":{},"grid":{}}');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    if (!result.ok) expect(result.errors).toEqual(["(racine) : clé interdite : « __proto__ »"]);
  });

  it("reports bad JSON and a wrong schema version as messages", () => {
    const bad = parseGridJson("{ niveaux: ");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toBe("JSON invalide, ligne 1, colonne 3 : caractère inattendu « n » (virgule en trop ou manquante, guillemets droits \" autour des noms ?)");
    const data = c3hm();
    data.schemaVersion = 2;
    const old = parseGridFile(data);
    expect(old.ok).toBe(false);
    if (!old.ok) expect(old.errors[0]).toBe("versionDuSchéma (schemaVersion) : valeur attendue parmi 1, reçu 2");
  });

  it("reports a missing required key", () => {
    const data = c3hm();
    delete data.grid.scale.levels[0].label;
    const result = parseGridFile(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(["grille.échelle.niveaux[0].libellé (grid.scale.levels[0].label) : texte attendu, valeur absente"]);
  });
});
