import { bindingMapOf, parseBindingMap } from "../../src/recognition/workbook/binding-map";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";

describe("the binding map stored in the workbook", () => {
  it("wins over detection: a cell the teacher rebound is read where the teacher said", async () => {
    const snapshot = await aWorkbook()
      .sheet("A", (s) => {
        e31Sheet(s, { mark: 12 });
        s.cell("H2", 15);
      })
      .toSnapshot();
    const detected = recognizeWorkbook(snapshot);
    expect(detected.candidates[0]!.evaluation.fields["mark"]!.value).toBe(12);

    const binding = structuredClone(detected.bindings[0]!);
    binding.fields["mark"] = { ...binding.fields["mark"]!, value: "H2" };
    const stored = recognizeWorkbook({ ...snapshot, bindingMap: bindingMapOf("agora-e31", [binding]) });
    expect(stored.candidates[0]!.evaluation.fields["mark"]).toEqual({ value: 15, at: "A!H2" });
    expect(stored.candidates[0]!.markCell).toEqual({ sheet: "A", address: "H2" });
  });

  it("an unreadable or foreign map is ignored: detection runs, nothing is lost", async () => {
    const snapshot = await aWorkbook().sheet("A", (s) => e31Sheet(s, { mark: 15 })).toSnapshot();
    for (const bindingMap of [{ version: 2 }, "n'importe quoi", { version: 1, gridId: "agora-e31", sheets: { A: { items: 3 } } }]) {
      expect(parseBindingMap(bindingMap)).toBeNull();
      const report = recognizeWorkbook({ ...snapshot, bindingMap });
      expect(report.candidates[0]!.assessment.complete).toBe(true);
    }
  });

  it("sheets the map does not name are still detected", async () => {
    const snapshot = await aWorkbook()
      .sheet("A", (s) => e31Sheet(s, { name: "A" }))
      .sheet("B", (s) => e31Sheet(s, { name: "B" }))
      .toSnapshot();
    const first = recognizeWorkbook(snapshot);
    const report = recognizeWorkbook({ ...snapshot, bindingMap: bindingMapOf("agora-e31", [first.bindings[0]!]) });
    expect(report.candidates.map((c) => c.name)).toEqual(["A", "B"]);
  });
});
