import { applyParagraphEdit, paragraphEdit, splitParagraph, spanText } from "../../../src/recognition/document/paragraph";

const parts = (text: string) => splitParagraph(text).map((s) => [spanText(text, s.label), spanText(text, s.value), s.suffix ? spanText(text, s.suffix) : null]);
const write = (text: string, segment: number, value: string) => applyParagraphEdit(text, paragraphEdit(text, segment, value)!);

describe("a paragraph as a form line", () => {
  it("splits « Label : value / 20 » into label, value and suffix", () => {
    expect(parts("Nom et prénom du candidat : Alice Martin")).toEqual([["Nom et prénom du candidat :", " Alice Martin", null]]);
    expect(parts("Note sur 20 (arrondie au ½ point supérieur) : ……… / 20")).toEqual([["Note sur 20 (arrondie au ½ point supérieur) :", " ……… ", "/ 20"]]);
    expect(parts("Note : 14,5/20")).toEqual([["Note :", " 14,5/20", null]]);
    expect(parts("Note : ........../20")).toEqual([["Note :", " ..........", "/20"]]);
  });

  it("keeps a date whole: « /2026 » is no suffix", () => {
    expect(parts("Date de l’épreuve : 12/05/2026")).toEqual([["Date de l’épreuve :", " 12/05/2026", null]]);
  });

  it("reads several fields on one line, separated by tabs or by their dotted placeholders", () => {
    expect(parts("Nom : Martin\tPrénom : Alice")).toEqual([
      ["Nom :", " Martin", null],
      ["Prénom :", " Alice", null],
    ]);
    expect(parts("Nom : ………… Prénom : …………")).toEqual([
      ["Nom :", " …………", null],
      ["Prénom :", " …………", null],
    ]);
  });

  it("keeps prose and titles whole, and a colon between digits in its value", () => {
    expect(parts("Compte rendu de l’épreuve")).toEqual([["Compte rendu de l’épreuve", "", null]]);
    expect(parts("Remarque : le candidat est arrivé à 10:30 : retard excusé")).toEqual([["Remarque :", " le candidat est arrivé à 10:30 : retard excusé", null]]);
    expect(parts("Appréciation globale :")).toEqual([["Appréciation globale :", "", null]]);
  });

  it("writes a value in place of the placeholder, keeping the label and « / 20 »", () => {
    expect(write("Note sur 20 (arrondie au ½ point supérieur) : ……… / 20", 0, "14,5")).toBe("Note sur 20 (arrondie au ½ point supérieur) : 14,5 / 20");
    expect(write("Note : ........../20", 0, "12")).toBe("Note : 12 /20");
    expect(write("Nom :", 0, "Alice")).toBe("Nom : Alice");
    expect(write("Nom : ………… Prénom : …………", 1, "Alice")).toBe("Nom : ………… Prénom : Alice");
    expect(write("Nom : …………\tPrénom : …………", 0, "Martin")).toBe("Nom : Martin\tPrénom : …………");
    expect(paragraphEdit("Nom :", 3, "x")).toBeNull();
  });
});
