import type { Assessment } from "../../src/core";
import { recognizeDocument } from "../../src/recognition/document/recognize";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import { grid } from "../support/evaluation-builder";
import { aDocument, e31Document, type DocumentBuilder } from "../support/docx-builder";
import { aWorkbook, e31Sheet, e33Sheet, type SheetBuilder } from "../support/workbook-builder";

/**
 * Issue 10 on the built-in grids as teachers lay them out, in Excel and in Word: what an inspector
 * would reject is blocking, and real layouts (free-text commission, abbreviated headers, a formula
 * whose cached result is 0) are read as the teacher meant.
 */

const e33 = grid("mcv-e33");
const codes = (a: Assessment) => a.findings.map((f) => f.code);
const only = async (builder: ReturnType<typeof aWorkbook>) => recognizeWorkbook(await builder.toSnapshot()).candidates[0]!;

/** E33 in Word: identity, the PROFIL table, then what the options ask for (appraisal, commission, mark). */
function e33Doc(opts: { appraisal?: boolean; commission?: "table" | string; noPresentation?: boolean; mark?: string }): DocumentBuilder {
  const b = aDocument().paragraph(e33.grid.diploma, { bold: true }).paragraph(e33.grid.anchors[0]!, { bold: true }).paragraph("GRILLE D'ÉVALUATION E33 :");
  b.table([
    ["Session :", "2026"],
    ["Centre d'examen :", "Lycée Eiffel"],
    ["Date de l'épreuve :", "03/06/2026"],
    ["Nom et prénom du (de la) candidat(e) :", "DUPONT Léa"],
    ["Numéro du (de la) candidat(e) :", "0269"],
  ]);
  const rows: (string | null)[][] = [["Critères et indicateurs d'évaluation", null, "PROFIL", null, null, null], [null, null, "1", "2", "3", "4"]];
  const picked: Record<string, string> = { traiter: "3", contribuer: "3", evaluer: "2", communiquer: "4" };
  for (const item of e33.grid.items) {
    const node = e33.itemNodes.get(item.id)!;
    rows.push([node.label, "Indicateurs", ...["1", "2", "3", "4"].map((c) => (picked[item.id] === c ? "X" : null))]);
  }
  b.table(rows, { merges: ["A1:B2", "C1:F1"] });
  b.paragraph("Appréciation motivée obligatoire au verso");
  if (opts.noPresentation) b.paragraph("Absence de présentation numérique : X");
  if (opts.appraisal !== false) b.paragraph("Appréciation globale :", { bold: true }).paragraph("Action pertinente, bilan chiffré.");
  if (opts.commission === "table") {
    b.table([["Composition de la commission d'interrogation", "Fonction"], ["Mme BERNARD", "Professeure d'économie-gestion"], ["M. LEROY", "Responsable de magasin"]]);
  } else if (opts.commission !== undefined) {
    b.paragraph(`Composition de la commission d'interrogation : ${opts.commission}`);
  }
  b.paragraph(`Note : ${opts.mark ?? "………"} / 20`);
  return b;
}

const docCandidate = async (b: DocumentBuilder) => recognizeDocument(await b.toSnapshot()).report.candidates[0]!;

describe("absent parts of an official copy are blocking, and say where the official grid puts them", () => {
  it("Excel: E33 without its motivated appraisal says « absente de la feuille » and « au verso »", async () => {
    const candidate = await only(
      aWorkbook().sheet("DUPONT Léa", (s: SheetBuilder) => {
        const layout = e33Sheet(s, { mark: 15 });
        s.cell(layout.fields["appraisal"]!.label, null).cell(layout.fields["appraisal"]!.value, null);
      }),
    );
    expect(candidate.assessment.complete).toBe(false);
    const finding = candidate.assessment.findings.find((f) => f.code === "appraisal-absent")!;
    expect(finding.severity).toBe("blocking");
    expect(finding.message.fr).toBe(
      "Appréciation obligatoire « Appréciation globale » : absente de la feuille (sur la grille officielle : « Appréciation motivée obligatoire au verso »)",
    );
  });

  it("Word: the same copy without appraisal nor commission says « absente du document »", async () => {
    const candidate = await docCandidate(e33Doc({ appraisal: false, mark: "15" }));
    expect(codes(candidate.assessment)).toEqual(["appraisal-absent", "panel-absent"]);
    expect(candidate.assessment.findings[0]!.message.fr).toContain("absente du document (sur la grille officielle : « Appréciation motivée obligatoire au verso »)");
  });

  it("Excel: an E31 copy without the commission block is incomplete", async () => {
    const candidate = await only(
      aWorkbook().sheet("MARTIN Alice", (s: SheetBuilder) => {
        e31Sheet(s, { mark: 15, panel: [] });
        const label = findCell(s, /^Membres de la commission/);
        s.cell(label, null).cell(findCell(s, /^Qualité$/), null);
      }),
    );
    expect(candidate.assessment.findings.map((f) => [f.code, f.severity, f.message.fr])).toEqual([
      ["panel-absent", "blocking", "Commission « Membres de la commission d’évaluation » : absente de la feuille"],
    ]);
  });
});

describe("the E33 commission", () => {
  it("Word: written as free text right of its label counts as filled, members and roles read", async () => {
    const candidate = await docCandidate(e33Doc({ commission: "Mme BERNARD (économie-gestion), M. LEROY (professionnel)", mark: "15" }));
    expect(candidate.evaluation.panel?.members.map((m) => [m.name, m.role])).toEqual([
      ["Mme BERNARD", "économie-gestion"],
      ["M. LEROY", "professionnel"],
    ]);
    expect(candidate.assessment.findings).toEqual([]);
  });

  it("Excel: free text in the cell right of the label, on the same row", async () => {
    const candidate = await only(
      aWorkbook().sheet("DUPONT Léa", (s: SheetBuilder) => {
        e33Sheet(s, { mark: 15, panel: [] });
        const label = findCell(s, /^Nom et signature des membres/);
        s.cell(label.replace(/^A/, "B"), "Mme BERNARD (économie-gestion), M. LEROY (professionnel)");
      }),
    );
    expect(candidate.evaluation.panel?.members.map((m) => [m.name, m.role])).toEqual([
      ["Mme BERNARD", "économie-gestion"],
      ["M. LEROY", "professionnel"],
    ]);
    expect(candidate.assessment.findings).toEqual([]);
  });

  it("one member alone is blocking, in Excel and in Word", async () => {
    const excel = await only(aWorkbook().sheet("A", (s: SheetBuilder) => e33Sheet(s, { mark: 15, panel: [["Mme BERNARD Sophie", "Professeure d’économie-gestion"]] })));
    expect(codes(excel.assessment)).toEqual(["panel-too-small"]);
    const word = await docCandidate(e33Doc({ commission: "Mme BERNARD (économie-gestion)", mark: "15" }));
    expect(codes(word.assessment)).toEqual(["panel-too-small"]);
  });

  it("« absence de présentation numérique » ticked with profiles ticked is a warning, in Excel and in Word", async () => {
    const excel = await only(aWorkbook().sheet("A", (s: SheetBuilder) => e33Sheet(s, { mark: 0, noDigitalPresentation: true })));
    expect(codes(excel.assessment)).toEqual(["rule-with-levels"]);
    expect(excel.assessment.complete).toBe(true);
    const word = await docCandidate(e33Doc({ commission: "table", noPresentation: true, mark: "0" }));
    expect(codes(word.assessment)).toEqual(["rule-with-levels"]);
  });
});

describe("the typed mark on the official grids", () => {
  it("E31: 15,25 is not « arrondie au ½ point supérieur », 25 is not a mark /20, an empty cell is « note non saisie »", async () => {
    const at = async (mark: number | null) => only(aWorkbook().sheet("MARTIN Alice", (s: SheetBuilder) => e31Sheet(s, { mark })));
    expect(codes((await at(15.25)).assessment)).toEqual(["mark-off-step"]);
    expect(codes((await at(25)).assessment)).toEqual(["mark-out-of-range"]);
    const empty = await at(null);
    expect(codes(empty.assessment)).toEqual(["mark-missing"]);
    expect(empty.assessment.complete).toBe(true);
  });

  it("E31 in Word: 15,25 typed after « Note sur 20 » is blocking", async () => {
    const candidate = await docCandidate(e31Document(aDocument(), { mark: "15,25" }));
    expect(codes(candidate.assessment)).toEqual(["mark-off-step"]);
  });

  it("a mark cell holding a formula whose cached result is 0 reads 0, not « note non saisie »", async () => {
    const candidate = await only(
      aWorkbook().sheet("MARTIN Alice", (s: SheetBuilder) => {
        const layout = e31Sheet(s, { mark: null });
        s.formula(layout.fields["mark"]!.value, "=0*1", 0);
      }),
    );
    expect(candidate.evaluation.fields["mark"]?.value).toBe(0);
    expect(codes(candidate.assessment)).toEqual(["mark-differs"]);
  });
});

/** The address of the first cell whose text matches, in a sheet being built. */
function findCell(s: SheetBuilder, pattern: RegExp): string {
  let found: string | null = null;
  s.worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && typeof cell.value === "string" && pattern.test(cell.value)) found = cell.address;
    }),
  );
  if (!found) throw new Error(`no cell matches ${String(pattern)}`);
  return found;
}

describe("a class table whose headers give the official code, then an abbreviated label", () => {
  it("binds each column by its code", async () => {
    const snapshot = await aWorkbook()
      .sheet("Suivi", (s: SheetBuilder) =>
        s
          .row(1, ["Nom", "Prénom", "1.1 Prép. et prise en charge", "1.2 Traitement des opé.", "1.3 Actualisation du SI", "Note /20"])
          .row(2, ["MARTIN", "Alice", "M", "F", "E", 15])
          .row(3, ["PETIT", "Bruno", "E", "M", "F", 15]),
      )
      .toSnapshot();
    const report = recognizeWorkbook(snapshot);
    expect(report.grid?.grid.id).toBe("agora-e31");
    expect(report.layout).toBe("row-per-candidate");
    expect(report.bindings[0]!.table?.itemColumns).toEqual({ "1.1": 2, "1.2": 3, "1.3": 4 });
    expect(report.candidates.map((c) => [c.name, c.assessment.result?.kind === "mark" && c.assessment.result.value, c.assessment.findings.length])).toEqual([
      ["MARTIN Alice", 15, 0],
      ["PETIT Bruno", 15, 0],
    ]);
  });
});
