import { builtInGrid } from "../../src/referentials";
import { itemKeys, scoreCell, ITEM_THRESHOLD } from "../../src/recognition/sheet/items";
import type { IndexedCell } from "../../src/recognition/sheet/sheet-index";
import { internText, leadingCode, normalizeText, significantWords } from "../../src/recognition/text/normalize";
import { editDistance, labelSimilarity } from "../../src/recognition/text/similarity";

describe("normalizeText", () => {
  it.each([
    ["Nom et prénom de la candidate ou du candidat :\u00a0", "nom et prenom de la candidate ou du candidat"],
    ["« Clients » l’usager", '" clients " l\'usager'],
    ['"clients" l\'usager', '" clients " l\'usager'],
    ["· Identifier\n• Apporter\n▪ Produire\n- Assurer", "identifier apporter produire assurer"],
    ["  Date   de\tl'épreuve  : ", "date de l'epreuve"],
    ["MAÎTRISE", "maitrise"],
    ["mises en œuvre", "mises en oeuvre"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it("drops stop words from significant words", () => {
    expect(significantWords(normalizeText("Préparation et prise en charge de la relation avec le client"))).toEqual([
      "preparation", "prise", "charge", "relation", "client",
    ]);
  });

  it.each([
    ["1.1 preparation", "1.1", "preparation"],
    ["1.1. preparation", "1.1", "preparation"],
    ["1.1 - preparation", "1.1", "preparation"],
    ["1.2.3) appliquer", "1.2.3", "appliquer"],
    ["1.1", "1.1", ""],
  ])("reads the code at the start of %j", (text, code, rest) => {
    expect(leadingCode(text)).toEqual({ code, rest });
  });

  it("finds no code in plain text or a lone number", () => {
    expect(leadingCode("preparation 1.1")).toBeNull();
    expect(leadingCode("15")).toBeNull();
  });
});

describe("label similarity", () => {
  const words = (s: string) => significantWords(normalizeText(s));

  it("bounds the edit distance", () => {
    expect(editDistance("reponse", "reponce", 2)).toBe(1);
    expect(editDistance("abc", "xyzuvw", 2)).toBe(3);
  });

  it("is 1 for the same label and 0 for unrelated ones", () => {
    expect(labelSimilarity(words("Mettre à jour l'information"), words("Mettre à jour l’information"))).toBe(1);
    expect(labelSimilarity(words("Gestion des litiges"), words("Prise de commande"))).toBe(0);
  });
});

describe("which cell names which item (E31)", () => {
  const e31 = builtInGrid("agora-e31")!;
  const keys = itemKeys(e31);
  const cell = (raw: string): IndexedCell => {
    const text = normalizeText(raw);
    return { row: 0, col: 0, value: raw, text, head: normalizeText(raw.split("\n")[0]!), words: significantWords(text), code: leadingCode(text)?.code ?? null, textId: internText(raw) };
  };
  const best = (raw: string) => {
    const scores = keys.map((k) => ({ id: k.item.id, score: scoreCell(k, cell(raw)) }));
    scores.sort((a, b) => b.score - a.score);
    return scores[0]!.score >= ITEM_THRESHOLD ? scores[0]!.id : null;
  };

  it.each([
    ["1.1 Préparation et prise en charge la relation avec le client, l’usager ou l’adhérent", "1.1"],
    ["1.2. Traitement des opérations administratives", "1.2"],
    ["1.3 - Actualisation du SI", "1.3"],
    ["Préparation et prise en charge de la relation avec le client", "1.1"],
    ["Traitement des operations administratives et de gestion liees aux relations avec le client", "1.2"],
    ["Actualisation du systeme d'infromation en lien avec le client, l'usager ou l'adherent", "1.3"],
    ["Préparation et prise en charge la relation avec le client, l’usager ou l’adhérent\nCompétences\n· Identifier les caractéristiques de la demande\n· Apporter une réponse adaptée", "1.1"],
  ])("%j → %s", (raw, id) => {
    expect(best(raw)).toBe(id);
  });

  it.each([
    ["Critères d’évaluation"],
    ["Appréciation portant sur les activités réalisées"],
    ["Relation avec le client"],
    ["Note sur 20"],
  ])("%j names no item", (raw) => {
    expect(best(raw)).toBeNull();
  });
});
