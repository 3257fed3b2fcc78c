import type { CompiledGrid } from "../../core/model/compile";
import type { FieldValue, PanelOverride, PanelSynthesis } from "../../core/model/evaluation";
import { parseLooseNumber } from "../../core/text/numbers";
import { a1, cellText, isCellError, parseA1, qualified, type CellValue } from "../snapshot/cells";
import type { IndexedCell, SheetIndex } from "../sheet/sheet-index";
import { normalizeText } from "../text/normalize";

/**
 * The CQP « Grille de synthèse des appréciations » (seed 003, page 5): where the chair records the
 * percentage the jury agreed per domain, the one synthesis comment and the signature. Read from any
 * sheet (or Word table) laid out like the official page: the title, « Domaines » over the domains,
 * « L'appréciation de chaque domaine » over the percentages, « Commentaires : », « Signature du
 * président du jury ou du professionnel » with the chair's name beside it, and Grille's optional row of
 * reasons below.
 */

export const SYNTHESIS_TEXT = {
  audience: "Cette grille est destinée\nau président du jury\nou au professionnel",
  identity: ["Date de l'évaluation", "Nom et fonction des membres du jury ou du professionnel", "Nom et prénom du candidat", "Entreprise du candidat"],
  title: "Grille de synthèse des appréciations Jury ou Professionnel CQP Assistant(e) de gestion client",
  domains: "Domaines",
  figures: "L'appréciation de chaque domaine",
  comments: "Commentaires :",
  signature: "Signature du président du jury ou du\nprofessionnel",
  /** Grille's own row, below the official grid. */
  reasons: "Motif du pourcentage retenu (facultatif)",
} as const;

/** Where each part of a synthesis sits on its sheet (A1 addresses, unqualified). */
export interface SynthesisPlace {
  sheet: string;
  candidate: string | null;
  domains: Record<string, { percent: string; reason: string | null }>;
  comment: string;
  chair: string;
}

const TITLE_START = normalizeText("Grille de synthèse des appréciations");
const starts = (cell: IndexedCell, text: string) => cell.text.startsWith(normalizeText(text));

/** Whether a sheet is a synthesis grid: its official title is there. */
export function isSynthesisSheet(index: SheetIndex): boolean {
  return index.withWord("synthese").some((cell) => cell.text.startsWith(TITLE_START));
}

const find = (index: SheetIndex, text: string): IndexedCell | undefined => index.cells.find((cell) => starts(cell, text));

/** The first non-empty cell right of a label on its row, else the cell right of it. */
function rightOf(index: SheetIndex, cell: IndexedCell): string {
  const start = index.rightEdge(cell.row, cell.col) + 1;
  for (let col = start; col < Math.min(index.columns, start + 6); col++) if (index.at(cell.row, col)) return a1(cell.row, col);
  return a1(cell.row, start);
}

/** Binds a synthesis sheet to the grid's domains; null when the domains row is missing. */
export function bindSynthesis(index: SheetIndex, compiled: CompiledGrid): SynthesisPlace | null {
  const scheme = compiled.grid.marking;
  if (scheme?.kind !== "domain-percent") return null;
  const domainsLabel = index.cells.find((cell) => cell.text === normalizeText(SYNTHESIS_TEXT.domains));
  if (!domainsLabel) return null;
  const figuresRow = find(index, SYNTHESIS_TEXT.figures)?.row ?? domainsLabel.row + 1;
  const reasonsRow = find(index, SYNTHESIS_TEXT.reasons)?.row ?? null;
  const domains: SynthesisPlace["domains"] = {};
  for (const group of scheme.groups) {
    const header = index.cells.find((cell) => cell.row === domainsLabel.row && cell.text === normalizeText(group.label));
    if (!header) return null;
    domains[group.id] = { percent: a1(figuresRow, header.col), reason: reasonsRow === null ? null : a1(reasonsRow, header.col) };
  }
  const comments = find(index, SYNTHESIS_TEXT.comments);
  const signature = find(index, "Signature du president du jury");
  const candidateLabel = find(index, SYNTHESIS_TEXT.identity[2]);
  return {
    sheet: index.sheet.name,
    candidate: candidateLabel ? a1(index.bottomEdge(candidateLabel.row, candidateLabel.col) + 1, candidateLabel.col) : null,
    domains,
    comment: comments ? a1(index.bottomEdge(comments.row, comments.col) + 1, comments.col) : a1(figuresRow + 2, domainsLabel.col),
    chair: signature ? rightOf(index, signature) : a1(figuresRow + 4, domainsLabel.col + 1),
  };
}

const textOf = (value: CellValue): string | null => {
  if (value === null || isCellError(value)) return null;
  const text = cellText(value).trim();
  return text === "" || text === "%" ? null : text;
};

/** A percentage as typed: 65, « 65 % », « 65,5 », or 0,65 in a cell formatted as a percentage. */
function percentOf(value: CellValue, format: string | undefined): number | null {
  if (typeof value === "number") return isFractionFormat(format) ? Math.round(value * 10000) / 100 : value;
  const text = textOf(value);
  return text === null ? null : parseLooseNumber(text);
}

/** A real percent format (0%), not a quoted « % » suffix (0" %"), stores fractions. */
const isFractionFormat = (format: string | undefined): boolean => !!format && /%/.test(format.replace(/"[^"]*"|\\./g, ""));

export interface ReadSynthesis {
  candidate: string | null;
  figures: Record<string, PanelOverride>;
  synthesis: PanelSynthesis;
}

/** What a bound synthesis sheet holds, every value pointing back at its cell. */
export function readSynthesis(index: SheetIndex, place: SynthesisPlace): ReadSynthesis {
  const at = (address: string) => qualified(place.sheet, address);
  const value = (address: string): CellValue => {
    const cell = parseA1(address);
    return cell ? index.value(cell.row, cell.col) : null;
  };
  const field = (address: string): FieldValue => ({ value: textOf(value(address)), at: at(address) });
  const figures: Record<string, PanelOverride> = {};
  for (const [group, cells] of Object.entries(place.domains)) {
    const figure: PanelOverride = { percent: percentOf(value(cells.percent), index.format(cells.percent)), reason: cells.reason ? textOf(value(cells.reason)) : null, at: at(cells.percent) };
    if (cells.reason) figure.reasonAt = at(cells.reason);
    figures[group] = figure;
  }
  return {
    candidate: place.candidate ? textOf(value(place.candidate)) : null,
    figures,
    synthesis: { sheet: place.sheet, comment: field(place.comment), chair: field(place.chair) },
  };
}
