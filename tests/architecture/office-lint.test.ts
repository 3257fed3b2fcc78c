import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * `npm run lint` holds the Office.js hosts to Microsoft's eslint-plugin-office-addins rules: a read
 * before load, a sync in a loop, a null object compared with null fail the lint in src/hosts/excel and
 * src/hosts/word (and only there: the other layers never see Office objects).
 */
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "../..");

/** The office-addins rules ESLint reports on `code` as if it were `file` (ESLint's CLI: its flat config is an ES module jest cannot import). */
async function officeRules(file: string, code: string): Promise<string[]> {
  const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js"), "--format", "json", "--stdin", "--stdin-filename", path.join(ROOT, file)], { cwd: ROOT, input: code, encoding: "utf8" });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return (result?.messages ?? []).map((m) => m.ruleId ?? "").filter((id) => id.startsWith("office-addins/"));
}

const careless = `
export async function careless(context: Excel.RequestContext): Promise<unknown> {
  const range = context.workbook.worksheets.getItem("A").getRange("A1");
  const before = range.values;
  for (const name of ["A", "B"]) {
    context.workbook.worksheets.getItem(name).getRange("A1").values = [[1]];
    await context.sync();
  }
  const sheet = context.workbook.worksheets.getItemOrNullObject("C");
  await context.sync();
  return sheet === null ? before : sheet;
}
`;

describe("the Office.js lint", () => {
  it("flags a read before load, a sync in a loop and a null object compared with null in the Excel host", async () => {
    const rules = await officeRules("src/hosts/excel/careless.ts", careless);
    expect(rules).toEqual(expect.arrayContaining(["office-addins/load-object-before-read", "office-addins/no-context-sync-in-loop", "office-addins/test-for-null-using-isNullObject"]));
  });

  it("applies to the Word host too, and not to the pane", async () => {
    expect((await officeRules("src/hosts/word/careless.ts", careless)).length).toBeGreaterThan(0);
    expect(await officeRules("src/taskpane/careless.ts", careless)).toEqual([]);
  });
});
