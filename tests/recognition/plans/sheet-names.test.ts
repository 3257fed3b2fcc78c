import { cleanSheetName, uniqueSheetName } from "../../../src/recognition/plans/sheet-names";

describe("sheet names", () => {
  it("drops what Excel refuses in a sheet name", () => {
    expect(cleanSheetName("Dupont/Durand: [A]*?\\", "F")).toBe("Dupont Durand A");
    expect(cleanSheetName("'Alice'", "F")).toBe("Alice");
    expect(cleanSheetName(" :: ", "Candidat 3")).toBe("Candidat 3");
    expect(cleanSheetName("x".repeat(40), "F")).toHaveLength(31);
  });

  it("never takes a name already there, whatever its case, nor « History »", () => {
    expect(uniqueSheetName("alice", ["Alice", "ALICE (2)"])).toBe("alice (3)");
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    const long = uniqueSheetName("y".repeat(40), ["y".repeat(31)]);
    expect(long).toBe(`${"y".repeat(27)} (2)`);
  });
});
