import type { WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import { aWorkbook, cqpAssessorSheet, e31Sheet, pfmpSheet } from "../support/workbook-builder";

/**
 * The class workbooks the pane tests open, built once per test file (ExcelJS is slow to write):
 * E31 with a complete candidate, an incomplete one, one whose typed mark differs, one whose mark is typed right.
 */
export async function e31Class(): Promise<WorkbookSnapshot> {
  return aWorkbook()
    .sheet("Alice", (s) => e31Sheet(s, { name: "MARTIN Alice" }))
    .sheet("Bruno", (s) => e31Sheet(s, { name: "DURAND Bruno", levels: { "1.1": "M", "1.2": null, "1.3": "E" } }))
    .sheet("Chloé", (s) => e31Sheet(s, { name: "PETIT Chloé", mark: 13 }))
    .sheet("Damien", (s) => e31Sheet(s, { name: "ROUX Damien", mark: 15 }))
    .toSnapshot();
}

export async function pfmpClass(): Promise<WorkbookSnapshot> {
  return aWorkbook()
    .sheet("Élève 1", (s) => pfmpSheet(s, { name: "MARTIN Alice", ticks: { "1.1.1": ["P1", "P3"], "1.1.2": ["P2"], "2.1.1": ["P4"] } }))
    .toSnapshot();
}

export async function cqpPanel(): Promise<WorkbookSnapshot> {
  const percents = { "obs-1": 70, "obs-2": 50, "obs-3": 100, "obs-4": 70, "obs-5": 30, "obs-6": 50, "obs-7": 70 } as const;
  return aWorkbook()
    .sheet("Jury 1", (s) => cqpAssessorSheet(s, { assessor: "Mme DURAND", candidate: "LEROY Inès", percents }))
    .sheet("Jury 2", (s) => cqpAssessorSheet(s, { assessor: "M. PETIT", candidate: "LEROY Inès", percents: { ...percents, "obs-1": 50, "obs-5": 50 } }))
    .toSnapshot();
}

/** A workbook without any grid. */
export async function unrelated(): Promise<WorkbookSnapshot> {
  return aWorkbook()
    .sheet("Budget", (s) => s.row(1, ["Poste", "Montant"]).row(2, ["Sortie scolaire", 450]))
    .toSnapshot();
}
