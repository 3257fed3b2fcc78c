/// <reference types="office-js" />
import { readWorkbookSnapshot } from "../../../src/hosts/excel/read";
import { readXlsxBuffer } from "../../../src/hosts/xlsx";
import type { WorkbookSnapshot } from "../../../src/recognition/snapshot/workbook";
import { fakeExcelFromExcelJs, type FakeExcel } from "../../support/fake-excel";
import type { WorkbookBuilder } from "../../support/workbook-builder";

/** The same workbook as the .xlsx adapter reads it from its file, and as Excel would hold it (the fake). */
export async function bothWays(builder: WorkbookBuilder): Promise<{ xlsx: WorkbookSnapshot; fake: FakeExcel }> {
  const read = await readXlsxBuffer(await builder.toBuffer(), "classe.xlsx");
  if (!read.ok) throw new Error(read.error.message);
  return { xlsx: read.snapshot, fake: fakeExcelFromExcelJs(read.workbook) };
}

/** The Excel adapter's snapshot of the fake workbook, through a fresh request context. */
export const readFake = (fake: FakeExcel): Promise<WorkbookSnapshot> => readWorkbookSnapshot(fake.context(), fake.env());
