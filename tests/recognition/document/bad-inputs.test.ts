import { recognizeDocument } from "../../../src/recognition/document/recognize";
import { aDocument, e31Document, e33Document } from "../../support/docx-builder";

/** Documents that are not grids, or grids laid out badly: findings and notes, never a crash. */

describe("documents that hold no grid, or a damaged one", () => {
  it("prose without a table: no grid recognised, nothing else", async () => {
    const r = recognizeDocument(await aDocument().paragraph("Compte rendu de stage").paragraph("Le stagiaire a été accueilli dans le service clients.").toSnapshot());
    expect(r.report.grid).toBeNull();
    expect(r.report.ignored.map((i) => i.reason.fr)).toEqual(["aucune grille reconnue"]);
  });

  it("a grid whose table nests another: read, with a note", async () => {
    const snapshot = await e31Document(aDocument()).toSnapshot();
    const withNested = await aDocument().table([["Remarques", { text: "Voir le détail", nested: [["Point fort", "Accueil"]] }]]).toSnapshot();
    const r = recognizeDocument({ ...snapshot, blocks: [...snapshot.blocks, ...withNested.blocks.map((b) => (b.kind === "table" ? { ...b, index: 3 } : b))] });
    expect(r.report.candidates[0]!.assessment.complete).toBe(true);
    expect(r.layout.notes.map((n) => n.fr)).toEqual([expect.stringContaining("tableau imbriqué")]);
  });

  it("a grid with its level header split over two merged rows: read", async () => {
    const r = recognizeDocument(await e33Document(aDocument()).toSnapshot());
    expect(r.report.bindings[0]!.header?.columns).toEqual({ "1": 2, "2": 3, "3": 4, "4": 5 });
  });

  it("a grid whose values are unreadable: findings point at the cells", async () => {
    const r = recognizeDocument(await e31Document(aDocument(), { glyph: "peut-être" }).toSnapshot());
    const findings = r.report.candidates[0]!.assessment.findings;
    expect(findings.some((f) => f.code === "level-unknown" || f.code === "level-missing")).toBe(true);
    expect(findings.filter((f) => f.at).every((f) => /^(tableau|paragraphe) /.test(r.layout.describe(f.at!).fr))).toBe(true);
  });

  it("a stored binding map made on another structure is ignored: detection runs", async () => {
    const snapshot = await e31Document(aDocument()).toSnapshot();
    const r = recognizeDocument({ ...snapshot, bindingMap: { format: "grille-document-binding", version: 1, fingerprint: "00000000", map: { version: 1, gridId: "agora-e31", sheets: {} } } });
    expect(r.source).toBe("detection");
    expect(r.report.candidates[0]!.assessment.complete).toBe(true);
  });
});
