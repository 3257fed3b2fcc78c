/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { DemoWordHost, demoWordSample } from "../../src/hosts/demo";
import { evaluationExport } from "../../src/recognition/document/evaluation-export";
import { recognizeDocument } from "../../src/recognition/document/recognize";
import { builtInGrid } from "../../src/referentials";
import { renderPane } from "./render-pane";

/**
 * Word « Insérer une grille » from a record copied in Excel: the record says the mark Grille proposed,
 * the pane says it before inserting, and the inserted grid holds it in its « Note sur 20 » cell, read
 * back by recognition as the document's mark.
 */
jest.setTimeout(90_000);

/** Alice's complete E31 record, no mark typed in Excel, with the mark Grille proposed there. */
function record(): string {
  const e31 = builtInGrid("agora-e31")!;
  const levels = { "1.1": "M", "1.2": "F", "1.3": "E" };
  return JSON.stringify(
    evaluationExport(
      "agora-e31",
      "MARTIN Alice",
      {
        gridId: "agora-e31",
        ratings: Object.fromEntries(Object.entries(levels).map(([id, code]) => [id, { values: [{ kind: "level" as const, code }] }])),
        fields: Object.fromEntries(e31.grid.fields.map((f) => [f.id, { value: f.kind === "mark" ? null : f.id === "candidate" ? "MARTIN Alice" : f.id === "date" ? "12/05/2026" : `${f.label} rempli` }])),
        panel: { members: [{ name: "Mme DURAND Claire", role: "Professeure" }], roles: true },
        flags: {},
      },
      { value: 15, max: 20 },
    ),
  );
}

it("says the record's proposed mark, and inserts it in the grid's mark cell", async () => {
  const sample = demoWordSample("word-report");
  const host = new DemoWordHost(sample.document, { locale: "fr", cursor: sample.cursor });
  const pane = await renderPane(host);
  const insert = await pane.openStep("step.insertGrid");
  await pane.user.click(within(insert).getByRole("radio", { name: pane.t("insert.filled") }));
  await pane.user.click(within(insert).getByTestId("insert-record-text"));
  await pane.user.paste(record());
  await pane.user.click(pane.button("insert.read"));
  expect(await within(insert).findByText(pane.t("insert.loadedMark", { name: "MARTIN Alice", grid: "Bac Pro AGOrA — E31", value: 15, max: 20 }))).toBeTruthy();
  await pane.user.click(pane.button("insert.button"));
  await within(insert).findByText(pane.t("insert.done"));

  const recognition = recognizeDocument((await host.readDocument()).document);
  const candidate = recognition.report.candidates[0]!;
  expect(candidate.name).toBe("MARTIN Alice");
  expect(Number(candidate.evaluation.fields["mark"]?.value)).toBe(15);
  // The mark is printed, and it is the one proposed: neither « note non saisie » nor « différente ».
  const codes = candidate.assessment.findings.map((f) => f.code);
  expect(codes).not.toContain("mark-missing");
  expect(codes).not.toContain("mark-differs");
  expect(screen.queryByText(pane.t("insert.needRecord"))).toBeNull();
});
