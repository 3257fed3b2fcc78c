import { isWorkbookName } from "../../src/cli/files";
import { renderTable, displayWidth } from "../../src/cli/format/table";
import { Progress } from "../../src/cli/progress";
import { cliLocale } from "../../src/cli/terminal";
import { Collector } from "./cli-support";

describe("aligned tables", () => {
  it("pads every column to its widest cell, accents counted as one character", () => {
    const lines = renderTable(["Nom", "Note"], [["Élève très long", "15"], ["Zoé", "9,5"]]);
    expect(lines).toEqual(["Nom              Note", "Élève très long  15", "Zoé              9,5"]);
    expect(displayWidth("e\u0301le\u0300ve")).toBe(5);
  });

  it("aligns numbers right when asked, and shortens a column to fit a width", () => {
    expect(renderTable(["Items", "Échelle"], [["3", "N/F/M/E"], ["37", "P1…P6"]], { right: [0] })).toEqual(["Items  Échelle", "    3  N/F/M/E", "   37  P1…P6"]);
    const narrow = renderTable(["Intitulé", "Id"], [["Gestion des relations avec les clients", "agora-e31"]], { maxWidth: 30, shrinkable: [0] });
    expect(narrow[1]).toBe("Gestion des relati…  agora-e31");
    expect(Math.max(...narrow.map(displayWidth))).toBe(30);
  });

  it("paints cells after padding, so colours do not break the alignment", () => {
    const lines = renderTable(["A", "B"], [[{ text: "ok", tone: "ok" }, "x"]], { paint: (t, tone) => (tone ? `<${tone}>${t}</>` : t) });
    expect(lines).toEqual(["<strong>A </>  <strong>B</>", "<ok>ok</>  x"]);
  });
});

describe("which files a folder holds", () => {
  it("takes .xlsx workbooks, not Excel's lock files nor backups", () => {
    expect(["classe.xlsx", "CLASSE.XLSX", "~$classe.xlsx", "classe.xlsx.bak", "classe.bak.xlsx", "classe.xls", "notes.csv"].filter(isWorkbookName)).toEqual(["classe.xlsx", "CLASSE.XLSX"]);
  });
});

describe("language", () => {
  it("is French unless told otherwise", () => {
    expect(cliLocale(undefined, {})).toBe("fr");
    expect(cliLocale(undefined, { LANG: "fr_FR.UTF-8" })).toBe("fr");
    expect(cliLocale(undefined, { LANG: "fr_CA" })).toBe("fr");
    expect(cliLocale(undefined, { LANG: "en_US.UTF-8" })).toBe("en");
    expect(cliLocale(undefined, { LANG: "C.UTF-8" })).toBe("fr");
    expect(cliLocale(undefined, { LC_ALL: "POSIX" })).toBe("fr");
    expect(cliLocale(undefined, { LANG: "en_US.UTF-8", LC_ALL: "fr_BE.UTF-8" })).toBe("fr");
    expect(cliLocale("en", { LANG: "fr_FR.UTF-8" })).toBe("en");
    expect(cliLocale("fr", { LANG: "en_US.UTF-8" })).toBe("fr");
  });
});

describe("progress bar", () => {
  it("redraws one line and erases it when done", () => {
    const stream = new Collector(true, 60);
    const progress = new Progress(stream, 4, true);
    progress.update(0, "a.xlsx");
    progress.update(2, "c.xlsx");
    progress.finish();
    const frames = stream.text.split("\r\u001b[2K").filter((f) => f !== "");
    expect(frames).toEqual(["[░░░░░░░░░░░░░░░░░░░░░░░░] 0/4 a.xlsx", "[████████████░░░░░░░░░░░░] 2/4 c.xlsx"]);
    expect(stream.text.endsWith("\r\u001b[2K")).toBe(true);
  });

  it("draws nothing for one small file, or when not allowed", () => {
    const small = new Collector(true);
    new Progress(small, 1, true).update(0, "a.xlsx", 3);
    expect(small.text).toBe("");
    const denied = new Collector(true);
    new Progress(denied, 5, false).update(0, "a.xlsx");
    expect(denied.text).toBe("");
  });
});
