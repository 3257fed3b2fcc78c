import fc from "fast-check";
import { assess, compileGrid, type CompiledGrid, type GridFile, type MarkResult, type WeightedMean } from "../../../src/core";
import { newGridSheet } from "../../../src/recognition/plans/new-grid";
import type { NewSheet } from "../../../src/recognition/plans/plan";
import { anEvaluation, grid } from "../../support/evaluation-builder";
import { cellsOfRange } from "../../support/formula-evaluator";
import { evaluateSheet } from "../../support/sheet-evaluator";
import { isNotALevel } from "../../../src/recognition/sheet/level-cell-content";
import { levelVocabulary, readLevelColumnCell } from "../../../src/recognition/sheet/levels";

/**
 * The formulas of « Nouvelle grille » must give, in Excel, what the engine gives: evaluated with
 * fast-formula-parser against many fillings of the sheet, and compared with assess().
 */

const e31 = grid("agora-e31");
const e33 = grid("mcv-e33");

const addressOf = (sheet: NewSheet, name: string): string => {
  const found = sheet.names.find((n) => n.name === name);
  if (!found) throw new Error(`no name ${name}`);
  return found.address;
};

function formulaAt(sheet: NewSheet, address: string): string {
  const cell = sheet.cells.find((c) => c.address === address);
  if (!cell || cell.value === null || typeof cell.value !== "object") throw new Error(`no formula at ${address}`);
  return cell.value.formula;
}

/** A sheet of the grid and a way to fill it: levels per item (level codes), flags raised. */
function harness(compiled: CompiledGrid) {
  const sheet = newGridSheet(compiled, { sheetName: "Grille", namePrefix: "g" });
  const codes = [...compiled.levels.keys()];
  const proposal = addressOf(sheet, "g_proposition");
  const formula = formulaAt(sheet, proposal);
  const levelCells = new Map(compiled.grid.items.map((item) => [item.id, cellsOfRange(addressOf(sheet, `g_${item.id.replace(/[^\p{L}\p{N}_]+/gu, "_")}`))]));
  return {
    sheet,
    formula,
    /** What the mark cell shows, and what the engine proposes ("" when it proposes none). */
    run(levels: Record<string, string[]>, flags: string[] = [], mark = "X") {
      const cells = new Map<string, string>();
      for (const [itemId, chosen] of Object.entries(levels)) {
        for (const code of chosen) cells.set(levelCells.get(itemId)![codes.indexOf(code)]!, mark);
      }
      let builder = anEvaluation(compiled);
      for (const [itemId, chosen] of Object.entries(levels)) if (chosen.length > 0) builder = builder.withLevels({ [itemId]: chosen });
      for (const flag of flags) {
        cells.set(addressOf(sheet, `g_${flag}`), "X");
        builder = builder.withFlag(flag);
      }
      const result = assess(compiled, builder.build()).result as MarkResult;
      return { excel: evaluateSheet(sheet, cells).get(proposal), engine: result.value ?? "", result };
    },
  };
}

/** Any filling of the items: nothing, one level, or several levels crossed. */
const fillings = (compiled: CompiledGrid) => {
  const codes = [...compiled.levels.keys()];
  const one = fc.constantFrom(...codes).map((c) => [c]);
  const several = fc.subarray(codes, { minLength: 2 });
  const filling = fc.oneof({ arbitrary: one, weight: 8 }, { arbitrary: fc.constant<string[]>([]), weight: 1 }, { arbitrary: several, weight: 1 });
  return fc.record(Object.fromEntries(compiled.grid.items.map((i) => [i.id, filling])) as Record<string, fc.Arbitrary<string[]>>);
};

const allFilled = (compiled: CompiledGrid) => {
  const codes = [...compiled.levels.keys()];
  return fc.record(Object.fromEntries(compiled.grid.items.map((i) => [i.id, fc.constantFrom(...codes).map((c) => [c])])) as Record<string, fc.Arbitrary<string[]>>);
};

describe("the E31 mark formula", () => {
  const h = harness(e31);

  it("is written with functions every spreadsheet has, reading hidden helper cells", () => {
    expect(h.formula).toMatch(/^IF\(COUNT\([A-Z]+\d+:[A-Z]+\d+\)=3,CEILING\(\(SUMIF\(/);
    expect(h.formula).not.toMatch(/COUNTA|MATCH|MAX\(|\{/);
    const hidden = new Set(h.sheet.hiddenColumns);
    const helpers = h.sheet.cells.filter((c) => c.value !== null && typeof c.value === "object" && c.address !== addressOf(h.sheet, "g_proposition"));
    expect(helpers.length).toBeGreaterThan(0);
    for (const helper of helpers) expect(hidden.has(/^([A-Z]+)/.exec(helper.address)![1]!.charCodeAt(0) - 64)).toBe(true);
  });

  it("leaves the official mark cell empty for the commission", () => {
    const official = h.sheet.cells.find((c) => c.address === addressOf(h.sheet, "g_note"))!;
    expect(official.value).toBeNull();
  });

  it("gives 15 for M, F, E and 12 for M, F, F (11.67 rounded up to the next ½ point)", () => {
    expect(h.run({ "1.1": ["M"], "1.2": ["F"], "1.3": ["E"] }).excel).toBe(15);
    expect(h.run({ "1.1": ["M"], "1.2": ["F"], "1.3": ["F"] }).excel).toBe(12);
    expect(h.run({ "1.1": ["N"], "1.2": ["N"], "1.3": ["F"] }).excel).toBe(7);
    expect(h.run({ "1.1": ["E"], "1.2": ["E"], "1.3": ["E"] }).excel).toBe(20);
  });

  it("shows nothing while an item has no cross, or two", () => {
    expect(h.run({ "1.1": ["M"], "1.2": [], "1.3": ["E"] }).excel).toBe("");
    expect(h.run({ "1.1": ["M", "E"], "1.2": ["F"], "1.3": ["E"] }).excel).toBe("");
  });

  it("counts any mark as a cross, as a teacher types it (x, ×)", () => {
    expect(h.run({ "1.1": ["M"], "1.2": ["F"], "1.3": ["E"] }, [], "x").excel).toBe(15);
    expect(h.run({ "1.1": ["M"], "1.2": ["F"], "1.3": ["E"] }, [], "×").excel).toBe(15);
  });

  it.each<string | number | boolean>([" ", "0", 0, "non", "NON", " - ", "faux", false, ".", "_", "/", "?", " ... ", "?!", "*", "\\"])("reads %j in a level cell as no level, as the engine does", (content) => {
    expect(h.run({ "1.1": ["M"], "1.2": ["F"], "1.3": ["E"] }, [], content as string).excel).toBe("");
    expect(readLevelColumnCell(content, "M", levelVocabulary(e31), "A1")).toBeNull();
    expect(isNotALevel(content)).toBe(true);
  });

  it("equals the engine's mark on every complete filling", () => {
    fc.assert(
      fc.property(allFilled(e31), (levels) => {
        const { excel, engine, result } = h.run(levels);
        expect(result.status).toBe("ok");
        expect(excel).toBe(engine);
      }),
      { numRuns: 15 },
    );
  });

  it("equals the engine on any filling, complete or not", () => {
    fc.assert(
      fc.property(fillings(e31), (levels) => {
        const { excel, engine } = h.run(levels);
        expect(excel).toBe(engine);
      }),
      { numRuns: 15 },
    );
  });
});

describe("the E33 mark formula", () => {
  const h = harness(e33);

  it("gives 15 for profiles 3, 3, 2, 4", () => {
    expect(h.run({ traiter: ["3"], contribuer: ["3"], evaluer: ["2"], communiquer: ["4"] }).excel).toBe(15);
  });

  it("gives 0 without a digital presentation, whatever the profiles, even incomplete", () => {
    expect(h.run({ traiter: ["4"], contribuer: ["4"], evaluer: ["4"], communiquer: ["4"] }, ["noDigitalPresentation"]).excel).toBe(0);
    expect(h.run({ traiter: ["4"], contribuer: [], evaluer: ["4"], communiquer: ["4"] }, ["noDigitalPresentation"]).excel).toBe(0);
  });

  it("equals the engine on any filling, with or without the flag", () => {
    fc.assert(
      fc.property(fillings(e33), fc.boolean(), (levels, flag) => {
        const { excel, engine } = h.run(levels, flag ? ["noDigitalPresentation"] : []);
        expect(excel).toBe(engine);
      }),
      { numRuns: 15 },
    );
  });
});

/** E31 with another marking scheme: the formula follows the scheme, not E31's defaults. */
function variant(marking: Partial<WeightedMean>, options: { items?: GridFile["grid"]["items"]; rankPoints?: boolean } = {}): CompiledGrid {
  const file = structuredClone(e31.file);
  file.grid.marking = { ...(file.grid.marking as WeightedMean), ...marking };
  if (options.items) file.grid.items = options.items;
  if (options.rankPoints && file.grid.scale.kind === "levels") {
    file.grid.scale.levels = file.grid.scale.levels.map(({ points: _points, ...level }) => level);
  }
  return compileGrid(file);
}

describe("the mark formula follows the marking scheme", () => {
  const roundings = ["up-half", "nearest-half", "nearest-tenth", "nearest-hundredth", "none"] as const;

  it.each(roundings)("rounding %s, weights and groups, points by rank", (rounding) => {
    const compiled = variant(
      {
        rounding,
        max: 17,
        weights: { "1.1": 2, "1.3": 0.5 },
        groups: [
          { id: "a", label: "A", weight: 3 },
          { id: "b", label: "B", weight: 1 },
          { id: "empty", label: "Vide", weight: 5 },
        ],
      },
      {
        items: [
          { id: "1.1", node: "1.1", group: "a" },
          { id: "1.2", node: "1.2", group: "a" },
          { id: "1.3", node: "1.3", group: "b" },
        ],
        rankPoints: true,
      },
    );
    expect(compiled.points.get("N")).toBe(0.25);
    const h = harness(compiled);
    fc.assert(
      fc.property(fillings(compiled), (levels) => {
        const { excel, engine } = h.run(levels);
        if (typeof engine === "number" && rounding === "none") expect(excel as number).toBeCloseTo(engine, 9);
        else expect(excel).toBe(engine);
      }),
      { numRuns: 10 },
    );
  });

  it("with points that do not top at 1 and a scale of three levels", () => {
    const file = structuredClone(e31.file);
    if (file.grid.scale.kind !== "levels") throw new Error("levels expected");
    file.grid.scale.levels = [
      { code: "A", label: "Insuffisant", aliases: [], points: 0 },
      { code: "B", label: "Satisfaisant", aliases: [], points: 3 },
      { code: "C", label: "Très satisfaisant", aliases: [], points: 7 },
    ];
    file.grid.marking = { ...(file.grid.marking as WeightedMean), rounding: "nearest-tenth", max: 20 };
    const compiled = compileGrid(file);
    const h = harness(compiled);
    expect(h.run({ "1.1": ["A"], "1.2": ["A"], "1.3": ["A"] }).excel).toBe(0);
    fc.assert(
      fc.property(fillings(compiled), (levels) => {
        const { excel, engine } = h.run(levels);
        expect(excel).toBe(engine);
      }),
      { numRuns: 10 },
    );
  });
});

describe("the PFMP coverage formula", () => {
  const pfmp = grid("agora-pfmp");
  const sheet = newGridSheet(pfmp, { sheetName: "Suivi", namePrefix: "g" });
  const percentCell = addressOf(sheet, "g_couverture");
  const countCell = /^([A-Z]+\d+)\//.exec(formulaAt(sheet, percentCell))![1]!;
  const codes = [...pfmp.levels.keys()];

  it("counts the competencies ticked at least once, and gives their share", () => {
    fc.assert(
      fc.property(fc.array(fc.subarray(codes), { minLength: pfmp.grid.items.length, maxLength: pfmp.grid.items.length }), (ticks) => {
        const cells = new Map<string, string>();
        const levels: Record<string, string[]> = {};
        pfmp.grid.items.forEach((item, i) => {
          const range = cellsOfRange(addressOf(sheet, `g_${item.id.replace(/\./g, "_")}`));
          for (const code of ticks[i]!) cells.set(range[codes.indexOf(code)]!, "X");
          if (ticks[i]!.length > 0) levels[item.id] = ticks[i]!;
        });
        const result = assess(pfmp, anEvaluation(pfmp).withLevels(levels).build()).result;
        if (result?.kind !== "coverage") throw new Error("coverage expected");
        const values = evaluateSheet(sheet, cells);
        expect(values.get(countCell)).toBe(result.practised);
        expect(values.get(percentCell)).toBeCloseTo(result.ratio, 12);
      }),
      { numRuns: 8 },
    );
  });
});

describe("the CQP domain formulas", () => {
  const cqp = grid("cqp-agc");
  const sheet = newGridSheet(cqp, { sheetName: "Observation", namePrefix: "g" });
  const groups = cqp.grid.marking?.kind === "domain-percent" ? cqp.grid.marking.groups : [];

  it("average the observations of each domain (percent cells: 0.7 for 70 %) as one assessor's figures", () => {
    const percent = fc.oneof(fc.constant(null), fc.constantFrom(0, 30, 50, 70, 100), fc.integer({ min: 0, max: 100 }));
    fc.assert(
      fc.property(fc.array(percent, { minLength: cqp.grid.items.length, maxLength: cqp.grid.items.length }), (values) => {
        const cells = new Map<string, number>();
        const ratings: Record<string, number> = {};
        cqp.grid.items.forEach((item, i) => {
          const value = values[i];
          if (value === null || value === undefined) return;
          cells.set(addressOf(sheet, `g_${item.id.replace(/-/g, "_")}`), value / 100);
          ratings[item.id] = value;
        });
        const result = assess(cqp, anEvaluation(cqp).withAssessor("Jury", ratings).build()).result;
        if (result?.kind !== "domains") throw new Error("domains expected");
        for (const group of groups) {
          const expected = result.assessors[0]!.groups.find((g) => g.groupId === group.id)!.percent;
          const excel = evaluateSheet(sheet, cells).get(addressOf(sheet, `g_domaine_${group.id.replace(/-/g, "_")}`));
          if (expected === null) expect(excel).toBe("");
          else expect((excel as number) * 100).toBeCloseTo(expected, 9);
        }
      }),
      { numRuns: 15 },
    );
  });
});
