import path from "node:path";
import { readXlsx } from "../../../src/hosts/xlsx";
import { csvField, resultsCsv } from "../../../src/recognition/plans/results-csv";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";

const EXAMPLE = path.resolve(__dirname, "../../../examples/classe-e31.xlsx");

describe("CSV fields for French Excel", () => {
  it("writes numbers with a decimal comma and quotes what would split a field", () => {
    expect(csvField(13.5)).toBe("13,5");
    expect(csvField(null)).toBe("");
    expect(csvField("Dupont; Léa")).toBe('"Dupont; Léa"');
    expect(csvField('Léa "la grande"')).toBe('"Léa ""la grande"""');
    expect(csvField("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
  });

  it("never lets a spreadsheet run a name as a formula", () => {
    for (const evil of ["=HYPERLINK(\"http://x\")", "+33 6", "-2+3", "@SUM(A1)", "\t=1"]) {
      const field = csvField(evil);
      expect(field.replace(/^"/, "")).toMatch(/^'/);
    }
    expect(csvField("=1+1")).toBe(`"'=1+1"`);
  });
});

describe("the class's results as CSV", () => {
  it("has a BOM, a header, one CRLF line per candidate: name, number, proposed and typed marks, status, findings", async () => {
    const read = await readXlsx(EXAMPLE);
    if (!read.ok) throw new Error(read.error.message);
    const csv = resultsCsv(recognizeWorkbook(read.snapshot));
    expect(csv.startsWith("\uFEFFNom;Numéro d'inscription;Note proposée;Note saisie;Statut;Points bloquants;Points à voir;")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(8);
    expect(lines[7]).toBe("");
    expect(lines[1]).toBe("DUPONT Léa;02612345678;15;;complète;0;1;DUPONT Léa;");
    expect(lines[4]).toBe("PETIT Lucas;02612345681;;;incomplète;1;2;PETIT Lucas;");
    expect(lines[6]).toBe("LEFEBVRE Nathan;02612345683;13,5;12;complète;0;1;LEFEBVRE Nathan;");
  });
});
