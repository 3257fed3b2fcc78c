import { applyDocumentPlan, docxBuffer, newDocx, readDocxBuffer } from "../../../src/hosts/docx";
import { applyPlanToDocument, wordTableBlock } from "../../../src/recognition/document/apply-document";
import { documentMarkPlan, recognizeDocument } from "../../../src/recognition/document/recognize";
import { documentToSheet } from "../../../src/recognition/document/to-sheet";
import { fillWordTable, gridWordTable } from "../../../src/recognition/document/word-table";
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
    const { block, controls } = wordTableBlock(table, 1);
    expect(block).toEqual(read.snapshot.blocks[0]);
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
    expect(applied.document.blocks.map((b) => (b.kind === "paragraph" ? `p${b.index}:${b.text}` : `t${b.index}`))).toEqual(["p1:Introduction", "p2:Grille E31", "t1", "p3:", "p4:Conclusion", "t2"]);
    const r = recognizeDocument(applied.document);
    expect(r.source).toBe("tags");
    expect(r.report.candidates[0]).toMatchObject({ name: "MARTIN Alice", assessment: { complete: true } });
  });

  it("refuses a plan the document cannot take", async () => {
    const document = await aDocument().paragraph("x").toSnapshot();
    expect(applyPlanToDocument(document, { changes: [{ kind: "name", name: "n", sheet: "grille.docx", address: "A1", previous: null }] }).ok).toBe(false);
  });
});
