/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { DemoWordHost, demoWordSample } from "../../src/hosts/demo";
import type { TableBlock } from "../../src/recognition/document/snapshot";
import type { WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { e31Class } from "./workbooks";

/** « Fiches pour la commission » in the pane: a .docx downloaded from Excel, sheets inserted in Word. */

jest.setTimeout(30_000);

let e31: WorkbookSnapshot;
beforeAll(async () => {
  e31 = await e31Class();
});

/** What the pane hands the browser to download: the Blob given to URL.createObjectURL, and the link's file name. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:grille/${blobs.length}`;
  });
  URL.revokeObjectURL = jest.fn();
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names, restore: () => click.mockRestore() };
}

const bytesOf = (blob: Blob): Promise<ArrayBuffer> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

describe("« Fiches pour la commission » in Excel", () => {
  it("builds one .docx for the class, every candidate with Grille's box, and downloads it", async () => {
    const downloads = captureDownloads();
    try {
      const host = new FakeHost(e31);
      const pane = await renderPane(host);
      await pane.user.click(pane.button("recognize.button"));
      await screen.findByText(pane.t("layout.sheet-per-candidate"));
      const step = await pane.openStep("step.commission");
      expect(within(step).getByText(pane.t("commission.count", { count: 4 }), { exact: false })).toBeTruthy();
      await pane.user.click(within(step).getByRole("button", { name: pane.t("commission.download") }));
      await within(step).findByText(pane.t("commission.ready", { file: "Fiches commission E31.docx" }));
      expect(downloads.names).toEqual(["Fiches commission E31.docx"]);
      const zip = await JSZip.loadAsync(await bytesOf(downloads.blobs[0]!));
      const xml = await zip.file("word/document.xml")!.async("string");
      for (const name of ["MARTIN Alice", "DURAND Bruno", "PETIT Chloé", "ROUX Damien"]) expect(xml).toContain(name);
      expect(xml.match(/Note proposée par Grille/g)).toHaveLength(4);
      expect(xml).toContain("Niveau manquant");
      // Nothing is written into the workbook.
      expect(host.applied).toEqual([]);
    } finally {
      downloads.restore();
    }
  });
});

describe("« Fiches pour la commission » in Word", () => {
  it("inserts each candidate's sheet at the end of the document, on a new page under their name", async () => {
    const sample = demoWordSample("word-e33");
    const host = new DemoWordHost(sample.document, { locale: "fr", cursor: sample.cursor });
    const tablesBefore = host.getState().document.blocks.filter((b): b is TableBlock => b.kind === "table").length;
    const pane = await renderPane(host);
    await pane.user.click(pane.button("recognize.button"));
    await screen.findByText(pane.t("recognize.candidateCount", { count: 1 }));
    const step = await pane.openStep("step.commission");
    await pane.user.click(within(step).getByRole("button", { name: pane.t("commission.insert") }));
    // The candidate's grid (its identity fields, the grid from the level header, the degrees of mastery,
    // the appraisal, the mark, the panel: six tables), then Grille's box.
    await waitFor(() => expect(host.getState().document.blocks.filter((b) => b.kind === "table").length).toBe(tablesBefore + 7));
    const last = host.getState().document.blocks.filter((b): b is TableBlock => b.kind === "table").at(-1)!;
    expect(last.rows[0]!.cells[0]!.text).toBe("Note proposée par Grille");
  });
});
