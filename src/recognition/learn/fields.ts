import type { Field, Panel, Rounding } from "../../core/model/grid";
import { a1, cellText, type CellRange } from "../snapshot/cells";
import type { IndexedCell, SheetIndex } from "../sheet/sheet-index";

/** The form around the grid as learned: fields, appraisal boxes, the panel, the mark cell. */
export interface LearnedForm {
  fields: (Field & { at: string; row: number; col: number })[];
  panel: (Panel & { row: number; col: number }) | null;
  /** The mark's maximum and rounding when the sheet prints them (« Note sur 20 (arrondie au ½ point supérieur) »). */
  markMax: number | null;
  rounding: Rounding | null;
  /** The mark cell holds a formula: its text, when the host read it. */
  markFormula: { address: string; formula: string | null } | null;
}

const NAME = /\b(?:nom|prenom|candidate?s?|eleves?|etudiante?s?|apprentie?|stagiaire|apprenant)\b/;
const NOT_NAME = /\b(?:membres?|commission|jury|entreprise|tuteur|formateur|professeur|examinateur|evaluateur|etablissement|cours|ecole)\b/;
const OTHER_IDENTITY = /^(?:numero|n°|no\b|num\b|etablissement|session|classe|sujet|centre|entreprise|code|groupe|formateur|tuteur|specialite|lieu|matricule|academie|diplome|option|epreuve|intitule|division|promotion|annee)/;
const DATE = /^date\b/;
const APPRAISAL = /^(?:appreciations?|observations?|commentaires?|avis|remarques?)\b/;
const PANEL = /(?:membres? de la commission|^commission d|composition de la commission|^jury\b|membres? du jury|^examinateurs?\b|^evaluateurs?\b|^signatures? des? (?:examinateurs|evaluateurs|membres))/;
const MARK = /^(?:note|total|resultat|note finale|note globale|note proposee|points? obtenus)\b/;
const MAX = /(?:\/|\bsur)\s*(\d{1,3})\b/;

const slug = (text: string): string =>
  text
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 30) || "champ";

function roundingOf(text: string): Rounding | null {
  if (/(?:½|1\/2|demi)[- ]?point superieur|arrondie? (?:au|a la) (?:½|demi).*superieur/.test(text)) return "up-half";
  if (/(?:½|1\/2|demi)[- ]?point/.test(text) && /arrondi/.test(text)) return "nearest-half";
  if (/arrondie? au dixieme/.test(text)) return "nearest-tenth";
  if (/arrondie? au centieme/.test(text)) return "nearest-hundredth";
  return null;
}

/** A cell right of `cell` in its row, within a few columns. */
function rightOf(index: SheetIndex, cell: IndexedCell, span = 6): IndexedCell[] {
  const out: IndexedCell[] = [];
  for (let c = index.rightEdge(cell.row, cell.col) + 1; c < Math.min(index.columns, cell.col + span); c++) {
    const other = index.at(cell.row, c);
    if (other) out.push(other);
  }
  return out;
}

const inside = (areas: readonly CellRange[], cell: IndexedCell) => areas.some((a) => cell.row >= a.top && cell.row <= a.bottom && cell.col >= a.left && cell.col <= a.right);

/**
 * The fields a teacher fills around the grid, found by their labels outside the grid's body (`body`
 * areas are the header, the items and the level cells).
 */
export function learnForm(index: SheetIndex, body: readonly CellRange[]): LearnedForm {
  const fields: LearnedForm["fields"] = [];
  let panel: LearnedForm["panel"] = null;
  let markMax: number | null = null;
  let rounding: Rounding | null = null;
  let markFormula: LearnedForm["markFormula"] = null;
  const ids = new Set<string>();
  const add = (field: Omit<Field, "aliases"> & { aliases?: string[] }, cell: IndexedCell) => {
    let id = field.id;
    for (let n = 2; ids.has(id); n++) id = `${field.id}-${n}`;
    ids.add(id);
    fields.push({ aliases: [], ...field, id, at: `${cell.row}:${cell.col}`, row: cell.row, col: cell.col });
  };
  const formulaCells = new Set(index.sheet.formulaCells ?? []);
  let markCandidate: { cell: IndexedCell; score: number; label: string } | null = null;
  for (const cell of index.cells) {
    if (typeof cell.value !== "string" || inside(body, cell)) continue;
    const raw = cell.value.trim();
    const label = raw.replace(/\s*:\s*$/, "").split(/\r?\n/)[0]!.trim();
    const head = cell.head;
    rounding ??= roundingOf(cell.text);
    if (head.length > 90 || label === "") continue;
    if (MARK.test(head) || /^\/\s*20$/.test(head)) {
      if (/^\/\s*\d+$/.test(head)) continue;
      const neighbours = rightOf(index, cell);
      const max = MAX.exec(head) ?? neighbours.map((n) => MAX.exec(n.text)).find((m) => m !== null) ?? null;
      const valueCell = neighbours.find((n) => !/^\/\s*\d+$/.test(n.text));
      const formulaAt = [cell, ...neighbours].map((n) => a1(n.row, n.col)).find((a) => formulaCells.has(a)) ?? null;
      const score = (formulaAt ? 4 : 0) + (max ? 2 : 0) + (valueCell && typeof valueCell.value === "number" ? 1 : 0) + (/^note\b/.test(head) ? 1 : 0);
      if (!markCandidate || score > markCandidate.score) {
        markCandidate = { cell, score, label };
        markMax = max ? Number(max[1]) : null;
        markFormula = formulaAt ? { address: formulaAt, formula: index.sheet.formulas?.[formulaAt] ?? null } : null;
      }
      continue;
    }
    if (PANEL.test(head)) {
      if (panel) continue;
      const role = rightOf(index, cell, 4).find((n) => /^(?:qualite|fonction|role|statut)\b/.test(n.text));
      panel = { label, aliases: [], required: true, roleRequired: role !== undefined, composition: [], row: cell.row, col: cell.col, ...(role ? { roleLabel: cellText(role.value).trim() } : {}) };
      continue;
    }
    if (APPRAISAL.test(head)) {
      add({ id: "appraisal", kind: "appraisal", label, required: /obligatoire/.test(cell.text) }, cell);
      continue;
    }
    if (DATE.test(head) && head.length <= 40) {
      add({ id: "date", kind: "date", label, required: false }, cell);
      continue;
    }
    if (NAME.test(head) && !NOT_NAME.test(head) && head.length <= 60 && !fields.some((f) => f.id === "candidate")) {
      add({ id: "candidate", kind: "identity", label, required: true }, cell);
      continue;
    }
    if (OTHER_IDENTITY.test(head) && head.length <= 50 && (raw.includes(":") || rightOf(index, cell, 3).length > 0 || /^(?:numero|n°|etablissement|session|classe|sujet)/.test(head))) {
      add({ id: slug(head), kind: "identity", label, required: false }, cell);
    }
  }
  const mark = markCandidate as { cell: IndexedCell; score: number; label: string } | null;
  if (mark) add({ id: "mark", kind: "mark", label: mark.label, required: true }, mark.cell);
  return { fields, panel, markMax, rounding, markFormula };
}
