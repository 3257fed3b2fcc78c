/// <reference types="office-js" />
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import { columnCount, rowCount } from "../../src/recognition/snapshot/workbook";
import { fakeExcelFromExcelJs } from "../support/fake-excel";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";
import { readFake } from "../hosts/excel/support";

/** Issue 12 §1 in the pane: the Office.js host reads a used range down to XFD1048576 bounded too. */

describe("the Office.js host and a stray cell at XFD1048576", () => {
  it("reads the class bounded, reports the stray cell, in two syncs more than usual", async () => {
    const workbook = aWorkbook()
      .sheet("Alice Martin", (s) => {
        e31Sheet(s, { name: "Alice Martin" });
        s.cell("XFD1048576", "oups");
      })
      .sheet("Bruno Petit", (s) => e31Sheet(s, { name: "Bruno Petit" }))
      .build();
    const fake = fakeExcelFromExcelJs(workbook);
    const snapshot = await readFake(fake);
    const alice = snapshot.sheets[0]!;
    expect(rowCount(alice) * columnCount(alice)).toBeLessThan(10_000);
    expect(alice.farContent).toEqual({ ranges: ["XFD1048576"], cells: 1 });
    expect(fake.syncs.map((s) => s.error ?? "ok")).toEqual(["ok", "RangeExceedsLimit", "ok", "ok"]);
    expect(recognizeWorkbook(snapshot).candidates.map((c) => c.name)).toEqual(["Alice Martin", "Bruno Petit"]);
  });

  it("a merge over the whole sheet is clipped to the content, in the usual two syncs", async () => {
    const fake = fakeExcelFromExcelJs(aWorkbook().sheet("Notes", (s) => s.cell("A1", "Remarques").cell("C4", "fin")).build());
    fake.sheets[0]!.merges.push({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 });
    const snapshot = await readFake(fake);
    expect(fake.syncCount).toBe(2);
    expect(snapshot.sheets[0]!.merges).toEqual([{ top: 0, left: 0, bottom: 3, right: 2 }]);
  });
});
