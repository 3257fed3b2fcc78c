import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Workbook } from "exceljs";
import { compileGrid, type MarkResult } from "../../../src/core";
import { readXlsx } from "../../../src/hosts/xlsx";
import { learnGrid } from "../../../src/recognition/learn";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";

const CORPUS = [path.resolve(__dirname, "../../../../shared/corpus"), path.resolve(__dirname, "../../../../../shared/corpus")].find((dir) => existsSync(dir)) ?? "";
const E6 = path.join(CORPUS, "bouhenic__EvalE6__GRILLE_E6.xlsx");
const SHEET = "E6 STAGE - IR";
const SOFFICE = "/usr/bin/soffice";
const maybe = CORPUS !== "" && existsSync(SOFFICE) ? describe : describe.skip;

/** A copy of the blank E6 with one cross per weighted criterion (levels by index), formulas left for LibreOffice to compute. */
async function filledCopy(file: string, picks: readonly number[]): Promise<void> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(E6);
  const ws = workbook.getWorksheet(SHEET)!;
  ws.getCell("E10").value = path.basename(file, ".xlsx");
  let k = 0;
  for (let row = 1; row <= 64; row++) {
    const formula = ws.getCell(`G${row}`).formula;
    if (typeof formula === "string" && /="x",0/.test(formula) && typeof ws.getCell(`A${row}`).value === "number") {
      ws.getCell(`${"CDEF"[picks[k++ % picks.length]!]}${row}`).value = "x";
    }
  }
  ws.eachRow((r) =>
    r.eachCell((cell) => {
      const value = cell.value as { formula?: string; sharedFormula?: string } | null;
      if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) cell.value = { ...value, result: undefined } as never;
    }),
  );
  await workbook.xlsx.writeFile(file);
}

maybe("BTS CIEL E6: learned from the blank sheet, marked like the workbook's own formula (recalculated by LibreOffice)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "grille-e6-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives F64's mark on three filled copies", async () => {
    const picks = [
      [3, 2, 2, 1, 3, 0, 1, 2, 3, 2, 1, 3, 3, 2, 1, 0, 2, 3, 1],
      [0, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 1, 1, 1, 0, 0, 2],
      [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
    ];
    const inputs = await Promise.all(picks.map(async (p, i) => {
      const file = path.join(dir, `candidat-${i}.xlsx`);
      await filledCopy(file, p);
      return file;
    }));
    const out = path.join(dir, "out");
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", out, ...inputs], { env: { ...process.env, HOME: dir }, stdio: "ignore", timeout: 170_000 });

    const blank = await readXlsx(E6);
    if (!blank.ok) throw new Error(blank.error.message);
    const learned = learnGrid(blank.snapshot, { sheet: SHEET });
    if (learned.kind !== "proposed") throw new Error(learned.notes[0]!.fr);
    const grid = compileGrid(learned.file);
    for (const input of inputs) {
      const read = await readXlsx(path.join(out, path.basename(input)));
      if (!read.ok) throw new Error(read.error.message);
      const sheet = read.snapshot.sheets.find((s) => s.name === SHEET)!;
      const own = sheet.cells[63]![5];
      expect(typeof own).toBe("number");
      const report = recognizeWorkbook({ sheets: [sheet], names: [] }, { forcedGrid: grid });
      expect((report.candidates[0]!.assessment.result as MarkResult).raw).toBeCloseTo(own as number, 2);
    }
  }, 180_000);
});
