import { assess } from "../../core/assess";
import type { CompiledGrid } from "../../core/model/compile";
import type { AssessorSheet, Evaluation, FieldValue } from "../../core/model/evaluation";
import { text } from "../../core/i18n/locale";
import type { WorkbookSnapshot } from "../snapshot/workbook";
import type { SheetBinding } from "../sheet/binding";
import { bindSheet, RECOGNITION_THRESHOLD } from "../sheet/bind-sheet";
import { readEvaluation } from "../sheet/read-evaluation";
import { SheetIndex } from "../sheet/sheet-index";
import { normalizeText } from "../text/normalize";
import { parseBindingMap } from "./binding-map";
import { gridsForFile } from "./stored-grids";
import type { CandidateReport, WorkbookLayout, WorkbookReport } from "./report";
import { fitsSignature, layoutSignature, type LayoutSignature } from "./layout-signature";
import { bindTable, readTableRow } from "./table";
import { attachSyntheses } from "./attach-synthesis";
import { isSynthesisSheet } from "./synthesis-sheet";

export interface RecognizeOptions {
  /** The grids to look for; the built-in grids by default. */
  grids?: readonly CompiledGrid[];
  /** Use this grid, whatever detection says (`grille check --grid`). */
  forcedGrid?: CompiledGrid;
  /** The sheets are a Word document's: an absent part is « absente du document ». */
  container?: "workbook" | "document";
}

/** With a forced grid, a sheet only needs to show some of it. */
const FORCED_THRESHOLD = 0.3;

interface SheetMatch {
  index: SheetIndex;
  binding: SheetBinding;
  grid: CompiledGrid;
}

function bestBinding(index: SheetIndex, grids: readonly CompiledGrid[], threshold: number): SheetMatch | null {
  let best: SheetMatch | null = null;
  for (const grid of grids) {
    for (const binding of [bindSheet(index, grid), bindTable(index, grid)]) {
      if (binding && binding.confidence >= threshold && (!best || binding.confidence > best.binding.confidence)) best = { index, binding, grid };
    }
  }
  return best;
}

const isBlank = (field: FieldValue | undefined) => !field || field.value === null || String(field.value).trim() === "";

function hasAnyRating(evaluation: Evaluation): boolean {
  return Object.values(evaluation.ratings).some((r) => r.values.length > 0);
}

function markCellOf(binding: SheetBinding, grid: CompiledGrid, row: number | null): CandidateReport["markCell"] {
  const markId = grid.markField?.id;
  if (!markId) return null;
  if (row !== null && binding.table) {
    const col = binding.table.fieldColumns[markId];
    return col === undefined ? null : { sheet: binding.sheet, address: `${columnOf(col)}${row + 1}` };
  }
  const field = binding.fields[markId];
  return field && !field.inline ? { sheet: binding.sheet, address: field.value } : null;
}

const columnOf = (col: number): string => {
  let out = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
};

function candidate(match: SheetMatch, evaluation: Evaluation, row: number | null, name: string | null): CandidateReport {
  return {
    sheet: match.binding.sheet,
    row: row === null ? null : row + 1,
    name,
    evaluation,
    assessment: assess(match.grid, evaluation),
    markCell: markCellOf(match.binding, match.grid, row),
    sheets: [match.binding.sheet],
  };
}

/** CQP: the sheets of one candidate (one per assessor) become one evaluation with several assessors. */
function consolidate(grid: CompiledGrid, group: { match: SheetMatch; evaluation: Evaluation }[]): CandidateReport {
  const assessors: AssessorSheet[] = group.map(({ match, evaluation }) => {
    const assessor = evaluation.fields["assessor"];
    return { name: isBlank(assessor) ? null : String(assessor!.value), ratings: evaluation.ratings, at: `${match.binding.sheet}` };
  });
  // Shared fields (candidate, date, company): the first filled in; an assessor sheet without the
  // assessor's name keeps that empty cell, so the finding points at it.
  const fields: Record<string, FieldValue> = {};
  for (const { evaluation } of group) {
    for (const [id, value] of Object.entries(evaluation.fields)) {
      if (!fields[id] || (isBlank(fields[id]) && !isBlank(value))) fields[id] = value;
    }
  }
  const unnamed = group.map((g) => g.evaluation.fields["assessor"]).find((field) => field !== undefined && isBlank(field));
  if (unnamed) fields["assessor"] = unnamed;
  const copy = group[0]!.evaluation.copy;
  const evaluation: Evaluation = { gridId: grid.grid.id, ...(copy ? { copy } : {}), ratings: {}, fields, flags: {}, assessors };
  const first = group[0]!.match;
  const name = isBlank(fields["candidate"]) ? null : String(fields["candidate"]!.value);
  return {
    sheet: first.binding.sheet,
    row: null,
    name,
    evaluation,
    assessment: assess(grid, evaluation),
    markCell: null,
    sheets: group.map((g) => g.match.binding.sheet),
  };
}

/**
 * Recognises a whole workbook: which grid it holds, how (a sheet per candidate, a row per candidate,
 * a sheet per assessor), every candidate's evaluation and assessment, the blank templates, and the
 * sheets that hold something else. A stored binding map, when valid, wins over detection.
 */
export function recognizeWorkbook(snapshot: WorkbookSnapshot, options: RecognizeOptions = {}): WorkbookReport {
  const grids = options.forcedGrid ? [options.forcedGrid] : (options.grids ?? gridsForFile(snapshot.bindingMap));
  const threshold = options.forcedGrid ? FORCED_THRESHOLD : RECOGNITION_THRESHOLD;
  const stored = parseBindingMap(snapshot.bindingMap);
  const storedGrid = stored ? grids.find((g) => g.grid.id === stored.gridId) : undefined;

  const matches: SheetMatch[] = [];
  const unmatched: SheetIndex[] = [];
  const syntheses: SheetIndex[] = [];
  const withAssessors = grids.some((g) => g.grid.assessors);
  const layouts: { signature: LayoutSignature; match: SheetMatch }[] = [];
  for (const sheet of snapshot.sheets) {
    const kept = storedGrid ? stored!.sheets[sheet.name] : undefined;
    const known = kept ? undefined : layouts.find((layout) => fitsSignature(sheet, layout.signature));
    const index = new SheetIndex(sheet, !known);
    const synthesis = withAssessors && !kept && !known && isSynthesisSheet(index);
    const match = kept
      ? { index, binding: kept as SheetBinding, grid: storedGrid! }
      : known
        ? { index, binding: { ...(JSON.parse(JSON.stringify(known.match.binding)) as SheetBinding), sheet: sheet.name }, grid: known.match.grid }
        : bestBinding(index, grids, threshold);
    // A synthesis grid is read apart; a Word document may also hold an assessor's grid on its pages.
    if (synthesis) syntheses.push(index);
    if (synthesis && (!match || Object.keys(match.binding.items).length === 0)) continue;
    if (!match) {
      unmatched.push(index);
      continue;
    }
    matches.push(match);
    const signature = !kept && !known ? layoutSignature(index, match.binding) : null;
    if (signature) layouts.push({ signature, match });
  }

  // The workbook's grid: the one most sheets hold (then the most confident).
  const votes = new Map<string, { grid: CompiledGrid; count: number; confidence: number }>();
  for (const m of matches) {
    const vote = votes.get(m.grid.grid.id) ?? { grid: m.grid, count: 0, confidence: 0 };
    vote.count++;
    vote.confidence += m.binding.confidence;
    votes.set(m.grid.grid.id, vote);
  }
  const winner = [...votes.values()].sort((a, b) => b.count - a.count || b.confidence - a.confidence)[0];
  const ignored: WorkbookReport["ignored"] = unmatched.map((index) => ({
    sheet: index.sheet.name,
    reason: index.cells.length === 0 ? text("feuille vide", "empty sheet") : text("aucune grille reconnue", "no grid recognised"),
  }));
  if (!winner) {
    return { grid: null, layout: "none", confidence: 0, candidates: [], templates: [], ignored, bindings: [] };
  }
  const grid = winner.grid;
  const mine = matches.filter((m) => m.grid === grid);
  for (const other of matches.filter((m) => m.grid !== grid)) {
    ignored.push({ sheet: other.binding.sheet, reason: text(`autre grille reconnue : ${other.grid.grid.title}`, `another grid recognised: ${other.grid.grid.title}`) });
  }

  const candidates: CandidateReport[] = [];
  const templates: string[] = [];
  const assessorSheets: { match: SheetMatch; evaluation: Evaluation }[] = [];
  for (const match of mine) {
    if (match.binding.layout === "row-per-candidate") {
      const table = match.binding.table!;
      let rows = 0;
      for (let row = table.firstRow; row <= table.lastRow; row++) {
        const { name, evaluation, empty } = readTableRow(match.index, grid, match.binding, row);
        if (empty) continue;
        rows++;
        candidates.push(candidate(match, evaluation, row, name));
      }
      if (rows === 0) templates.push(match.binding.sheet);
      continue;
    }
    const evaluation = readEvaluation(match.index, grid, match.binding, options.container === "document" ? "document" : "sheet");
    if (grid.grid.assessors) {
      if (!hasAnyRating(evaluation) && isBlank(evaluation.fields["candidate"]) && isBlank(evaluation.fields["assessor"])) templates.push(match.binding.sheet);
      else assessorSheets.push({ match, evaluation });
      continue;
    }
    const name = isBlank(evaluation.fields["candidate"]) ? null : String(evaluation.fields["candidate"]!.value).trim();
    if (!hasAnyRating(evaluation) && name === null) templates.push(match.binding.sheet);
    else candidates.push(candidate(match, evaluation, null, name));
  }
  if (assessorSheets.length > 0) {
    const groups = new Map<string, typeof assessorSheets>();
    for (const entry of assessorSheets) {
      const key = normalizeText(String(entry.evaluation.fields["candidate"]?.value ?? ""));
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    // Sheets without a candidate name join the only named candidate, if there is exactly one.
    const unnamed = groups.get("");
    if (unnamed && groups.size === 2) {
      groups.delete("");
      const [only] = groups.values();
      only!.push(...unnamed);
    }
    for (const group of groups.values()) candidates.push(consolidate(grid, group));
    attachSyntheses(grid, candidates, syntheses);
  }

  const layout: WorkbookLayout = grid.grid.assessors
    ? "assessor-sheets"
    : mine.some((m) => m.binding.layout === "row-per-candidate")
      ? "row-per-candidate"
      : "sheet-per-candidate";
  const confidence = Math.round((winner.confidence / winner.count) * 1000) / 1000;
  return { grid, layout, confidence, candidates, templates, ignored, bindings: mine.map((m) => m.binding) };
}
