/**
 * Learning a grid Grille does not know: from a sheet, a row-per-candidate table or a Word document,
 * propose a grid file (the built-in grids' schema) with notes saying what was inferred and how sure it
 * is, and check the proposal against the totals the file itself holds. Pure: no Node, DOM or Office;
 * it reads the snapshot and never changes it.
 */
import { GridFileSchema } from "../../core/model/grid";
import { validateGridFile } from "../../core/model/validate";
import type { DocumentSnapshot } from "../document/snapshot";
import { documentToSheet } from "../document/to-sheet";
import { SheetIndex } from "../sheet/sheet-index";
import type { WorkbookSnapshot } from "../snapshot/workbook";
import type { Draft } from "./draft";
import { fitMarking } from "./marking";
import { note, type LearnNote, type LearnOptions, type LearnResult } from "./result";
import { learnPointsSheet } from "./points";
import { learnSheet } from "./sheet";
import { learnTable } from "./table";

export type { LearnConfidence, LearnPart, LearnNote, Reproduction, LearnResult, LearnOptions } from "./result";

/** Grille's own storage sheet is never a grid. */
const STORAGE_SHEET = "_grille";

const nothing = (notes: LearnNote[]): LearnResult => ({ kind: "nothing", notes });

const NOTHING_GRID_LIKE = note(
  "layout",
  "high",
  "Rien qui ressemble à une grille : aucune ligne d'en-tête de niveaux (N F M E, A B C D, Insuffisant … Très bien, 1 2 3 4…) au-dessus d'items, ni de tableau d'une ligne par candidat",
  "Nothing grid-like: no level header row (N F M E, A B C D, Insuffisant … Très bien, 1 2 3 4…) above items, and no table of one row per candidate",
);

function drafts(workbook: WorkbookSnapshot, options: LearnOptions): Draft[] {
  const out: Draft[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.name === STORAGE_SHEET || (options.sheet !== undefined && sheet.name !== options.sheet)) continue;
    const index = new SheetIndex(sheet);
    for (const draft of [learnSheet(workbook, index), learnPointsSheet(workbook, index), learnTable(workbook, index)]) {
      if (draft) out.push(sheet.hidden ? { ...draft, score: draft.score / 2 } : draft);
    }
  }
  return out;
}

/** Proposes a grid learned from a workbook (its most grid-like sheet, or `options.sheet`). Never throws, never writes. */
export function learnGrid(workbook: WorkbookSnapshot, options: LearnOptions = {}): LearnResult {
  try {
    if (options.sheet !== undefined && !workbook.sheets.some((s) => s.name === options.sheet)) {
      return nothing([note("layout", "high", `Feuille introuvable : « ${options.sheet} »`, `No such sheet: "${options.sheet}"`)]);
    }
    const found = drafts(workbook, options);
    if (found.length === 0) return nothing([NOTHING_GRID_LIKE]);
    const best = found.reduce((a, b) => (b.score > a.score ? b : a));
    const fitted = fitMarking(workbook, best);
    const parsed = GridFileSchema.safeParse(fitted.file);
    const problems = parsed.success ? validateGridFile(parsed.data) : [];
    if (!parsed.success || problems.length > 0) {
      const why = parsed.success ? problems.map((p) => p.message).join(" ; ") : parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join(" ; ");
      return nothing([note("layout", "low", `Une grille a été entrevue dans « ${best.sheet} » mais la proposition n'est pas valide (${why})`, `A grid was glimpsed in "${best.sheet}" but the proposal is not valid (${why})`, { sheet: best.sheet })]);
    }
    const layout =
      best.layout === "table"
        ? note("layout", "medium", `Tableau d'une ligne par candidat, appris de la feuille « ${best.sheet.trim()} »`, `Table of one row per candidate, learned from sheet "${best.sheet.trim()}"`, { sheet: best.sheet })
        : note("layout", "medium", `Grille d'une feuille par candidat, apprise de la feuille « ${best.sheet.trim()} »`, `Grid of one sheet per candidate, learned from sheet "${best.sheet.trim()}"`, { sheet: best.sheet });
    return { kind: "proposed", file: parsed.data, notes: [layout, ...best.notes, ...fitted.notes], reproductions: fitted.reproductions, sourceSheet: best.sheet };
  } catch (error) {
    // Learning must never take the pane or the CLI down: an unforeseen layout is « nothing learned ».
    const message = error instanceof Error ? error.message : String(error);
    return nothing([note("layout", "low", `Apprentissage interrompu sur une mise en page imprévue (${message})`, `Learning stopped on an unforeseen layout (${message})`)]);
  }
}

/** Proposes a grid learned from a Word document, laid out as one pseudo-sheet. Never throws. */
export function learnDocument(document: DocumentSnapshot, options: LearnOptions = {}): LearnResult {
  try {
    return learnGrid({ sheets: documentToSheet(document).sheets, names: [] }, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return nothing([note("layout", "low", `Document illisible pour l'apprentissage (${message})`, `Document unreadable for learning (${message})`)]);
  }
}
