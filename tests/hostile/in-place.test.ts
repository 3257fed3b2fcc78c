import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { grille, tempDir } from "../cli/cli-support";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";

/** Issue 12 §4, §5, §11: --in-place keeps every original, its permissions, and leaves no temporary file. */

jest.setTimeout(30_000);
const tmp = tempDir("in-place");

let bytes: Buffer;
beforeAll(async () => {
  bytes = await aWorkbook()
    .sheet("Alice Martin", (s) => e31Sheet(s, { name: "Alice Martin" }))
    .toBuffer();
});

const fresh = (name: string, mode = 0o644) => {
  const file = tmp.path(name);
  writeFileSync(file, bytes);
  chmodSync(file, mode);
  return file;
};

describe("grille mark --in-place", () => {
  it("keeps the first original when run twice: .bak, then .bak-2, and says where", async () => {
    const file = fresh("deux-fois.xlsx");
    const first = await grille(["mark", file, "--in-place"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`l’original est sauvegardé dans ${file}.bak`);
    expect(readFileSync(`${file}.bak`).equals(bytes)).toBe(true);
    const afterFirst = readFileSync(file);
    const second = await grille(["mark", file, "--in-place"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`l’original est sauvegardé dans ${file}.bak-2`);
    expect(readFileSync(`${file}.bak`).equals(bytes)).toBe(true);
    expect(readFileSync(`${file}.bak-2`).equals(afterFirst)).toBe(true);
  });

  it("keeps the file's mode: a 600 file of student data stays 600, and so does its backup", async () => {
    const file = fresh("prive.xlsx", 0o600);
    expect((await grille(["mark", file, "--in-place"])).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(`${file}.bak`).mode & 0o777).toBe(0o600);
  });

  it("refuses a read-only file unless --force, and then keeps it read-only", async () => {
    const file = fresh("lecture-seule.xlsx", 0o444);
    const refused = await grille(["mark", file, "--in-place"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("fichier en lecture seule, Grille ne le modifie pas. Ajoutez --force");
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(`${file}.bak`)).toBe(false);
    expect((await grille(["mark", file, "--in-place", "--force"])).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readFileSync(file).equals(bytes)).toBe(false);
  });

  it("removes the temporary files of a run that was killed mid-write", async () => {
    const folder = tmp.path("tue");
    mkdirSync(folder);
    const file = tmp.path("tue", "classe.xlsx");
    writeFileSync(file, bytes);
    // A process id that no longer runs: a child that has exited.
    const dead = Number(execFileSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).toString());
    writeFileSync(`${file}.tmp-${dead}`, "à moitié écrit");
    writeFileSync(`${file}.bak.tmp-${dead}`, "");
    expect((await grille(["mark", file, "--in-place"])).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(["classe.xlsx", "classe.xlsx.bak"]);
  });
});
