import { aWorkbook, e31Sheet } from "../tests/support/workbook-builder";
import { recognizeWorkbook } from "../src/recognition/workbook/recognize";

export async function benchRecognition(): Promise<string> {
  const builder = aWorkbook();
  for (let i = 0; i < 35; i++) builder.sheet(`Élève ${i + 1}`, (s) => e31Sheet(s, { name: `ÉLÈVE ${i + 1}` }));
  const snapshot = await builder.toSnapshot();
  recognizeWorkbook(snapshot);
  const start = process.hrtime.bigint();
  const runs = 5;
  for (let i = 0; i < runs; i++) recognizeWorkbook(snapshot);
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  return `recognition-35-sheets-ms: ${ms.toFixed(0)}`;
}
