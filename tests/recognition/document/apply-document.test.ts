import { applyDocumentPlan, docxBuffer, newDocx, readDocxBuffer } from "../../../src/hosts/docx";
import { applyPlanToDocument, wordTableBlocks } from "../../../src/recognition/document/apply-document";
import { documentMarkPlan, recognizeDocument } from "../../../src/recognition/document/recognize";
import { documentToSheet } from "../../../src/recognition/document/to-sheet";
import { fillWordTable, gridWordTable, wordTableParts } from "../../../src/recognition/document/word-table";
import type { DocumentSnapshot } from "../../../src/recognition/document/snapshot";
import { aDocument, e33Document } from "../../support/docx-builder";
import { anEvaluation, grid } from "../../support/evaluation-builder";
import { gateDocument } from "../../../src/recognition/document/edits";
import { NO_CONSENT } from "../../../src/recognition/plans/consent";

/** A plan applied to a document held as plain data (the demo's Word mode), as the adapters apply it. */

describe("applying a plan to a document snapshot", () => {
  it("writes the mark into its placeholder", async () => {
    const document = await e33Document(aDocument()).toSnapshot();
    const applied = applyPlanToDocument(document, documentMarkPlan(recognizeDocument(document)).plan);
    if (!applied.ok) throw new Error("refused");
    const last = applied.document.blocks.at(-1)!;
    expect(last.kind === "paragraph" && last.text).toBe("Note : 15 / 20");
    expect(recognizeDocument(applied.document).report.candidates[0]!.evaluation.fields["mark"]?.value).toBe(15);
  });

  it("gives an inserted grid exactly as Word gives it back: same blocks as the .docx round trip", async () => {
    const table = gridWordTable(grid("mcv-e33"), { candidate: "DUPONT Léa" });
    const file = newDocx();
    const layout = documentToSheet({ name: "x", blocks: [], contentControls: [] });
    await applyDocumentPlan(file, gateDocument({ changes: [{ kind: "insert-table", sheet: "x", table, position: "end" }] }, layout, NO_CONSENT), layout);
    const read = await readDocxBuffer(await docxBuffer(file), "x.docx");
    if (!read.ok) throw new Error(read.error.message);
    const { blocks, controls } = wordTableBlocks(table, 1);
    // The title lines, the form rows' table, the grid's table, the official texts' paragraphs and tables,
    // the panel's table (wordTableParts), then the empty paragraph after the grid.
    expect(blocks.map((b) => b.kind)).toEqual(wordTableParts(table).map((p) => (p.kind === "table" ? "table" : "paragraph")));
    expect(blocks.filter((b) => b.kind === "table")).toHaveLength(6);
    expect(blocks).toEqual(read.snapshot.blocks.slice(0, -1));
    expect(controls).toEqual(read.snapshot.contentControls);
  });

  it("inserts a filled grid after the paragraph holding the cursor, renumbering what follows", async () => {
    const document: DocumentSnapshot = await aDocument().paragraph("Introduction").paragraph("Conclusion").table([["a", "b"]]).toSnapshot("rapport.docx");
    const e31 = grid("agora-e31");
    const evaluation = anEvaluation(e31).withLevels({ "1.1": "M", "1.2": "F", "1.3": "E" }).withAllFields().withField("candidate", "MARTIN Alice").withPanel([["Mme DURAND", "Professeure"]]).build();
    const applied = applyPlanToDocument(
      document,
      { changes: [{ kind: "insert-table", sheet: "rapport.docx", table: fillWordTable(gridWordTable(e31), evaluation), heading: "Grille E31", position: "selection" }] },
      { selection: 1 },
    );
    if (!applied.ok) throw new Error("refused");
    expect(applied.document.blocks.map((b) => (b.kind === "paragraph" ? `p${b.index}:${b.text}` : `t${b.index}`))).toEqual([
      "p1:Introduction",
      "p2:Grille E31",
      // The title lines above the grid are paragraphs; the form rows a table; the grid's table starts with its level header; the panel's table.
      "p3:Baccalauréat professionnel Assistance à la gestion des organisations et de leurs activités",
      "p4:Sous-épreuve E31 - Gestion des relations avec les clients, les usagers et les adhérents",
      "p5:Grille d’aide à l’évaluation par contrôle en cours de formation (CCF) – Coefficient 4",
      "p6:À l’usage de la commission d’évaluation (non communicable aux candidats)",
      "t1",
      // The official instructions, between the form rows and the grid, as the official document prints them.
      "p7:Consignes aux évaluateurs",
      expect.stringMatching(/^p8:L’évaluation par profil/),
      "p9:Paliers de compétences :",
      expect.stringMatching(/^p10:Novice : /),
      expect.stringMatching(/^p11:Fonctionnel : /),
      expect.stringMatching(/^p12:Maîtrise : /),
      expect.stringMatching(/^p13:Expertise : /),
      "t2",
      "p14:",
      "t3",
      "p15:",
      "p16:Conclusion",
      "t4",
    ]);
    const gridTable = applied.document.blocks.find((b) => b.kind === "table" && b.index === 2);
    expect(gridTable?.kind === "table" && gridTable.rows[0]!.cells.map((c) => c.text)).toEqual(["Paliers de compétences", "N", "F", "M", "E"]);
    const r = recognizeDocument(applied.document);
    expect(r.source).toBe("tags");
    expect(r.report.candidates[0]).toMatchObject({ name: "MARTIN Alice", assessment: { complete: true } });
  });

  it("refuses a plan the document cannot take", async () => {
    const document = await aDocument().paragraph("x").toSnapshot();
    expect(applyPlanToDocument(document, { changes: [{ kind: "name", name: "n", sheet: "grille.docx", address: "A1", previous: null }] }).ok).toBe(false);
  });
});
