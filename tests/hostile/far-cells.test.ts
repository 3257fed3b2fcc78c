import { mkdirSync, writeFileSync } from "node:fs";
import { readXlsxBuffer } from "../../src/hosts/xlsx";
import { readErrors } from "../../src/hosts/xlsx/errors";
import { contentBlock } from "../../src/recognition/snapshot/bounds";
import { columnCount, rowCount } from "../../src/recognition/snapshot/workbook";
import { grille, jsonOf, tempDir } from "../cli/cli-support";
import { partText, withMerge } from "../support/package-edits";
import { aWorkbook, e31Sheet } from "../support/workbook-builder";

jest.setTimeout(30_000);

/** Issue 12 §1: one stray value at XFD1048576 (Ctrl+↓, Ctrl+→, a key) or one merge over the whole sheet. */

const tmp = tempDir("far");

/** An E31 class of two candidates; `stray` puts one value at that address of Alice's sheet. */
const e31Class = (stray?: string) =>
  aWorkbook()
    .sheet("Alice Martin", (s) => {
      e31Sheet(s, { name: "Alice Martin" });
      if (stray) s.cell(stray, "oups");
    })
    .sheet("Bruno Petit", (s) => e31Sheet(s, { name: "Bruno Petit" }));

describe("a stray cell far from the grid", () => {
  it("keeps the snapshot bounded, reads the grid, and reports the stray cell", async () => {
    const read = await readXlsxBuffer(await e31Class("XFD1048576").toBuffer(), "classe.xlsx");
    if (!read.ok) throw new Error(read.error.message);
    const alice = read.snapshot.sheets[0]!;
    expect(rowCount(alice) * columnCount(alice)).toBeLessThan(10_000);
    expect(alice.farContent).toEqual({ ranges: ["XFD1048576"], cells: 1 });
    expect(read.snapshot.sheets[1]!.farContent).toBeUndefined();
  });

  it("checks the workbook: both candidates, with a note naming the cell left out", async () => {
    const file = tmp.path("stray.xlsx");
    await e31Class("XFD1048576").toFile(file);
    const out = await grille(["check", file]);
    expect(out.stdout).toContain("Alice Martin");
    expect(out.stdout).toContain("Bruno Petit");
    expect(out.stdout).toMatch(/feuille « Alice Martin » : 1 cellule isolée loin du reste, non lue \(XFD1048576\)/);
    const json = jsonOf(await grille(["check", "--json", file]));
    expect(json.files[0]!.notes).toEqual([expect.stringContaining("XFD1048576")]);
  });

  it("still marks the workbook, and the stray cell survives the write", async () => {
    const file = tmp.path("stray-mark.xlsx");
    const out = tmp.path("stray-mark-out.xlsx");
    await e31Class("XFD1048576").toFile(file);
    expect((await grille(["mark", file, "-o", out])).code).toBe(0);
    const { readFileSync } = await import("node:fs");
    expect(await partText(readFileSync(out), "xl/worksheets/sheet1.xml")).toContain('r="XFD1048576"');
  });

  it("reports every other file of a folder holding the stray workbook", async () => {
    const folder = tmp.path("dossier");
    mkdirSync(folder);
    await e31Class("XFD1048576").toFile(tmp.path("dossier", "a-stray.xlsx"));
    await e31Class().toFile(tmp.path("dossier", "b-sain.xlsx"));
    const out = jsonOf(await grille(["check", "--json", folder]));
    expect(out.files.map((f) => (f.candidates as unknown[]).length)).toEqual([2, 2]);
  });

  it("refuses a sheet whose content itself is too big with a French message naming it", () => {
    // Four dense columns down to the last row: no gap to cut at.
    expect(contentBlock([{ top: 0, left: 0, bottom: 1_048_575, right: 3 }, { top: 9, left: 3, bottom: 9, right: 3 }])).toEqual({ ok: false, rows: 1_048_576, columns: 4 });
    expect(readErrors.tooBig("classe.xlsx", { sheet: "Données", rows: 1_048_576, columns: 4 }).message.replace(/\s/g, " ")).toBe(
      "classe.xlsx : la feuille « Données » est trop grande pour Grille (1 048 576 lignes × 4 colonnes à partir de A1, plus de 2 000 000 cellules). Supprimez les lignes et colonnes inutiles (sélectionnez-les, clic droit › Supprimer) puis réessayez.",
    );
  });
});

describe("a merge over the whole sheet", () => {
  const withGiantMerge = async () => withMerge(await aWorkbook().sheet("Alice Martin", (s) => e31Sheet(s, { name: "Alice Martin" })).sheet("Notes", (s) => s.cell("A1", "Remarques").cell("C4", "fin")).toBuffer(), "xl/worksheets/sheet2.xml", "A1:XFD1048576");

  it("reads the workbook in bounded time, the merge clipped to the sheet's cells, and says so", async () => {
    const read = await readXlsxBuffer(await withGiantMerge(), "classe.xlsx");
    if (!read.ok) throw new Error(read.error.message);
    expect(read.snapshot.sheets[1]!.merges).toEqual([{ top: 0, left: 0, bottom: 3, right: 2 }]);
    expect(read.problems).toEqual([{ kind: "merge-clipped", sheet: "Notes", merge: "A1:XFD1048576", clippedTo: "A1:C4" }]);
  });

  it("checks it with a note, and refuses to write it back changed", async () => {
    const file = tmp.path("fusion.xlsx");
    writeFileSync(file, await withGiantMerge());
    const check = await grille(["check", file]);
    expect(check.stdout).toContain("Alice Martin");
    expect(check.stdout).toContain("la fusion A1:XFD1048576 de la feuille « Notes » couvre toute la feuille");
    const mark = await grille(["mark", file, "-o", tmp.path("fusion-out.xlsx")]);
    expect(mark.code).toBe(2);
    expect(mark.stderr).toContain("Rien n’a été écrit");
  });
});
