import { aWorkbook, e31Sheet } from "../tests/support/workbook-builder";
import { commissionDocx } from "../src/hosts/ooxml/commission-package";
import { commissionSheets } from "../src/recognition/document/commission";
import { recognizeWorkbook } from "../src/recognition/workbook/recognize";

/** The commission's .docx of a 35-candidate E31 class, from the recognised report to the bytes (what the pane does in the browser). */
export async function benchExport(): Promise<string> {
  const builder = aWorkbook();
  for (let i = 0; i < 35; i++) builder.sheet(`Élève ${i + 1}`, (s) => e31Sheet(s, { name: `ÉLÈVE ${i + 1}` }));
  const report = recognizeWorkbook(await builder.toSnapshot());
  await commissionDocx(commissionSheets(report), "bench");
  const start = process.hrtime.bigint();
  const runs = 3;
  for (let i = 0; i < runs; i++) await commissionDocx(commissionSheets(report), "bench");
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  return `export-docx-35-candidates-ms: ${ms.toFixed(0)}`;
}
