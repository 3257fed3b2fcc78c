import { assess } from "../../core/assess";
import type { CompiledGrid } from "../../core/model/compile";
import type { SheetIndex } from "../sheet/sheet-index";
import { normalizeText } from "../text/normalize";
import type { CandidateReport } from "./report";
import { bindSynthesis, readSynthesis } from "./synthesis-sheet";

/**
 * CQP: each « Grille de synthèse » joins the candidate it names (or the only candidate), its agreed
 * figures, comment and chair become part of that candidate's evaluation, and the candidate is assessed
 * again with them. A synthesis naming nobody known is left unread.
 */
export function attachSyntheses(grid: CompiledGrid, candidates: CandidateReport[], syntheses: readonly SheetIndex[]): void {
  for (const index of syntheses) {
    const place = bindSynthesis(index, grid);
    if (!place) continue;
    const read = readSynthesis(index, place);
    const key = normalizeText(read.candidate ?? "");
    const at = candidates.findIndex((c) => key !== "" && normalizeText(c.name ?? "") === key);
    const target = at >= 0 ? at : candidates.length === 1 && !candidates[0]!.synthesis ? 0 : -1;
    if (target < 0) continue;
    const candidate = candidates[target]!;
    const evaluation = { ...candidate.evaluation, panelOverrides: read.figures, synthesis: read.synthesis };
    candidates[target] = { ...candidate, evaluation, assessment: assess(grid, evaluation), synthesis: place, sheets: [...candidate.sheets, place.sheet] };
  }
}
