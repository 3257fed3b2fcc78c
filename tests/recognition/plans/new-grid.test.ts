import { itemLabel, levelsOf, type CompiledGrid } from "../../../src/core";
import { newGridPlan, newGridSheet } from "../../../src/recognition/plans/new-grid";
import type { NewSheet } from "../../../src/recognition/plans/plan";
import { parseA1, parseRangeA1, type CellRange } from "../../../src/recognition/snapshot/cells";
import { grid } from "../../support/evaluation-builder";

const GRIDS = ["agora-e31", "mcv-e33", "agora-pfmp", "cqp-agc"] as const;

const textAt = (sheet: NewSheet, address: string) => {
  const value = sheet.cells.find((c) => c.address === address)?.value;
  return typeof value === "string" ? value : null;
};
const texts = (sheet: NewSheet) => sheet.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
const nameOf = (sheet: NewSheet, name: string) => sheet.names.find((n) => n.name === name)?.address;
const safe = (id: string) => id.replace(/[.-]/g, "_");

/** The row holding the scale's label (or the official first caption) in column A, and the texts to its right. */
function headerRow(sheet: NewSheet, compiled: CompiledGrid): string[] {
  const first = compiled.grid.columns?.[0]?.caption ?? compiled.grid.scale.label;
  const label = sheet.cells.find((c) => c.value === first && parseA1(c.address)?.col === 0);
  if (!label) throw new Error("no header");
  const row = parseA1(label.address)!.row;
  return sheet.cells
    .filter((c) => parseA1(c.address)!.row === row && typeof c.value === "string")
    .sort((a, b) => parseA1(a.address)!.col - parseA1(b.address)!.col)
    .map((c) => c.value as string);
}

const overlaps = (a: CellRange, b: CellRange) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

describe.each(GRIDS)("newGridSheet(%s)", (id) => {
  const compiled = grid(id);
  const sheet = newGridSheet(compiled, { sheetName: "Alice Martin", candidate: "Alice Martin" });
  const layout = compiled.grid.scale.kind;

  it("prints every rated item verbatim", () => {
    const all = texts(sheet);
    for (const item of compiled.grid.items) {
      const node = compiled.itemNodes.get(item.id)!;
      if (layout === "levels") expect(all).toContain(itemLabel(compiled, item));
      else expect(all).toContain(node.label);
      if (layout === "periods") expect(all).toContain(node.code);
    }
  });

  it("has the level header in the scale's order, after the scale's label or the official captions", () => {
    const header = headerRow(sheet, compiled);
    const codes = layout === "percent" ? ["%"] : levelsOf(compiled.grid.scale).map((l) => l.code);
    const captions = compiled.grid.columns?.map((c) => c.caption) ?? [compiled.grid.scale.label];
    expect(header).toEqual([...captions, ...codes]);
  });

  it("names each item's cells, and validates them", () => {
    for (const item of compiled.grid.items) {
      const address = nameOf(sheet, `grille_${safe(item.id)}`);
      expect(address).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      if (layout === "percent") {
        expect(sheet.numberValidations?.filter((v) => v.range === address)).toEqual([expect.objectContaining({ min: 0, max: 1 })]);
        expect(sheet.cells.find((c) => c.address === address)?.style?.numberFormat).toBe("0 %");
      } else {
        const range = parseRangeA1(address!)!;
        expect(range.right - range.left + 1).toBe(levelsOf(compiled.grid.scale).length);
        expect(sheet.validations.filter((v) => v.range === address)).toEqual([expect.objectContaining({ values: ["X"] })]);
      }
    }
    const itemValidations = layout === "percent" ? sheet.numberValidations!.length : sheet.validations.length - compiled.grid.rules.length;
    expect(itemValidations).toBe(compiled.grid.items.length);
  });

  it("writes the candidate's name in the name field", () => {
    expect(textAt(sheet, nameOf(sheet, "grille_candidate")!)).toBe("Alice Martin");
    const label = compiled.grid.fields.find((f) => f.id === "candidate")!.label;
    expect(texts(sheet)).toContain(`${label} :`);
  });

  it("is a well-formed sheet: valid addresses and names, merges that do not overlap, frozen header (none under official instructions), landscape", () => {
    for (const cell of sheet.cells) expect(parseA1(cell.address)).not.toBeNull();
    const merges = sheet.merges.map((m) => parseRangeA1(m)!);
    merges.forEach((m, i) => merges.slice(i + 1).forEach((other) => expect(overlaps(m, other)).toBe(false)));
    for (const { name } of sheet.names) expect(name).toMatch(/^grille_[\p{L}\p{N}_]+$/u);
    expect(new Set(sheet.names.map((n) => n.name.toLowerCase())).size).toBe(sheet.names.length);
    expect(new Set(sheet.cells.map((c) => c.address)).size).toBe(sheet.cells.length);
    expect(sheet.landscape).toBe(true);
    const firstItem = nameOf(sheet, `grille_${safe(compiled.grid.items[0]!.id)}`)!;
    const instructions = compiled.grid.texts?.some((t) => t.place === "before-grid") === true;
    if (instructions) expect(sheet.frozenRows).toBeUndefined();
    else expect(sheet.frozenRows).toBeLessThanOrEqual(parseRangeA1(firstItem)!.top);
    if (!instructions) expect(sheet.frozenRows).toBeGreaterThan(0);
    // On paper the header rows repeat on every page, just above the first item.
    expect(sheet.printTitleRows!.last).toBeLessThanOrEqual(parseRangeA1(firstItem)!.top);
    const printed = parseRangeA1(sheet.printArea!)!;
    const width = sheet.columnWidths.slice(0, printed.right + 1).reduce((a, b) => a + b, 0);
    expect(width).toBeLessThanOrEqual(150);
  });

  it("prints the diploma and the title", () => {
    expect(texts(sheet)).toEqual(expect.arrayContaining([compiled.grid.diploma, compiled.grid.title]));
  });
});

describe("newGridSheet, grid by grid", () => {
  it("E31: the épreuve as printed, the competencies and criteria of each activity as bullets", () => {
    const e31 = grid("agora-e31");
    const sheet = newGridSheet(e31, { sheetName: "E31" });
    const all = texts(sheet);
    expect(all).toContain("Sous-épreuve E31 - Gestion des relations avec les clients, les usagers et les adhérents");
    expect(all).toContain("1.1 Préparation et prise en charge la relation avec le client, l’usager ou l’adhérent");
    const competencies = all.find((t) => t.startsWith("Compétences\n· 1.1.1 Identifier les caractéristiques de la demande"));
    expect(competencies?.split("\n")).toHaveLength(5);
    expect(all.find((t) => t.startsWith("Critères d’évaluation\n· Expression française, écrite et orale"))?.split("\n")).toHaveLength(9);
    expect(headerRow(sheet, e31)).toEqual(["Paliers de compétences", "N", "F", "M", "E"]);
    expect(all).toContain("Note sur 20 (arrondie au ½ point supérieur) :");
    expect(all).toContain("/ 20");
    expect(nameOf(sheet, "grille_note")).toMatch(/^C\d+$/);
    expect(nameOf(sheet, "grille_1_1")).toMatch(/^C\d+:F\d+$/);
    expect(all).toEqual(expect.arrayContaining(["Membres de la commission d’évaluation", "Qualité", "Signature"]));
    expect(all).toEqual(expect.arrayContaining(["Appréciation portant sur les activités réalisées"]));
    // An anchor already printed elsewhere (the scale's label, singular or plural) is not repeated on top.
    expect(all.filter((t) => /^Paliers? de compétences$/.test(t))).toHaveLength(1);
  });

  it("E33: block labels, indicators with their details, the no-digital-presentation drop-down", () => {
    const e33 = grid("mcv-e33");
    const sheet = newGridSheet(e33, { sheetName: "E33" });
    const all = texts(sheet);
    expect(all).toContain("TRAITER ET EXPLOITER L' INFORMATION OU LE CONTACT CLIENT");
    const indicator = e33.nodes.get("traiter-1")!;
    expect(all).toEqual(expect.arrayContaining([indicator.label, indicator.details]));
    expect(headerRow(sheet, e33)).toEqual(["PROFIL", "1", "2", "3", "4"]);
    expect(all).toContain("Absence de présentation numérique");
    const flag = nameOf(sheet, "grille_noDigitalPresentation")!;
    expect(sheet.validations).toContainEqual(expect.objectContaining({ range: flag, values: ["X"] }));
    expect(sheet.cells.find((c) => c.address === nameOf(sheet, "grille_note"))!.value).toBeNull();
    const mark = sheet.cells.find((c) => c.address === nameOf(sheet, "grille_proposition"))!.value as { formula: string };
    expect(mark.formula.startsWith(`IF(NOT(ISBLANK(${flag})),0,`)).toBe(true);
    expect(all).toContain("Note :");
    expect(all).toEqual(expect.arrayContaining(["Composition de la commission d'interrogation", "Fonction", "Signature"]));
  });

  it("PFMP: pôles and activities as section rows, codes in their own column, a coverage cell and no mark", () => {
    const pfmp = grid("agora-pfmp");
    const sheet = newGridSheet(pfmp, { sheetName: "PFMP" });
    const all = texts(sheet);
    expect(all).toContain("Pôle 1 > Gestion des relations avec les clients, les usagers et les adhérents");
    expect(all).toContain("2.1 Suivi administratif de l'activité de production");
    expect(headerRow(sheet, pfmp)).toEqual(["Activités", "Compétences", "Critères d'évaluation", "P1", "P2", "P3", "P4", "P5", "P6"]);
    const code = sheet.cells.find((c) => c.value === "1.1.1")!;
    const row = parseA1(code.address)!.row + 1;
    expect(parseA1(code.address)!.col).toBe(1);
    expect(textAt(sheet, `A${row}`)).toBe("Accueil et renseignement");
    expect(textAt(sheet, `C${row}`)).toBe("Identifier les caractéristiques de la demande");
    // « Compétences » over the code and the label, as the official header spans them.
    const caption = sheet.cells.find((c) => c.value === "Compétences")!;
    expect(sheet.merges).toContain(`${caption.address}:C${parseA1(caption.address)!.row + 2}`);
    expect(nameOf(sheet, "grille_note")).toBeUndefined();
    const coverage = sheet.cells.find((c) => c.address === nameOf(sheet, "grille_couverture"))!;
    expect(coverage.style?.numberFormat).toBe("0 %");
    expect(all).toContain("/ 37");
  });

  it("CQP: domain and observation, a % cell without a list, the domains' averages", () => {
    const cqp = grid("cqp-agc");
    const sheet = newGridSheet(cqp, { sheetName: "CQP" });
    const all = texts(sheet);
    expect(all).toEqual(expect.arrayContaining(["RELATION CLIENT / ARGUMENTATION", "Gestion de la relation client dans le cadre des délais"]));
    expect(sheet.validations).toEqual([]);
    expect(sheet.numberValidations?.[0]?.prompt).toBe("Pourcentage de 0 à 100 % (repères : 0, 30, 50, 70, 100)");
    expect(all).toContain("L'appréciation de chaque domaine");
    for (const group of ["relation_client", "produits", "outil"]) {
      const cell = sheet.cells.find((c) => c.address === nameOf(sheet, `grille_domaine_${group}`))!;
      expect((cell.value as { formula: string }).formula).toMatch(/^IF\(COUNT\(E\d+(:E\d+)?\)=0,"",AVERAGE\(E\d+(:E\d+)?\)\)$/);
    }
    expect(nameOf(sheet, "grille_note")).toBeUndefined();
  });

  it("leaves the name blank without a candidate, and uses the prefix given", () => {
    const sheet = newGridSheet(grid("agora-e31"), { sheetName: "E31", namePrefix: "grille_s2" });
    expect(nameOf(sheet, "grille_s2_1_1")).toMatch(/^C\d+:F\d+$/);
    expect(textAt(sheet, nameOf(sheet, "grille_s2_candidate")!)).toBeNull();
  });
});

describe("newGridPlan", () => {
  const e31 = grid("agora-e31");

  it("adds one sheet per candidate, named after them, valid for Excel and unique", () => {
    const plan = newGridPlan(e31, {
      candidates: ["Alice Martin", "Bob: [Dupont]?", "Alice Martin", "Une candidate au nom vraiment très long pour Excel", "  ", "Synthèse"],
      existingSheets: ["Synthèse", "Feuil1"],
    });
    const names = plan.changes.map((c) => (c.kind === "sheet" ? c.sheet.name : ""));
    expect(names).toEqual(["Alice Martin", "Bob Dupont", "Alice Martin (2)", "Une candidate au nom vraiment t", "Synthèse (2)"]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(plan.changes.every((c) => c.kind === "sheet" && !c.replaces)).toBe(true);
    const prefixes = plan.changes.map((c) => (c.kind === "sheet" ? c.sheet.names.find((n) => n.name.endsWith("_1_1"))!.name : ""));
    expect(prefixes).toEqual(["grille_s1_1_1", "grille_s2_1_1", "grille_s3_1_1", "grille_s4_1_1", "grille_s5_1_1"]);
    const first = plan.changes[0]!;
    if (first.kind !== "sheet") throw new Error("sheet expected");
    expect(textAt(first.sheet, first.sheet.names.find((n) => n.name === "grille_s1_candidate")!.address)).toBe("Alice Martin");
  });

  it("adds a single blank sheet « Grille <épreuve> » without candidates", () => {
    const plan = newGridPlan(e31, { existingSheets: ["Grille E31"] });
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({ kind: "sheet", replaces: false, sheet: { name: "Grille E31 (2)" } });
    expect(newGridPlan(grid("agora-pfmp"), { existingSheets: [] }).changes[0]).toMatchObject({ sheet: { name: "Grille agora-pfmp" } });
  });

  it("does not reuse a prefix that the workbook's names already use", () => {
    const plan = newGridPlan(e31, { existingSheets: [], existingNames: ["grille_s1_note", "GRILLE_S2_1_1"] });
    const sheet = plan.changes[0]!;
    if (sheet.kind !== "sheet") throw new Error("sheet expected");
    expect(sheet.sheet.names.map((n) => n.name)).toContain("grille_s3_note");
  });
});
