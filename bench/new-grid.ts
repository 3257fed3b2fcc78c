import { Workbook } from "exceljs";
import { compileGrid } from "../src/core";
import { applyPlan } from "../src/hosts/xlsx/apply";
import { newGridPlan } from "../src/recognition/plans/new-grid";
import { bigGridFile } from "../tests/support/big-grid";

/**
 * `new-2000-items-ms`: `grille new` on a custom grid of 2,000 five-level items, from the grid file to the
 * .xlsx bytes (plan, ExcelJS workbook, package), in process. Issue 12 measured 31 s before it was linear.
 */
export async function benchNewGrid(): Promise<string> {
  const file = bigGridFile(2000);
  const start = process.hrtime.bigint();
  const plan = newGridPlan(compileGrid(file), { existingSheets: [], candidates: ["MARTIN Alice"] });
  const workbook = new Workbook();
  const applied = applyPlan(workbook, plan);
  if (!applied.ok) throw new Error(applied.errors.join("; "));
  await workbook.xlsx.writeBuffer();
  return `new-2000-items-ms: ${Math.round(Number(process.hrtime.bigint() - start) / 1e6)}`;
}
