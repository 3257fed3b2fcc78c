import type { GridDefinition } from "../../core/model/grid";
import type { CandidateReport } from "../workbook/report";

/** The grid's registration-number field (« Numéro d’inscription », « Numéro du (de la) candidat(e) »), if it has one. */
export function registrationField(grid: GridDefinition | undefined): GridDefinition["fields"][number] | undefined {
  return grid?.fields.find((f) => f.id === "registration") ?? grid?.fields.find((f) => f.kind === "identity" && /inscription|num[ée]ro/i.test(f.label));
}

/** A candidate's registration number as the file holds it; null when the grid has none or it is empty. */
export function registrationOf(grid: GridDefinition | undefined, candidate: CandidateReport): string | number | null {
  const field = registrationField(grid);
  const value = field ? candidate.evaluation.fields[field.id]?.value : undefined;
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;
}
