import { text, type Text } from "../../core/i18n/locale";
import type { CompiledGrid } from "../../core/model/compile";
import { levelsOf } from "../../core/model/scale";
import { newGridSheet } from "../../recognition/plans/new-grid";
import type { NewSheet, WritePlan } from "../../recognition/plans/plan";
import { nameSafe } from "../../recognition/plans/sheet-builder";
import { applyPlanToSnapshot } from "../../recognition/snapshot/apply-plan";
import { a1, parseA1, parseRangeA1, type CellValue } from "../../recognition/snapshot/cells";
import type { SheetSnapshot, WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import { recognizeWorkbook } from "../../recognition/workbook/recognize";
import { builtInGrid } from "../../referentials";
import { CCF_SAMPLE_TEXT, ccfWorkbook } from "./learn-sample";

/**
 * The demo's sample workbooks, built in code as a teacher would fill them: each grid sheet is a
 * « Nouvelle grille » sheet (`newGridSheet`), then crosses, names, appraisals and panels are typed into
 * the cells its workbook names point at (never at a hard-coded address).
 *
 * The snapshot has no formula engine. A mark cell's formula is replaced by what the teacher left
 * there: nothing (Grille writes the proposed mark) or a typed mark. The other formulas (PFMP coverage,
 * CQP domain means) keep the result Excel would show, computed by Grille's engine, and stay listed as
 * formula cells, which Grille never writes over.
 */

export type DemoSampleId = "e31" | "e33" | "cqp" | "pfmp" | "ccf";

/** What the switcher shows of a sample. */
export interface DemoSampleEntry {
  id: DemoSampleId;
  /** Short, for the switcher: « E31 ». */
  label: Text;
  description: Text;
}

export interface DemoSample extends DemoSampleEntry {
  snapshot: WorkbookSnapshot;
}

const CROSS = "X";

function grid(id: string): CompiledGrid {
  const compiled = builtInGrid(id);
  if (!compiled) throw new Error(`Grille demo: no built-in grid ${id}`);
  return compiled;
}

/** One grid sheet of a sample, filled through its workbook names. */
class FilledSheet {
  constructor(
    private readonly compiled: CompiledGrid,
    readonly source: NewSheet,
    private readonly prefix: string,
    private readonly sheet: SheetSnapshot,
  ) {}

  /** The address a workbook name of this sheet points at (`note` → the mark cell). */
  named(id: string): string {
    const wanted = `${this.prefix}_${nameSafe(id)}`;
    const name = this.source.names.find((n) => n.name === wanted);
    if (!name) throw new Error(`Grille demo: sheet « ${this.source.name} » has no name ${wanted}`);
    return name.address;
  }

  has(id: string): boolean {
    return this.source.names.some((n) => n.name === `${this.prefix}_${nameSafe(id)}`);
  }

  set(address: string, value: CellValue): this {
    const at = parseA1(address);
    if (!at) throw new Error(`Grille demo: bad address ${address}`);
    const cells = this.sheet.cells;
    while (cells.length <= at.row) cells.push([]);
    const row = cells[at.row]!;
    while (row.length <= at.col) row.push(null);
    row[at.col] = value;
    return this;
  }

  field(id: string, value: CellValue): this {
    return this.set(this.named(id), value);
  }

  /** Several fields at once, in the order given (`{ session: "2025", date: "2025-05-20" }`). */
  fields(values: Record<string, CellValue>): this {
    for (const [id, value] of Object.entries(values)) this.field(id, value);
    return this;
  }

  /** A cross in the column of `code` on the item's row (a level, or a period). */
  cross(itemId: string, code: string): this {
    const range = parseRangeA1(this.named(itemId));
    const index = levelsOf(this.compiled.grid.scale).findIndex((l) => l.code === code);
    if (!range || index < 0) throw new Error(`Grille demo: no level ${code} for ${itemId}`);
    return this.set(a1(range.top, range.left + index), CROSS);
  }

  /** A percentage typed in the % cell: Excel keeps 70 % as 0.7. */
  percent(itemId: string, value: number): this {
    return this.set(this.named(itemId), value / 100);
  }

  flag(flag: string): this {
    return this.set(this.named(flag), CROSS);
  }

  /** The panel's members, under its header row (found by its label): name, then role. */
  panel(members: [name: string, role: string][]): this {
    const panel = this.compiled.grid.panel;
    if (!panel) throw new Error(`Grille demo: ${this.compiled.grid.id} has no panel`);
    const top = this.sheet.cells.findIndex((row) => row.includes(panel.label));
    const header = this.sheet.cells[top] ?? [];
    const nameCol = header.indexOf(panel.label);
    const roleCol = header.indexOf(panel.roleLabel ?? "Qualité");
    if (top < 0 || roleCol < 0) throw new Error(`Grille demo: no panel header on « ${this.source.name} »`);
    members.forEach(([name, role], i) => {
      this.set(a1(top + 1 + i, nameCol), name);
      this.set(a1(top + 1 + i, roleCol), role);
    });
    return this;
  }

  /** A cell whose formula's result is computed here, listed as a formula cell. */
  cached(address: string, value: CellValue): this {
    this.set(address, value);
    this.sheet.formulaCells = [...(this.sheet.formulaCells ?? []), address];
    return this;
  }

  /** The formula a cell of the new sheet holds, if any. */
  formula(address: string): string | undefined {
    const value = this.source.cells.find((c) => c.address === address)?.value;
    return value !== null && typeof value === "object" ? value.formula : undefined;
  }
}

/** A workbook of grid sheets, one per entry, then filled by `fill`. */
function workbookOf(compiled: CompiledGrid, sheets: { sheet: string; candidate: string }[]): { snapshot: WorkbookSnapshot; filled: FilledSheet[] } {
  const built = sheets.map((s, i) => {
    const prefix = `grille_s${i + 1}`;
    return { prefix, source: newGridSheet(compiled, { sheetName: s.sheet, candidate: s.candidate, namePrefix: prefix }) };
  });
  const plan: WritePlan = { changes: built.map(({ source }) => ({ kind: "sheet", sheet: source, replaces: false })) };
  const snapshot = applyPlanToSnapshot({ sheets: [], names: [] }, plan);
  const filled = built.map(({ prefix, source }) => new FilledSheet(compiled, source, prefix, snapshot.sheets.find((s) => s.name === source.name)!));
  // No formula engine: the mark cell is left empty until the teacher (or Grille) writes a mark.
  for (const sheet of filled) if (sheet.has("note")) sheet.set(sheet.named("note"), null);
  return { snapshot, filled };
}

// E31 ───────────────────────────────────────────────────────────────────────────────────────────

const E31_PANEL: [string, string][] = [
  ["Mme Claire Girard", "Professeure d’économie-gestion"],
  ["M. Antoine Roux", "Professionnel, cabinet Roux & Associés"],
];

interface E31Candidate {
  name: string;
  registration: string;
  levels: Partial<Record<"1.1" | "1.2" | "1.3", "N" | "F" | "M" | "E">>;
  activities: string;
  pfmp: string;
  typedMark?: number;
}

/** Six candidates: four complete (one with a typed mark of 13 where Grille proposes 15), two incomplete. */
export const E31_CANDIDATES: readonly E31Candidate[] = [
  {
    name: "Léa Martin",
    registration: "02512345601",
    levels: { "1.1": "M", "1.2": "E", "1.3": "M" },
    activities: "Relations fournisseurs gérées avec rigueur ; très bonne maîtrise du PGI.",
    pfmp: "PFMP en cabinet comptable : autonome, appréciée de l’équipe.",
  },
  {
    name: "Yanis Benali",
    registration: "02512345602",
    levels: { "1.1": "F", "1.2": "M", "1.3": "F" },
    activities: "Applique les procédures ; doit gagner en autonomie sur les relances clients.",
    pfmp: "PFMP dans une agence immobilière : sérieux et ponctuel.",
  },
  {
    name: "Chloé Dubois",
    registration: "02512345603",
    levels: { "1.1": "M", "1.2": "M", "1.3": "M" },
    activities: "Travail fiable et bien présenté ; gère seule les aléas courants.",
    pfmp: "PFMP au service achats d’une PME : bonne intégration.",
    typedMark: 13,
  },
  {
    name: "Lucas Fernandes",
    registration: "02512345604",
    levels: { "1.1": "F", "1.2": "F" },
    activities: "Activités 1.1 et 1.2 réalisées ; la 1.3 reste à évaluer.",
    pfmp: "PFMP en mairie : accueil et courrier, bon relationnel.",
  },
  {
    name: "Inès Moreau",
    registration: "02512345605",
    levels: { "1.1": "E", "1.2": "E", "1.3": "M" },
    activities: "Excellente organisation ; propose des améliorations du suivi des commandes.",
    pfmp: "",
  },
  {
    name: "Mathis Lefèvre",
    registration: "02512345606",
    levels: { "1.1": "N", "1.2": "F", "1.3": "F" },
    activities: "Difficultés à s’organiser ; a besoin d’être guidé sur le PGI.",
    pfmp: "PFMP chez un grossiste : des progrès en fin de période.",
  },
];

function e31Workbook(): WorkbookSnapshot {
  const compiled = grid("agora-e31");
  const { snapshot, filled } = workbookOf(compiled, E31_CANDIDATES.map((c) => ({ sheet: c.name, candidate: c.name })));
  E31_CANDIDATES.forEach((candidate, i) => {
    const sheet = filled[i]!
      .fields({
        session: "2025",
        date: "2025-05-20",
        establishment: "Lycée professionnel Jean-Moulin, Angers",
        registration: candidate.registration,
        "appraisal-activities": candidate.activities,
        "appraisal-pfmp": candidate.pfmp === "" ? null : candidate.pfmp,
      })
      .panel(E31_PANEL);
    for (const [item, code] of Object.entries(candidate.levels)) sheet.cross(item, code);
    if (candidate.typedMark !== undefined) sheet.field("note", candidate.typedMark);
  });
  return snapshot;
}

// E33 ───────────────────────────────────────────────────────────────────────────────────────────

const E33_PANEL: [string, string][] = [
  ["Mme Nadia Lambert", "Professeure d’économie-gestion"],
  ["M. Julien Marchand", "Responsable de magasin"],
];

interface E33Candidate {
  name: string;
  registration: string;
  profiles: [string, string, string, string] | null;
  appraisal: string;
  noDigitalPresentation?: boolean;
}

/** Three candidates; the third came without a digital presentation: mark 0. */
export const E33_CANDIDATES: readonly E33Candidate[] = [
  {
    name: "Emma Laurent",
    registration: "03398765401",
    profiles: ["3", "4", "3", "3"],
    appraisal: "Présentation claire de l’animation commerciale menée en PFMP ; analyse des résultats pertinente.",
  },
  {
    name: "Nathan Girard",
    registration: "03398765402",
    profiles: ["2", "3", "2", "2"],
    appraisal: "Les actions sont décrites mais peu analysées ; l’expression orale reste à travailler.",
  },
  {
    name: "Camille Petit",
    registration: "03398765403",
    profiles: null,
    appraisal: "Aucune présentation numérique le jour de l’interrogation : la candidate n’a pas pu être interrogée.",
    noDigitalPresentation: true,
  },
];

function e33Workbook(): WorkbookSnapshot {
  const compiled = grid("mcv-e33");
  const { snapshot, filled } = workbookOf(compiled, E33_CANDIDATES.map((c) => ({ sheet: c.name, candidate: c.name })));
  E33_CANDIDATES.forEach((candidate, i) => {
    const sheet = filled[i]!
      .fields({
        session: "2025",
      "exam-centre": "Lycée professionnel Victor-Hugo, Poitiers",
        date: "2025-05-27",
        registration: candidate.registration,
        appraisal: candidate.appraisal,
      })
      .panel(E33_PANEL);
    candidate.profiles?.forEach((profile, k) => sheet.cross(compiled.grid.items[k]!.id, profile));
    if (candidate.noDigitalPresentation) sheet.flag("noDigitalPresentation");
  });
  return snapshot;
}

// CQP ───────────────────────────────────────────────────────────────────────────────────────────

export const CQP_CANDIDATE = "Sarah Benmansour";

interface CqpAssessor {
  sheet: string;
  name: string;
  /** Per observation, in the grid's order; null: not filled in. */
  percents: (number | null)[];
  comments: string;
}

/** Three assessors rating the same candidate; the third left observation 5 empty. */
export const CQP_ASSESSORS: readonly CqpAssessor[] = [
  {
    sheet: "Jury 1 – Mme Caron",
    name: "Mme Sophie Caron, tutrice en entreprise",
    percents: [70, 100, 70, 50, 70, 100, 70],
    comments: "Très à l’aise au téléphone ; connaissance des offres à approfondir.",
  },
  {
    sheet: "Jury 2 – M. Haddad",
    name: "M. Karim Haddad, formateur",
    percents: [70, 70, 50, 70, 70, 70, 100],
    comments: "Argumentation structurée ; bonne organisation du poste.",
  },
  {
    sheet: "Jury 3 – Mme Perrin",
    name: "Mme Julie Perrin, professionnelle du secteur",
    percents: [100, 70, 70, 50, null, 70, 70],
    comments: "",
  },
];

function cqpWorkbook(): WorkbookSnapshot {
  const compiled = grid("cqp-agc");
  const { snapshot, filled } = workbookOf(compiled, CQP_ASSESSORS.map((a) => ({ sheet: a.sheet, candidate: CQP_CANDIDATE })));
  CQP_ASSESSORS.forEach((assessor, i) => {
    const sheet = filled[i]!.fields({ date: "2025-06-12", assessor: assessor.name, company: "Assurances du Val de Loire" });
    if (assessor.comments !== "") sheet.field("comments", assessor.comments);
    assessor.percents.forEach((percent, k) => {
      if (percent !== null) sheet.percent(compiled.grid.items[k]!.id, percent);
    });
  });
  // The domain means as Excel computes them: each assessor's figure per domain.
  const report = recognizeWorkbook(snapshot, { forcedGrid: compiled });
  const result = report.candidates[0]?.assessment.result;
  const groups = compiled.grid.marking?.kind === "domain-percent" ? compiled.grid.marking.groups : [];
  filled.forEach((sheet, i) => {
    for (const group of groups) {
      if (!sheet.has(`domaine_${group.id}`)) continue;
      const percent = result?.kind === "domains" ? result.assessors[i]?.groups.find((g) => g.groupId === group.id)?.percent : null;
      sheet.cached(sheet.named(`domaine_${group.id}`), percent === null || percent === undefined ? "" : percent / 100);
    }
  });
  return snapshot;
}

// PFMP ──────────────────────────────────────────────────────────────────────────────────────────

interface PfmpStudent {
  name: string;
  /** Periods already done (P1…). */
  periods: number;
  /** Competencies never practised. */
  gaps: string[];
}

/** Three students: one covers everything, two have competencies never practised. */
export const PFMP_STUDENTS: readonly PfmpStudent[] = [
  { name: "Jade Rousseau", periods: 6, gaps: [] },
  { name: "Adam Nguyen", periods: 6, gaps: ["2.2.6", "3.3.4"] },
  { name: "Manon Garnier", periods: 4, gaps: ["2.1.5", "3.2.4", "3.2.5"] },
];

function pfmpWorkbook(): WorkbookSnapshot {
  const compiled = grid("agora-pfmp");
  const periods = levelsOf(compiled.grid.scale).map((l) => l.code);
  const { snapshot, filled } = workbookOf(compiled, PFMP_STUDENTS.map((s) => ({ sheet: s.name, candidate: s.name })));
  PFMP_STUDENTS.forEach((student, s) => {
    const sheet = filled[s]!;
    compiled.grid.items.forEach((item, i) => {
      if (student.gaps.includes(item.id)) return;
      // A fixed pattern that looks like a real record: one to three periods per competency.
      const done = periods.slice(0, student.periods).filter((_, p) => (i * 7 + p * 3 + s * 5) % 4 === 0 || (i + p + s) % 5 === 0);
      for (const code of done.length > 0 ? done : [periods[(i + s) % student.periods]!]) sheet.cross(item.id, code);
    });
  });
  // The coverage as Excel computes it: the count, then the ratio (named `couverture`).
  const report = recognizeWorkbook(snapshot, { forcedGrid: compiled });
  filled.forEach((sheet) => {
    const result = report.candidates.find((c) => c.sheet === sheet.source.name)?.assessment.result;
    if (result?.kind !== "coverage" || !sheet.has("couverture")) return;
    const ratio = sheet.named("couverture");
    const count = /^=?\$?([A-Z]+)\$?(\d+)\//.exec(sheet.formula(ratio) ?? "");
    if (count) sheet.cached(`${count[1]}${count[2]}`, result.practised);
    sheet.cached(ratio, result.ratio);
  });
  return snapshot;
}

/** Each sample's words (known at once, for the switcher) and how its workbook is built (only when opened). */
const SAMPLES: Record<DemoSampleId, { label: Text; description: Text; build: () => WorkbookSnapshot }> = {
  e31: {
    label: text("E31", "E31"),
    description: text(
      "Bac pro AGOrA, sous-épreuve E31 en CCF : une classe de 6 candidats, une feuille chacun. Deux grilles sont incomplètes, une note saisie (13) diffère de la note proposée (15), les autres notes restent à écrire.",
      "Bac pro AGOrA, sub-test E31: a class of 6 candidates, one sheet each. Two grids are incomplete, one typed mark (13) differs from the proposed one (15), the other marks are still to be written.",
    ),
    build: e31Workbook,
  },
  e33: {
    label: text("E33", "E33"),
    description: text(
      "Bac pro MCV, épreuve E33 : 3 candidats ; l’une n’avait pas de présentation numérique (note 0).",
      "Bac pro MCV, test E33: 3 candidates; one came without a digital presentation (mark 0).",
    ),
    build: e33Workbook,
  },
  cqp: {
    label: text("CQP", "CQP"),
    description: text(
      "CQP Assistant(e) de gestion client : une candidate évaluée par 3 membres du jury (une feuille chacun) ; une observation n’est pas renseignée.",
      "CQP customer management assistant: one candidate rated by 3 panel members (one sheet each); one observation is not filled in.",
    ),
    build: cqpWorkbook,
  },
  pfmp: {
    label: text("PFMP", "PFMP"),
    description: text(
      "Bac pro AGOrA, suivi des PFMP : 3 élèves, les compétences cochées période par période ; deux élèves ont des compétences jamais mises en œuvre.",
      "Bac pro AGOrA, placement tracking: 3 students, competencies ticked period by period; two students have competencies never practised.",
    ),
    build: pfmpWorkbook,
  },
  ccf: { ...CCF_SAMPLE_TEXT, build: ccfWorkbook },
};

/** The samples in the switcher's order, without their workbooks: the page's first screen builds only the one it shows. */
export function demoSampleEntries(): DemoSampleEntry[] {
  return (Object.keys(SAMPLES) as DemoSampleId[]).map((id) => ({ id, label: SAMPLES[id].label, description: SAMPLES[id].description }));
}

const built = new Map<DemoSampleId, DemoSample>();

/** One sample, built the first time it is asked for (the demo host copies a snapshot before changing anything). */
export function demoSample(id: DemoSampleId): DemoSample {
  let sample = built.get(id);
  if (!sample) {
    const { label, description, build } = SAMPLES[id];
    sample = { id, label, description, snapshot: build() };
    built.set(id, sample);
  }
  return sample;
}

/** Every sample, built. */
export function demoSamples(): readonly DemoSample[] {
  return demoSampleEntries().map((entry) => demoSample(entry.id));
}
