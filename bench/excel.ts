import { applyPlan } from "../src/hosts/excel/apply";
import { PREVIEWED } from "../src/recognition/plans/consent";
import { gate } from "../src/recognition/plans/gate";
import { readWorkbookSnapshot } from "../src/hosts/excel/read";
import { markPlan } from "../src/recognition/plans/marks";
import { parseA1 } from "../src/recognition/snapshot/cells";
import { cellAt } from "../src/recognition/snapshot/workbook";
import { recognizeWorkbook } from "../src/recognition/workbook/recognize";
import { fakeExcelFromExcelJs } from "../tests/support/fake-excel";
import { aWorkbook, e31Sheet } from "../tests/support/workbook-builder";

/**
 * Round trips of the Office.js Excel host, counted on the fake Excel context (tests/support/fake-excel):
 * reading a 35-candidate class workbook (goal 2 syncs), then writing every proposed mark (goal 1).
 */
export async function benchExcelSyncs(): Promise<string> {
  const builder = aWorkbook();
  for (let i = 1; i <= 35; i++) builder.sheet(`Élève ${i}`, (s) => e31Sheet(s, { name: `ÉLÈVE ${i}` }));
  const fake = fakeExcelFromExcelJs(builder.build());

  const snapshot = await readWorkbookSnapshot(fake.context(), fake.env());
  const readSyncs = fake.syncCount;

  const cell = (sheet: string, address: string) => {
    const at = parseA1(address)!;
    return cellAt(snapshot.sheets.find((s) => s.name === sheet)!, at.row, at.col);
  };
  const { plan } = markPlan(recognizeWorkbook(snapshot), cell);
  fake.resetStats();
  const result = await applyPlan(fake.context(), gate(plan, snapshot, PREVIEWED), snapshot, fake.env());
  if (!result.ok) throw new Error(result.errors.map((e) => e.fr).join("\n"));
  return [`excel-read-syncs-35-sheets: ${readSyncs}`, `excel-write-syncs: ${fake.syncCount}`].join("\n");
}
