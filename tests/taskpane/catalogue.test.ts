import { en, formatMessage, fr, isPseudoLocalised, pluralForm, pseudoLocalise, translator, type MessageKey } from "../../src/taskpane/i18n";

const keys = Object.keys(fr) as MessageKey[];
const placeholders = (message: string) => [...new Set(message.match(/\{\w+\}/g) ?? [])].sort();

describe("the catalogue", () => {
  it("has the same keys in French and English", () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it("has no empty message, and no blank plural form", () => {
    for (const catalogue of [fr, en]) {
      for (const key of keys) {
        for (const form of catalogue[key].split("|")) expect({ key, empty: form.trim() === "" }).toEqual({ key, empty: false });
      }
    }
  });

  it("uses the same placeholders and the same number of plural forms in both languages", () => {
    for (const key of keys) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(fr[key]) });
      expect({ key, forms: en[key].split("|").length }).toEqual({ key, forms: fr[key].split("|").length });
    }
  });

  it("plural messages have two forms and take a count", () => {
    for (const key of keys.filter((k) => fr[k].includes("|"))) {
      expect({ key, forms: fr[key].split("|").length }).toEqual({ key, forms: 2 });
    }
  });

  it("holds well over a hundred strings", () => {
    expect(keys.length).toBeGreaterThan(100);
  });
});

describe("translation", () => {
  it("fills placeholders, numbers written as the locale writes them", () => {
    expect(translator("fr").t("marks.value", { value: 14.5, max: 20 })).toBe("14,5 / 20");
    expect(translator("en").t("marks.value", { value: 14.5, max: 20 })).toBe("14.5 / 20");
    expect(formatMessage("{a} et {b}", { a: "x" }, "fr")).toBe("x et {b}");
  });

  it("follows French plurals: 0 and 1 are singular", () => {
    const t = translator("fr").t;
    expect(t("recognize.candidateCount", { count: 0 })).toBe("0 candidat");
    expect(t("recognize.candidateCount", { count: 1 })).toBe("1 candidat");
    expect(t("recognize.candidateCount", { count: 2 })).toBe("2 candidats");
    expect(pluralForm("fr", 1.5)).toBe(0);
  });

  it("follows English plurals: only 1 is singular", () => {
    const t = translator("en").t;
    expect(t("recognize.candidateCount", { count: 0 })).toBe("0 candidates");
    expect(t("recognize.candidateCount", { count: 1 })).toBe("1 candidate");
  });

  it("reads the core's bilingual texts in the pane's language (French under the pseudo-locale)", () => {
    const value = { fr: "niveau manquant", en: "level missing" };
    expect(translator("fr").text(value)).toBe("niveau manquant");
    expect(translator("en").text(value)).toBe("level missing");
    expect(translator("qps").text(value)).toBe("niveau manquant");
  });
});

describe("the pseudo-locale", () => {
  it("accents, brackets and lengthens by 40 %, keeping placeholders", () => {
    expect(pseudoLocalise("Reconnaître la grille")).toBe("[Ŗéçöññåîţŕé ļå ğŕîļļé·········]");
    expect(pseudoLocalise("{count} candidat|{count} candidats")).toBe("[{count} çåñðîðåţ····]|[{count} çåñðîðåţš····]");
  });

  it("is at least 40 % longer than French for every message", () => {
    const t = translator("qps").t;
    for (const key of keys) {
      const visible = (message: string) => message.replace(/\{\w+\}/g, "").length;
      const french = formatMessage(fr[key], { count: 2 }, "fr");
      const pseudo = t(key, { count: 2 });
      expect({ key, longer: visible(pseudo) >= visible(french) * 1.4 }).toEqual({ key, longer: true });
      expect({ key, pseudo: isPseudoLocalised(pseudo) }).toEqual({ key, pseudo: true });
    }
  });

  it("tells a pseudo-localised text from a typed one", () => {
    expect(isPseudoLocalised("[Ǧŕîļļé···]")).toBe(true);
    expect(isPseudoLocalised("Grille")).toBe(false);
    expect(isPseudoLocalised("[crochets]")).toBe(false);
  });
});
