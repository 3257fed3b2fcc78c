import { text } from "../../src/core/i18n/locale";
import { markPlan } from "../../src/recognition/plans/marks";
import type { SheetBinding } from "../../src/recognition/sheet/binding";
import { cellLookup, differenceKey, formulaLookup, overwrites, planWithReplacements, typedText } from "../../src/taskpane/state/plans";
import { engine } from "../../src/taskpane/engine/engine";
import { itemCell, parseReference, rebind } from "../../src/taskpane/state/rebind";
import { candidateKey, confidenceLevel, visibleCandidates } from "../../src/taskpane/state/selectors";

const { targetName } = engine;
import { themeOfBackground } from "../../src/taskpane/theme";
import { placeUnderName } from "../../src/taskpane/components/place";
import { translator } from "../../src/taskpane/i18n";
import { aCandidate, aReport } from "../recognition/plans/report";
import { anEvaluation, grid } from "../support/evaluation-builder";
import { aSheet, aWorkbookSnapshot } from "../support/snapshot-builder";

const e31 = grid("agora-e31");

const complete = (name: string) =>
  anEvaluation(e31).withAllFields().withField("candidate", name).withLevels({ "1.1": "M", "1.2": "F", "1.3": "E" }).withPanel([["Mme A", "Professeure"]]).build();

describe("selectors", () => {
  it("names a candidate by their sheets and row", () => {
    expect(candidateKey({ sheets: ["Alice"], row: null })).toBe("Alice#");
    expect(candidateKey({ sheets: ["Jury 1", "Jury 2"], row: null })).not.toBe(candidateKey({ sheets: ["Jury 1"], row: null }));
    expect(candidateKey({ sheets: ["Classe"], row: 5 })).toBe("Classe#5");
  });

  it("says how sure recognition is in three words", () => {
    expect([0.95, 0.85, 0.7, 0.65, 0.6, 0.2].map(confidenceLevel)).toEqual(["sure", "sure", "probable", "probable", "uncertain", "uncertain"]);
  });

  it("shows only the incomplete candidates when asked", () => {
    const report = aReport(e31, [aCandidate(e31, "Alice", complete("Alice")), aCandidate(e31, "Bruno", anEvaluation(e31).build())]);
    expect(visibleCandidates(report.candidates, true).map((c) => c.sheet)).toEqual(["Bruno"]);
    expect(visibleCandidates(report.candidates, false)).toHaveLength(2);
  });
});

describe("plans", () => {
  const snapshot = aWorkbookSnapshot(aSheet("Alice").cell("C34", null), { ...aSheet("Chloé").cell("C34", "13").build(), formulaCells: ["C40"] });

  it("looks cells and formulas up in the snapshot", () => {
    expect(cellLookup(snapshot)("Chloé", "C34")).toBe("13");
    expect(cellLookup(snapshot)("Chloé", "Z99")).toBeNull();
    expect(cellLookup(snapshot)("Nobody", "A1")).toBeNull();
    expect(formulaLookup(snapshot)("Chloé", "$C$40")).toBe(true);
    expect(formulaLookup(snapshot)("Alice", "C40")).toBe(false);
  });

  it("adds only the ticked differences, each replacing the typed value", () => {
    const report = aReport(e31, [aCandidate(e31, "Alice", complete("MARTIN Alice")), aCandidate(e31, "Chloé", complete("PETIT Chloé"))]);
    const marks = markPlan(report, cellLookup(snapshot), formulaLookup(snapshot));
    expect(marks.plan.changes).toHaveLength(1);
    expect(marks.differences).toHaveLength(1);
    expect(planWithReplacements(marks, new Set()).changes).toEqual(marks.plan.changes);
    expect(overwrites(planWithReplacements(marks, new Set()))).toBe(0);
    const plan = planWithReplacements(marks, new Set([differenceKey(marks.differences[0]!)]));
    expect(plan.changes).toHaveLength(2);
    expect(plan.changes[1]).toMatchObject({ kind: "cell", sheet: "Chloé", address: "C34", value: 15, previous: "13" });
    expect(plan.changes[1]!.kind === "cell" && plan.changes[1]!.reason).toEqual(text("Remplacer 13 par 15, à la demande de l’enseignant", "Replace 13 with 15, at the teacher’s request"));
    expect(overwrites(plan)).toBe(1);
  });

  it("writes typed values as the teacher sees them", () => {
    expect(typedText(13.5, "fr")).toBe("13,5");
    expect(typedText({ error: "#N/A" }, "fr")).toBe("#N/A");
    expect(typedText("treize", "en")).toBe("treize");
    expect(typedText(null, "fr")).toBe("");
  });
});

describe("rebinding", () => {
  const base: SheetBinding = {
    sheet: "Alice",
    gridId: "agora-e31",
    layout: "sheet",
    confidence: 0.8,
    header: { row: 20, columns: { N: 2, F: 3, M: 4, E: 5 } },
    items: {
      "1.1": { label: "A22", levels: { N: "C22", F: "D22", M: "E22", E: "F22" }, area: "C22:F23", confidence: 0.7 },
    },
    fields: { candidate: { label: "A4", value: "B4", inline: false, confidence: 0.6 } },
    panel: null,
    flags: {},
    missing: { items: ["1.2"], fields: ["date"] },
    notes: [],
  };

  it("reads a selection as a sheet and its top-left cell", () => {
    expect(parseReference("'Candidat 1'!$D$12")).toEqual({ sheet: "Candidat 1", address: "D12" });
    expect(parseReference("Feuil1!B3:C4")).toEqual({ sheet: "Feuil1", address: "B3" });
    expect(parseReference("'L''élève'!A1")).toEqual({ sheet: "L'élève", address: "A1" });
    expect(parseReference("B3")).toBeNull();
    expect(parseReference("Feuil1!zz")).toBeNull();
  });

  it("moves an item with level columns to the selected row, its level cells keeping their columns", () => {
    const moved = rebind(base, { kind: "item", id: "1.1" }, "B30");
    expect(moved.items["1.1"]).toEqual({ label: "A30", levels: { N: "C30", F: "D30", M: "E30", E: "F30" }, area: "C30:F31", confidence: 1 });
    expect(itemCell(moved.items["1.1"]!)).toBe("C30");
  });

  it("binds a missing item on the header's columns, and no longer lists it as missing", () => {
    const bound = rebind(base, { kind: "item", id: "1.2" }, "A25");
    expect(bound.items["1.2"]).toMatchObject({ levels: { N: "C25", E: "F25" }, area: "C25:F25", confidence: 1 });
    expect(bound.missing.items).toEqual([]);
  });

  it("binds a field's value to the selected cell", () => {
    expect(rebind(base, { kind: "field", id: "candidate" }, "C4").fields["candidate"]).toEqual({ label: "A4", value: "C4", inline: false, confidence: 1 });
    const date = rebind(base, { kind: "field", id: "date" }, "B5");
    expect(date.fields["date"]).toEqual({ label: "B5", value: "B5", inline: false, confidence: 1 });
    expect(date.missing.fields).toEqual([]);
  });

  it("in a row-per-candidate table, moves the item's or field's column", () => {
    const table: SheetBinding = {
      ...base,
      layout: "row-per-candidate",
      header: null,
      items: { "1.1": { label: "C1", value: "C2", confidence: 0.9 } },
      fields: {},
      table: { headerRow: 0, nameColumns: [0, 1], itemColumns: { "1.1": 2 }, fieldColumns: {}, firstRow: 1, lastRow: 9 },
    };
    const item = rebind(table, { kind: "item", id: "1.1" }, "E7");
    expect(item.table!.itemColumns["1.1"]).toBe(4);
    expect(item.items["1.1"]).toEqual({ label: "E1", value: "E2", confidence: 1 });
    expect(rebind(table, { kind: "field", id: "mark" }, "F3").table!.fieldColumns["mark"]).toBe(5);
  });

  it("a single value cell moves to the selected cell; a non-address changes nothing", () => {
    const single: SheetBinding = { ...base, header: null, items: { "1.1": { label: "A22", value: "C22", confidence: 0.7 } } };
    expect(rebind(single, { kind: "item", id: "1.1" }, "D23").items["1.1"]).toEqual({ label: "A22", value: "D23", confidence: 1 });
    expect(rebind(single, { kind: "item", id: "1.1" }, "??")).toBe(single);
  });

  it("names the target as the teacher knows it", () => {
    expect(targetName(e31, { kind: "item", id: "1.1" })).toBe("1.1");
    expect(targetName(e31, { kind: "field", id: "candidate" })).toBe(e31.grid.fields.find((f) => f.id === "candidate")!.label);
  });
});

describe("Office theme", () => {
  it("is dark when Office's background is dark", () => {
    expect(themeOfBackground("#1F1F1F")).toBe("dark");
    expect(themeOfBackground("#FFFFFF")).toBe("light");
    expect(themeOfBackground("#E6E6E6")).toBe("light");
    expect(themeOfBackground(undefined)).toBe("light");
    expect(themeOfBackground("white")).toBe("light");
  });
});

describe("a candidate's cell under their name", () => {
  const fr = translator("fr").t;
  const en = translator("en").t;
  it("leaves the sheet out when the name already says it (accents and case aside), names it otherwise", () => {
    expect(placeUnderName(fr, "'Léa Martin'!F40", "Léa Martin")).toBe("cellule F40");
    expect(placeUnderName(fr, "Alice!C34", "MARTIN Alice")).toBe("cellule C34");
    expect(placeUnderName(fr, "Chloe!C34", "PETIT Chloé")).toBe("cellule C34");
    expect(placeUnderName(fr, "'Candidat 2'!C34", "Bruno")).toBe("Candidat 2, cellule C34");
    expect(placeUnderName(en, "'Candidat 2'!C34", null)).toBe("Candidat 2, cell C34");
  });
});
