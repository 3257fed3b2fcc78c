import { aWorkbook, cqpAssessorSheet, e33Sheet, pfmpSheet, rowPerCandidateSheet } from "../support/workbook-builder";
import { grille, jsonOf, tempDir } from "./cli-support";

const dir = tempDir("layouts");

type Candidate = Record<string, unknown> & { findings: { code: string; severity: string }[] };
const candidatesOf = async (file: string, args: string[] = []): Promise<{ file: Record<string, unknown>; candidates: Candidate[]; code: number }> => {
  const out = await grille(["check", dir.path(file), "--json", ...args]);
  const doc = jsonOf(out);
  const first = doc.files[0]!;
  return { file: first, candidates: first.candidates as Candidate[], code: out.code };
};

describe("grille check --json on the other official layouts", () => {
  it("CQP: the assessors' sheets make one candidate with the panel's domains and each assessor's figures", async () => {
    await aWorkbook()
      .sheet("Jury 1", (s) => cqpAssessorSheet(s, { assessor: "Mme LEROY, formatrice", candidate: "DUBOIS Emma", percents: { "obs-1": 70, "obs-2": 50, "obs-3": 100, "obs-4": 70, "obs-5": 30, "obs-6": 70, "obs-7": 50 } }))
      .sheet("Jury 2", (s) => cqpAssessorSheet(s, { assessor: "M. FABRE, tuteur", candidate: "DUBOIS Emma", percents: { "obs-1": 50, "obs-2": 50, "obs-3": 70, "obs-4": 70, "obs-5": 50, "obs-6": 70, "obs-7": 70 } }))
      .toFile(dir.path("cqp.xlsx"));
    const { file, candidates } = await candidatesOf("cqp.xlsx");
    expect(file.grid).toBe("cqp-agc");
    expect(file.layout).toBe("assessor-sheets");
    expect(candidates).toHaveLength(1);
    const [emma] = candidates;
    expect(emma).toMatchObject({ name: "DUBOIS Emma", row: null, sheets: ["Jury 1", "Jury 2"], mark: null });
    const panel = emma!.panel as { domains: { domain: string; percent: number | null }[]; assessors: { name: string; domains: { domain: string; percent: number | null }[] }[]; trace: string[] };
    expect(panel.domains.map((d) => d.domain)).toEqual(["relation-client", "produits", "outil"]);
    for (const domain of panel.domains) expect(typeof domain.percent).toBe("number");
    expect(panel.assessors.map((a) => a.name)).toEqual(["Mme LEROY, formatrice", "M. FABRE, tuteur"]);
    expect(panel.assessors[0]!.domains.map((d) => d.domain)).toEqual(["relation-client", "produits", "outil"]);
    expect(panel.trace.length).toBeGreaterThan(0);
    // No « Grille de synthèse » in the file yet; both members' grids complete: the figures are final means.
    expect(emma!.panel).toMatchObject({ synthesis: null, provisional: false });
    expect(emma!.coverage).toBeUndefined();
  });

  describe("PFMP", () => {
    beforeAll(async () => {
      await aWorkbook()
        .sheet("Suivi", (s) => pfmpSheet(s, { name: "MARTIN Alice", ticks: { "1.1.1": ["P1"], "1.1.2": ["P1", "P3"] } }))
        .toFile(dir.path("pfmp.xlsx"));
    });

    it("coverage: the periods of each competency and the missing ones (blocking)", async () => {
      const { file, candidates, code } = await candidatesOf("pfmp.xlsx");
      expect(code).toBe(1);
      expect(file.grid).toBe("agora-pfmp");
      const [alice] = candidates;
      expect(alice!.mark).toBeNull();
      expect(alice!.status).toBe("incomplete");
      expect(alice!.panel).toBeUndefined();
      const coverage = alice!.coverage as { practised: number; total: number; ratio: number; missing: string[]; periods: Record<string, string[]> };
      expect(coverage.total).toBe(37);
      expect(coverage.ratio).toBeCloseTo(coverage.practised / 37);
      expect(coverage.periods["1.1.1"]).toEqual(["P1"]);
      expect(coverage.periods["1.1.2"]).toEqual(["P1", "P3"]);
      expect(coverage.periods["1.1.3"]).toEqual([]);
      expect(coverage.missing).toContain("1.1.3");
      expect(coverage.missing).not.toContain("1.1.1");
      const gaps = alice!.findings.filter((f) => f.code === "coverage-gap");
      expect(gaps).toHaveLength(coverage.missing.length);
      expect(gaps.every((f) => f.severity === "blocking")).toBe(true);
    });

    // The last competency of a pôle must not read the next pôle's repeated « P1 | … | P6 » header as ticks.
    it("never reports as practised a competency nobody ticked (the last one of each pôle)", async () => {
      const { candidates } = await candidatesOf("pfmp.xlsx");
      const coverage = candidates[0]!.coverage as { practised: number; periods: Record<string, string[]> };
      expect(coverage.periods["1.3.4"]).toEqual([]);
      expect(coverage.periods["2.3.2"]).toEqual([]);
      expect(coverage.practised).toBe(2);
    });
  });

  it("a tableau de suivi: one candidate per row, with its row number", async () => {
    await aWorkbook()
      .sheet("Suivi E31", (s) =>
        rowPerCandidateSheet(s, {
          gridId: "agora-e31",
          rows: [
            { name: "MARTIN Alice", levels: { "1.1": "M", "1.2": "F", "1.3": "E" } },
            { name: "DURAND Bob", levels: { "1.1": "M", "1.2": null, "1.3": "E" } },
          ],
        }),
      )
      .toFile(dir.path("suivi.xlsx"));
    const { file, candidates } = await candidatesOf("suivi.xlsx");
    expect(file.layout).toBe("row-per-candidate");
    expect(candidates.map((c) => [c.sheet, c.row, c.name, c.status])).toEqual([
      ["Suivi E31", 2, "MARTIN Alice", "complete"],
      ["Suivi E31", 3, "DURAND Bob", "incomplete"],
    ]);
    expect((candidates[0]!.mark as { value: number }).value).toBe(15);
    const out = await grille(["check", dir.path("suivi.xlsx")]);
    expect(out.stdout).toMatch(/Candidat\s+Feuille\s+Ligne\s+Statut/);
    expect(out.stdout).toMatch(/DURAND Bob\s+Suivi E31\s+3\s+incomplète/);
    expect(out.stdout).toContain("DURAND Bob (Suivi E31, ligne 3) : incomplète");
  });

  it("MCV E33: profiles and the mark /20", async () => {
    await aWorkbook()
      .sheet("Léa", (s) => e33Sheet(s, { name: "DUPONT Léa" }))
      .toFile(dir.path("e33.xlsx"));
    const { file, candidates } = await candidatesOf("e33.xlsx");
    expect(file.grid).toBe("mcv-e33");
    expect(candidates[0]).toMatchObject({ name: "DUPONT Léa", status: "complete", mark: { max: 20 } });
  });
});
