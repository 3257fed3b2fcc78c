import { text } from "../../../src/core/i18n/locale";
import type { CellInput, WritePlan } from "../../../src/recognition/plans/plan";
import { isLastWrite, lastWriteOf, undoPlan } from "../../../src/recognition/plans/undo";

const cell = (sheet: string, address: string, value: CellInput, previous: unknown = null) =>
  ({ kind: "cell", sheet, address, value, previous, reason: text("r", "r") }) as WritePlan["changes"][number];

describe("the last write, kept for undo", () => {
  const plan: WritePlan = {
    changes: [cell("Alice", "C34", 15), cell("Bruno", "C34", 12, 13), cell("Chloé", "C34", { formula: "=1" }), cell("Zoé", "C34", 9, { error: "#N/A" })],
  };

  it("keeps each plain value written and what it replaced, never a formula", () => {
    const last = lastWriteOf(plan, new Date("2026-06-12T10:00:00Z"))!;
    expect(last.at).toBe("2026-06-12T10:00:00.000Z");
    expect(last.cells).toEqual([
      { sheet: "Alice", address: "C34", written: 15, previous: null },
      { sheet: "Bruno", address: "C34", written: 12, previous: 13 },
      { sheet: "Zoé", address: "C34", written: 9, previous: "#N/A" },
    ]);
    expect(lastWriteOf({ changes: [] }, new Date())).toBeNull();
  });

  it("undoes by writing back the previous values, an empty string where the cell was empty, each replacing what Grille wrote", () => {
    const undo = undoPlan(lastWriteOf(plan, new Date())!);
    expect(undo.changes.map((c) => (c.kind === "cell" ? [c.sheet, c.value, c.previous] : null))).toEqual([
      ["Alice", "", 15],
      ["Bruno", 13, 12],
      ["Zoé", "#N/A", 9],
    ]);
  });

  it("reads back only a well-formed record from a file (anything else is no undo)", () => {
    expect(isLastWrite(lastWriteOf(plan, new Date()))).toBe(true);
    for (const bad of [null, "x", { at: 1, cells: [] }, { at: "t", cells: [{ sheet: "A", address: "C3", written: { formula: "=1" }, previous: null }] }]) expect(isLastWrite(bad)).toBe(false);
  });
});
