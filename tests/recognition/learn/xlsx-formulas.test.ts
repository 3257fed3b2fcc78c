import { Workbook } from "exceljs";
import { readXlsxBuffer } from "../../../src/hosts/xlsx";
import { learnGrid } from "../../../src/recognition/learn";

describe("the .xlsx host reads formula text for learning", () => {
  it("keeps each formula's text by address, shared formulas translated to their cell, and learning quotes the mark's", async () => {
    const workbook = new Workbook();
    const ws = workbook.addWorksheet("Léa");
    ws.getCell("A1").value = "Grille d'évaluation — Atelier";
    ws.getCell("A3").value = "Nom :";
    ws.getCell("B3").value = "Léa";
    ["Critères", "Insuffisant", "Fragile", "Satisfaisant", "Très bonne maîtrise"].forEach((text, i) => (ws.getRow(5).getCell(i + 1).value = text));
    ws.getRow(6).values = ["Analyser", null, null, "x", null];
    ws.getRow(7).values = ["Réaliser", null, null, null, "x"];
    ws.getCell("F6").value = { formula: "IF(E6=\"x\",4,IF(D6=\"x\",3,0))", result: 3 };
    ws.getCell("F7").value = { sharedFormula: "F6", result: 4 } as never;
    ws.getCell("A9").value = "Note sur 20 :";
    ws.getCell("B9").value = { formula: "SUM(F6:F7)/8*20", result: 17.5 };
    const read = await readXlsxBuffer(Buffer.from(await workbook.xlsx.writeBuffer()), "atelier.xlsx");
    if (!read.ok) throw new Error(read.error.message);
    const sheet = read.snapshot.sheets[0]!;
    expect(sheet.formulas).toMatchObject({ F6: 'IF(E6="x",4,IF(D6="x",3,0))', F7: 'IF(E7="x",4,IF(D7="x",3,0))', B9: "SUM(F6:F7)/8*20" });

    const result = learnGrid(read.snapshot);
    expect(result.kind).toBe("proposed");
    expect(result.notes.find((n) => n.part === "mark")?.fr).toBe("Note : « Note sur 20 » sur 20 ; formule de la feuille : =SUM(F6:F7)/8*20");
    expect(result.kind === "proposed" && result.reproductions.map((r) => r.matches)).toEqual([true]);
  });
});
