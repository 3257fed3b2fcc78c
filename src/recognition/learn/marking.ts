import type { MarkResult } from "../../core/marking/result";
import { roundMark } from "../../core/marking/rounding";
import { compileGrid } from "../../core/model/compile";
import type { GridFile, MarkingScheme, Rounding } from "../../core/model/grid";
import { parseLooseNumber } from "../../core/text/numbers";
import type { WorkbookSnapshot } from "../snapshot/workbook";
import { recognizeWorkbook } from "../workbook/recognize";
import type { Draft } from "./draft";
import { note, type LearnNote, type Reproduction } from "./result";

/** A learned mark agrees with the file's own total within a hundredth. */
const TOLERANCE = 0.01 + 1e-9;
const ROUNDINGS: readonly Rounding[] = ["none", "nearest-hundredth", "nearest-tenth", "nearest-half", "up-half"];

interface Sample {
  candidate: string;
  sheet: string;
  fileTotal: number;
  raw: number | null;
}

/** The candidates the learned grid finds in the workbook, with the total the file holds for each. */
function samplesOf(workbook: WorkbookSnapshot, file: GridFile): Sample[] {
  const compiled = compileGrid(file);
  const report = recognizeWorkbook(workbook, { forcedGrid: compiled });
  const markId = compiled.markField?.id;
  const samples: Sample[] = [];
  for (const candidate of report.candidates) {
    const value = markId ? candidate.evaluation.fields[markId]?.value : undefined;
    const fileTotal = typeof value === "number" ? value : typeof value === "string" ? parseLooseNumber(value.replace(/\/\s*\d+\s*$/, "")) : null;
    if (fileTotal === null) continue;
    const result = candidate.assessment.result;
    const raw = result?.kind === "mark" && result.status !== "incomplete" ? (result as MarkResult).raw : null;
    const where = candidate.row !== null ? `${candidate.sheet.trim()} ligne ${candidate.row}` : candidate.sheet.trim();
    samples.push({ candidate: candidate.name ?? where, sheet: candidate.sheet, fileTotal, raw });
  }
  return samples;
}

const withRounding = (scheme: MarkingScheme, rounding: Rounding): MarkingScheme => (scheme.kind === "weighted-mean" || scheme.kind === "points-sum" ? { ...scheme, rounding } : scheme);
const roundingOf = (scheme: MarkingScheme): Rounding => (scheme.kind === "weighted-mean" || scheme.kind === "points-sum" ? scheme.rounding : "none");

function reproductionsOf(samples: readonly Sample[], rounding: Rounding): Reproduction[] {
  return samples.map((s) => {
    const learnedTotal = s.raw === null ? null : roundMark(s.raw, rounding);
    return { candidate: s.candidate, sheet: s.sheet, fileTotal: s.fileTotal, learnedTotal, matches: learnedTotal !== null && Math.abs(learnedTotal - s.fileTotal) <= TOLERANCE };
  });
}

/**
 * The file's own totals are the judge: each marking worth trying is run through recognition on the whole
 * workbook, and the one that reproduces the most totals is kept (with the rounding that does, unless the
 * grid prints its rounding). Says which candidates still differ.
 */
export function fitMarking(workbook: WorkbookSnapshot, draft: Draft): { file: GridFile; reproductions: Reproduction[]; notes: LearnNote[] } {
  const base = draft.file;
  if (!base.grid.marking || base.grid.marking.kind === "coverage" || !base.grid.fields.some((f) => f.kind === "mark")) {
    return { file: base, reproductions: [], notes: [] };
  }
  const variants = draft.variants.length > 0 ? draft.variants : [{ scheme: base.grid.marking, fr: "barème proposé", en: "proposed scheme" }];
  let best: { file: GridFile; reproductions: Reproduction[]; matched: number; error: number; label: { fr: string; en: string } } | null = null;
  for (const variant of variants) {
    const file: GridFile = { ...base, grid: { ...base.grid, marking: variant.scheme, ...("scale" in variant && variant.scale ? { scale: variant.scale } : {}) } };
    const samples = samplesOf(workbook, file);
    if (samples.length === 0) return { file: base, reproductions: [], notes: [noTotals(draft.sheet)] };
    const roundings = draft.roundingPrinted ? [roundingOf(variant.scheme)] : ROUNDINGS;
    for (const rounding of roundings) {
      const reproductions = reproductionsOf(samples, rounding);
      const matched = reproductions.filter((r) => r.matches).length;
      // Among readings that reproduce as many totals, the closest wins: totals typed to the hundredth pick that rounding.
      const error = reproductions.reduce((sum, r) => sum + (r.learnedTotal === null ? 1e6 : Math.abs(r.learnedTotal - r.fileTotal)), 0);
      if (!best || matched > best.matched || (matched === best.matched && error < best.error - 1e-9)) {
        best = { file: { ...file, grid: { ...file.grid, marking: withRounding(variant.scheme, rounding) } }, reproductions, matched, error, label: variant };
      }
      if (matched === samples.length && error < 1e-9) break;
    }
    if (best && best.matched === samples.length && best.error < 1e-9) break;
  }
  const { file, reproductions, matched, label } = best!;
  const differ = reproductions.filter((r) => !r.matches);
  const notes: LearnNote[] = [];
  if (differ.length === 0) {
    notes.push(
      note(
        "marking",
        "high",
        `Barème (${label.fr}) vérifié : il redonne les ${matched} totaux du fichier`,
        `Marking (${label.en}) checked: it gives back the file's ${matched} totals`,
        { sheet: draft.sheet },
      ),
    );
  } else {
    const names = differ.map((r) => `${r.candidate} (${r.fileTotal} dans le fichier, ${r.learnedTotal ?? "non calculable"} appris)`).join(", ");
    const namesEn = differ.map((r) => `${r.candidate} (${r.fileTotal} in the file, ${r.learnedTotal ?? "no mark"} learned)`).join(", ");
    notes.push(
      note(
        "marking",
        "low",
        `Le barème appris ne redonne pas tous les totaux du fichier (${matched} sur ${reproductions.length}) ; diffèrent : ${names} — barème à corriger`,
        `The learned marking does not give back every total of the file (${matched} of ${reproductions.length}); differing: ${namesEn} — marking to correct`,
        { sheet: draft.sheet },
      ),
    );
  }
  return { file, reproductions, notes };
}

const noTotals = (sheet: string): LearnNote =>
  note(
    "marking",
    "low",
    "Aucun total dans le fichier pour vérifier le barème : barème proposé par défaut (moyenne des niveaux, même poids) — à confirmer",
    "No total in the file to check the marking against: a default scheme is proposed (mean of levels, equal weights) — to confirm",
    { sheet },
  );
