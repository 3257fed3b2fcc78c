import type { CompiledGrid } from "../../core/model/compile";
import { appraisalAreas } from "./grid-sheet/appraisal";
import { GridDraft } from "./grid-sheet/draft";
import { identityBlock } from "./grid-sheet/identity";
import { itemRows } from "./grid-sheet/item-rows";
import { levelHeader } from "./grid-sheet/level-header";
import { panelBlock } from "./grid-sheet/panel";
import { resultBlock } from "./grid-sheet/result";
import { ruleFlags } from "./grid-sheet/rules";
import { gridNotes } from "./grid-sheet/notes";
import { officialTexts } from "./grid-sheet/official-texts";
import { titleBlock } from "./grid-sheet/title";
import { a1 } from "../snapshot/cells";
import type { NewSheet, WritePlan } from "./plan";
import { uniqueSheetName } from "./sheet-names";

/**
 * « Nouvelle grille »: a clean, printable copy of an official grid, laid out like the original, with a
 * drop-down « X » in each level cell, workbook names on every cell Grille reads, and the mark computed
 * by a formula that gives what the engine gives. Each section is built by its own builder in
 * `grid-sheet/`, top to bottom, on one draft.
 */

export interface NewGridOptions {
  sheetName: string;
  /** Written in the candidate's name field. */
  candidate?: string | null;
  /** Prefix of the workbook names (« grille » → grille_1_1, grille_note). */
  namePrefix?: string;
}

/** The content of one new sheet holding the grid, blank or with the candidate's name. */
export function newGridSheet(compiled: CompiledGrid, options: NewGridOptions): NewSheet {
  const draft = new GridDraft(compiled, options.namePrefix ?? "grille");
  titleBlock(draft);
  identityBlock(draft, options.candidate);
  officialTexts(draft, "before-grid");
  levelHeader(draft);
  const frozenRows = draft.row;
  itemRows(draft);
  // The rules first: their official « Rappel : … » closes the rated rows for whoever reads the sheet
  // (recognition, learning) before the official tables printed under the grid.
  ruleFlags(draft);
  officialTexts(draft, "after-grid");
  officialTexts(draft, "before-appraisal");
  appraisalAreas(draft);
  resultBlock(draft);
  panelBlock(draft);
  const printArea = `A1:${a1(draft.row - 1, draft.cols.last)}`;
  gridNotes(draft);
  return draft.sheet.build(options.sheetName, {
    columnWidths: draft.columnWidths(),
    // Official instructions above the grid would fill the screen if frozen: the header then scrolls (it still repeats on paper).
    ...(!compiled.grid.texts?.some((t) => t.place === "before-grid") && { frozenRows }),
    landscape: true,
    printArea,
    printTitleRows: { first: frozenRows - 1, last: frozenRows },
    ownTables: draft.ownTables.map((t) => ({ first: t.first + 1, last: t.last + 1, repeat: t.repeat })),
  });
}

export interface NewGridPlanOptions {
  /** One sheet per candidate, named after them; none: a single blank sheet « Grille E31 ». */
  candidates?: string[];
  existingSheets: string[];
  /** Workbook names already defined, so that the new ones do not clash. */
  existingNames?: string[];
}

/** The sheets to add for a new grid: one per candidate, or a single blank one. */
export function newGridPlan(compiled: CompiledGrid, options: NewGridPlanOptions): WritePlan {
  const { grid } = compiled;
  const candidates = (options.candidates ?? []).map((c) => c.trim()).filter((c) => c !== "");
  const entries = candidates.length > 0 ? candidates.map((c) => ({ wanted: c, candidate: c as string | null })) : [{ wanted: `Grille ${grid.epreuve?.code ?? grid.id}`, candidate: null }];
  const taken = [...options.existingSheets];
  const names = (options.existingNames ?? []).map((n) => n.toLowerCase());
  const prefixTaken = (prefix: string) => names.some((n) => n === prefix || n.startsWith(`${prefix}_`));
  let k = 0;
  return {
    changes: entries.map((entry, i) => {
      const sheetName = uniqueSheetName(entry.wanted, taken, `Candidat ${i + 1}`);
      taken.push(sheetName);
      let prefix: string;
      do prefix = `grille_s${++k}`;
      while (prefixTaken(prefix));
      return { kind: "sheet" as const, sheet: newGridSheet(compiled, { sheetName, candidate: entry.candidate, namePrefix: prefix }), replaces: false };
    }),
  };
}
