import { text } from "../../core/i18n/locale";
import { a1, type CellValue } from "../../recognition/snapshot/cells";
import type { SheetSnapshot, WorkbookSnapshot } from "../../recognition/snapshot/workbook";

/**
 * A grid Grille does not know, as a teaching team makes one: the CCF grid of a CAP épreuve on a « ± »
 * scale (-- - + ++), crosses per criterion, and the mark the team's own formula computes in each sheet
 * (each level worth 0 to 3 points, total out of 18 brought to 20, rounded to the hundredth). The demo
 * learns it in the pane; the tests learn it from the CLI. Invented for the demo: not an official text.
 */

export const CCF_LEVELS = ["--", "-", "+", "++"] as const;
/** The team's own points per level, which its mark formula uses. */
export const CCF_POINTS: Readonly<Record<(typeof CCF_LEVELS)[number], number>> = { "--": 0, "-": 1, "+": 2, "++": 3 };

export const CCF_SECTIONS: readonly { code: string; label: string; criteria: readonly { code: string; label: string }[] }[] = [
  {
    code: "C1",
    label: "Recevoir et suivre les commandes",
    criteria: [
      { code: "C1.1", label: "Contrôler la livraison et signaler les anomalies" },
      { code: "C1.2", label: "Ranger les produits en réserve en respectant les règles d'hygiène et de sécurité" },
      { code: "C1.3", label: "Assurer le réapprovisionnement du rayon" },
    ],
  },
  {
    code: "C2",
    label: "Mettre en valeur et approvisionner",
    criteria: [
      { code: "C2.1", label: "Respecter le plan d'implantation (planogramme)" },
      { code: "C2.2", label: "Mettre en place l'étiquetage et la signalétique" },
      { code: "C2.3", label: "Maintenir le rayon propre, rangé et attractif" },
    ],
  },
];

export interface CcfCandidate {
  name: string;
  /** One level per criterion, in the grid's order. */
  levels: readonly (typeof CCF_LEVELS)[number][];
  appraisal: string;
}

export const CCF_CANDIDATES: readonly CcfCandidate[] = [
  { name: "Léa Martin", levels: ["++", "+", "+", "++", "+", "++"], appraisal: "Travail soigné et autonome ; planogramme parfaitement respecté." },
  { name: "Hugo Bernard", levels: ["-", "+", "-", "+", "-", "+"], appraisal: "Des oublis au contrôle de la livraison ; étiquetage à reprendre." },
  { name: "Inès Petit", levels: ["+", "++", "++", "+", "+", "+"], appraisal: "Bonne organisation en réserve, rayon bien tenu." },
  { name: "Tom Moreau", levels: ["--", "-", "+", "-", "-", "--"], appraisal: "Manque de rigueur : anomalies de livraison non signalées." },
];

const CRITERIA = CCF_SECTIONS.flatMap((s) => s.criteria);
const MAX_POINTS = CRITERIA.length * 3;

/** The team's mark: the points of the levels, out of 18, brought to 20 and rounded to the hundredth. */
export function ccfTeamMark(levels: CcfCandidate["levels"]): number {
  const points = levels.reduce((sum, level) => sum + CCF_POINTS[level], 0);
  return Math.round((points / MAX_POINTS) * 20 * 100) / 100;
}

/** The team's formula: the crosses of each level column counted, times the level's points, out of 18, on 20. */
function ccfMarkFormula(): string {
  const first = CCF_ROWS.header + 2;
  const last = CCF_ROWS.header + 1 + CRITERIA.length + CCF_SECTIONS.length;
  const terms = CCF_LEVELS.map((level, i) => ({ column: String.fromCharCode(66 + i), points: CCF_POINTS[level] }))
    .filter((t) => t.points > 0)
    .map((t) => `COUNTIF(${t.column}${first}:${t.column}${last},"X")*${t.points}`);
  return `ROUND((${terms.join("+")})/${MAX_POINTS}*20,2)`;
}

/** Where the parts of the grid are, 0-based rows: the tests point at them. */
const LAST_ITEM_ROW = 6 + CRITERIA.length + CCF_SECTIONS.length;
/** The appraisal is a box under its label, across the grid; the mark cell sits right of the grid, after « Note sur 20 : ». */
export const CCF_ROWS = { name: 3, date: 4, header: 6, appraisal: LAST_ITEM_ROW + 3, mark: LAST_ITEM_ROW + 5 } as const;
export const CCF_MARK_COLUMN = 5;

/** One sheet of the grid: blank (`candidate` absent) or filled in by the teacher. */
export function ccfSheet(name: string, candidate?: CcfCandidate): SheetSnapshot {
  const rows: CellValue[][] = [
    ["CAP Équipier polyvalent du commerce"],
    ["EP2 – Mise en valeur et approvisionnement — Grille d'évaluation en CCF"],
    [],
    ["Nom et prénom du candidat :", candidate?.name ?? null],
    ["Date de l'évaluation :", candidate ? "2026-03-12" : null],
    [],
    ["Compétences et critères d'évaluation", ...CCF_LEVELS],
  ];
  let criterion = 0;
  for (const section of CCF_SECTIONS) {
    rows.push([`${section.code} ${section.label}`]);
    for (const c of section.criteria) {
      const level = candidate?.levels[criterion++];
      rows.push([`${c.code} ${c.label}`, ...CCF_LEVELS.map((l) => (l === level ? "X" : null))]);
    }
  }
  rows.push([]);
  rows.push(["Appréciation globale :"]);
  rows.push([candidate?.appraisal ?? null]);
  rows.push([]);
  rows.push(["Note sur 20 :", null, null, null, null, candidate ? ccfTeamMark(candidate.levels) : null, "/ 20"]);
  rows.push([]);
  rows.push(["Membres de la commission d'évaluation", "Qualité", "Signature"]);
  rows.push(candidate ? ["Mme Durand", "Professeure de vente", null] : []);
  rows.push(candidate ? ["M. Lefèvre", "Professionnel associé", null] : []);
  const sectionRows = CCF_SECTIONS.map((_, i) => CCF_ROWS.header + 1 + CCF_SECTIONS.slice(0, i).reduce((n, s) => n + s.criteria.length + 1, 0));
  return {
    name,
    cells: rows,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 1, left: 0, bottom: 1, right: 4 },
      ...sectionRows.map((row) => ({ top: row, left: 0, bottom: row, right: 4 })),
      { top: CCF_ROWS.appraisal, left: 0, bottom: CCF_ROWS.appraisal, right: 4 },
      { top: CCF_ROWS.mark, left: 0, bottom: CCF_ROWS.mark, right: 4 },
    ],
    hiddenRows: [],
    hiddenColumns: [],
    protected: false,
    // The mark is the team's formula: Grille reads its result and never writes over it.
    formulaCells: candidate ? [a1(CCF_ROWS.mark, CCF_MARK_COLUMN)] : [],
    ...(candidate && { formulas: { [a1(CCF_ROWS.mark, CCF_MARK_COLUMN)]: ccfMarkFormula() } }),
  };
}

/** The class workbook: the blank grid first, then one sheet per candidate. */
export function ccfWorkbook(): WorkbookSnapshot {
  return { sheets: [ccfSheet("Grille vierge"), ...CCF_CANDIDATES.map((c) => ccfSheet(c.name, c))], names: [] };
}

export const CCF_SAMPLE_TEXT = {
  label: text("CAP (grille inconnue)", "CAP (unknown grid)"),
  description: text(
    "CAP Équipier polyvalent du commerce, EP2 : la grille de l'équipe, que Grille ne connaît pas (échelle -- - + ++, note calculée par le classeur). 4 candidats et la grille vierge : « Créer une grille à partir de cette feuille ».",
    "CAP Équipier polyvalent du commerce, EP2: the team's own grid, which Grille does not know (scale -- - + ++, mark computed by the workbook). 4 candidates and the blank grid: « Créer une grille à partir de cette feuille ».",
  ),
};
