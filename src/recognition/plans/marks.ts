import { text, type Text } from "../../core/i18n/locale";
import { traceLine } from "../../core/marking/result";
import { formatNumber, parseLooseNumber } from "../../core/text/numbers";
import { isCellError, isEmptyCell, type CellValue } from "../snapshot/cells";
import type { CandidateReport, WorkbookReport } from "../workbook/report";
import type { PlanChange, WritePlan } from "./plan";

/** A typed mark this close to the proposed one is the same mark (as the engine's mark-differs check). */
const SAME = 0.005;

export interface MarkPlan {
  /** The proposed marks written into empty mark cells. */
  plan: WritePlan;
  /** Mark cells that already hold another value: the pane asks before anything is overwritten. */
  differences: { candidate: CandidateReport; typed: CellValue; proposed: number }[];
  /** Candidates for whom no mark is written, and why. */
  skipped: { candidate: CandidateReport; reason: Text }[];
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Why a candidate gets no proposed mark; null when there is one to write. */
function noMarkReason(candidate: CandidateReport): Text | null {
  const result = candidate.assessment.result;
  if (!result) return text("Cette grille n'a pas de barème : Grille ne propose pas de note", "This grid has no marking scheme: Grille proposes no mark");
  if (result.kind === "coverage") return text("Grille de suivi sans note : seule la couverture des compétences est calculée", "Tracking grid without a mark: only the coverage is computed");
  if (result.kind === "domains") return text("Pas de note : la grille donne un pourcentage par domaine", "No mark: the grid gives a percentage per domain");
  if (result.absent) return text("Candidat absent (ABS) : Grille n'écrit pas de note", "Candidate absent (ABS): Grille writes no mark");
  if (result.value === null) {
    const last = result.trace.at(-1);
    return last
      ? text(capitalised(last.fr), capitalised(last.en))
      : text("Note non calculable (niveau manquant)", "No mark (missing level)");
  }
  if (!candidate.markCell) return text("Pas de cellule de note reconnue pour ce candidat", "No mark cell found for this candidate");
  return null;
}

/** The typed value, read as a number when it is one (« 15 », « 15,0 », « 15/20 »). */
function typedNumber(value: CellValue): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "string") return parseLooseNumber(value);
  return null;
}

/**
 * Writes each candidate's proposed mark into their mark cell when that cell is empty. A cell that
 * already holds the same mark is left alone; one that holds another value (or an error) is not
 * touched but listed, for the pane to ask.
 */
export function markPlan(
  report: WorkbookReport,
  snapshotCell: (sheet: string, address: string) => CellValue,
  isFormula: (sheet: string, address: string) => boolean = () => false,
): MarkPlan {
  const changes: PlanChange[] = [];
  const differences: MarkPlan["differences"] = [];
  const skipped: MarkPlan["skipped"] = [];
  for (const candidate of report.candidates) {
    const reason = noMarkReason(candidate);
    const result = candidate.assessment.result;
    if (reason || !candidate.markCell || result?.kind !== "mark" || result.value === null) {
      skipped.push({ candidate, reason: reason ?? text("Pas de note proposée", "No proposed mark") });
      continue;
    }
    const proposed = result.value;
    const { sheet, address } = candidate.markCell;
    if (isFormula(sheet, address)) {
      skipped.push({
        candidate,
        reason: text(
          `La cellule de note ${address} contient une formule : Grille ne la remplace pas (note proposée ${formatNumber(proposed, "fr")})`,
          `The mark cell ${address} holds a formula: Grille does not replace it (proposed mark ${formatNumber(proposed, "en")})`,
        ),
      });
      continue;
    }
    const current = snapshotCell(sheet, address);
    if (isEmptyCell(current)) {
      changes.push({
        kind: "cell",
        sheet,
        address,
        value: proposed,
        previous: current,
        reason: text(
          `Note proposée ${formatNumber(proposed, "fr")} (${traceLine(result.trace, "fr")})`,
          `Proposed mark ${formatNumber(proposed, "en")} (${traceLine(result.trace, "en")})`,
        ),
      });
      continue;
    }
    const typed = isCellError(current) ? null : typedNumber(current);
    if (typed !== null && Math.abs(typed - proposed) < SAME) continue;
    differences.push({ candidate, typed: current, proposed });
  }
  return { plan: { changes }, differences, skipped };
}
