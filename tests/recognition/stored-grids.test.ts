import { parseGridFile } from "../../src/core/model/parse";
import { CCF_CANDIDATES, ccfTeamMark, ccfWorkbook } from "../../src/hosts/demo/learn-sample";
import { documentWorkbook } from "../../src/recognition/document/recognize";
import { bindingMapOf, parseBindingMap } from "../../src/recognition/workbook/binding-map";
import { recognizeWorkbook } from "../../src/recognition/workbook/recognize";
import { gridsForFile, keepGrid, storedGridFiles, withStoredGrids } from "../../src/recognition/workbook/stored-grids";
import { builtInGrid } from "../../src/referentials";
import { bindingMapXml, parseBindingMapXml } from "../../src/hosts/excel/binding-xml";
import { documentPayloadWithGrid } from "../../src/recognition/document/stored-grids";
import { documentToSheet } from "../../src/recognition/document/to-sheet";
import { mapWithGrid } from "../../src/recognition/workbook/stored-grids";
import { ccfGridFile } from "../support/ccf-grid";

const markOf = (report: ReturnType<typeof recognizeWorkbook>, sheet: string) => {
  const result = report.candidates.find((c) => c.sheet === sheet)?.assessment.result;
  return result?.kind === "mark" ? result.value : null;
};

describe("grids kept in the file beside the binding map", () => {
  it("the hand-made grid is a valid grid file", () => {
    expect(parseGridFile(ccfGridFile())).toEqual({ ok: true, value: ccfGridFile() });
  });

  it("a workbook Grille does not know is recognised once its grid is stored in it, with the team's own marks", () => {
    const snapshot = ccfWorkbook();
    expect(recognizeWorkbook(snapshot).grid).toBeNull();
    const stored = { ...snapshot, bindingMap: { grids: [ccfGridFile()] } };
    const report = recognizeWorkbook(stored);
    expect(report.grid?.grid.id).toBe("cap-epc-ep2");
    expect(report.templates).toEqual(["Grille vierge"]);
    expect(report.candidates.map((c) => c.name)).toEqual(CCF_CANDIDATES.map((c) => c.name));
    for (const c of CCF_CANDIDATES) expect(markOf(report, c.name)).toBe(ccfTeamMark(c.levels));
  });

  it("the grids survive the binding map's round trip, and a saved map keeps them", () => {
    const report = recognizeWorkbook({ ...ccfWorkbook(), bindingMap: { grids: [ccfGridFile()] } });
    const map = withStoredGrids(bindingMapOf("cap-epc-ep2", report.bindings), [ccfGridFile()]);
    const parsed = parseBindingMap(JSON.parse(JSON.stringify(map)));
    expect(parsed?.gridId).toBe("cap-epc-ep2");
    expect(storedGridFiles(parsed)).toEqual([ccfGridFile()]);
    const again = recognizeWorkbook({ ...ccfWorkbook(), bindingMap: parsed });
    expect(again.candidates).toHaveLength(CCF_CANDIDATES.length);
    expect(withStoredGrids(map, []).grids).toBeUndefined();
  });

  it("a stored variant of a built-in grid replaces it in that file only", () => {
    const e31 = builtInGrid("agora-e31")!.file;
    const variant = { ...e31, grid: { ...e31.grid, marking: { ...e31.grid.marking!, rounding: "none" as const } } };
    const grids = gridsForFile({ grids: [variant] });
    expect(grids.filter((g) => g.grid.id === "agora-e31")).toHaveLength(1);
    expect(grids.find((g) => g.grid.id === "agora-e31")!.grid.marking).toMatchObject({ rounding: "none" });
    expect(gridsForFile(undefined).find((g) => g.grid.id === "agora-e31")!.grid.marking).toMatchObject({ rounding: "up-half" });
  });

  it("an invalid or duplicated stored grid is left out, never a crash", () => {
    const broken = { ...ccfGridFile(), grid: { ...ccfGridFile().grid, items: [] } };
    expect(storedGridFiles({ grids: [broken, "texte", null, ccfGridFile(), ccfGridFile()] })).toEqual([ccfGridFile()]);
    expect(storedGridFiles({ grids: "pas une liste" })).toEqual([]);
    expect(storedGridFiles("n'importe quoi")).toEqual([]);
  });

  it("keepGrid replaces the grid of the same id and keeps the others", () => {
    const other = ccfGridFile({ id: "autre-grille" });
    const edited = ccfGridFile({ points: { "--": 0.5 } });
    expect(keepGrid([ccfGridFile(), other], edited)).toEqual([other, edited]);
  });

  it("in a Word document, the grids are read even when the document's structure has changed since", () => {
    const doc = { name: "doc", blocks: [{ kind: "paragraph" as const, text: "Rien ici", style: null }], contentControls: [] };
    const stored = { format: "grille-document-binding", version: 1, fingerprint: "ancienne", map: { version: 1, gridId: "cap-epc-ep2", sheets: {}, grids: [ccfGridFile()] } };
    const workbook = documentWorkbook(doc as never, {});
    expect(storedGridFiles(workbook.snapshot.bindingMap)).toEqual([]);
    const withGrids = documentWorkbook({ ...doc, bindingMap: stored } as never, {});
    expect(storedGridFiles(withGrids.snapshot.bindingMap)).toEqual([ccfGridFile()]);
  });

  it("travel in the custom XML part Excel and Word keep (the binding map's part), and a confirmed grid joins the stored ones", () => {
    const other = ccfGridFile({ id: "autre-grille" });
    const map = mapWithGrid({ version: 1, gridId: "agora-e31", sheets: {}, grids: [other] }, ccfGridFile());
    expect(map.gridId).toBe("agora-e31");
    const xml = bindingMapXml(map);
    expect(storedGridFiles(parseBindingMapXml(xml))).toEqual([other, ccfGridFile()]);
    expect(mapWithGrid(undefined, ccfGridFile())).toEqual({ version: 1, gridId: "cap-epc-ep2", sheets: {}, grids: [ccfGridFile()] });
  });

  it("in a Word document, the confirmed grid is stored with the document's structure, its earlier grids kept", () => {
    const doc = { name: "doc", blocks: [{ kind: "paragraph" as const, text: "Nom et prénom du candidat : Léa", style: null }], contentControls: [] };
    const layout = documentToSheet(doc as never);
    const earlier = { format: "grille-document-binding", version: 1, fingerprint: "une autre structure", map: { version: 1, gridId: "x", sheets: {}, grids: [ccfGridFile({ id: "autre-grille" })] } };
    const payload = documentPayloadWithGrid(layout, earlier, ccfGridFile());
    expect(payload.fingerprint).toBe(layout.fingerprint);
    expect(storedGridFiles(payload).map((g) => g.grid.id)).toEqual(["autre-grille", "cap-epc-ep2"]);
  });
});
