import { aWorkbook, cqpAssessorSheet, e33Sheet, pfmpSheet } from "./workbook-builder";

/**
 * Small class workbooks of the other official grids (the bundled examples/classe-e31.xlsx is E31's),
 * each with a candidate the commission must see as incomplete: what `grille export` is checked on.
 */

const percents = (values: number[]) => Object.fromEntries(values.map((v, i) => [`obs-${i + 1}`, v]));

export const CLASSES = {
  e33: (file: string) =>
    aWorkbook()
      .sheet("DUPONT Léa", (s) => e33Sheet(s, {}))
      .sheet("MARTIN Alice", (s) => e33Sheet(s, { name: "MARTIN Alice", levels: { traiter: "2", contribuer: "4", evaluer: "3", communiquer: "3" }, fields: { registration: "02698765433" } }))
      .sheet("PETIT Bruno", (s) => e33Sheet(s, { name: "PETIT Bruno", levels: { traiter: "2", contribuer: null, evaluer: "3", communiquer: "1" }, fields: { registration: "02698765434" } }))
      .toFile(file),
  // Two candidates, each rated by two jury members on a sheet of their own.
  cqp: (file: string) =>
    aWorkbook()
      .sheet("Emma J1", (s) => cqpAssessorSheet(s, { assessor: "Mme LEROY, formatrice", candidate: "DUBOIS Emma", percents: percents([70, 50, 100, 70, 30, 70, 50]) }))
      .sheet("Emma J2", (s) => cqpAssessorSheet(s, { assessor: "M. FABRE, tuteur", candidate: "DUBOIS Emma", percents: percents([50, 50, 70, 70, 50, 70, 70]) }))
      .sheet("Hugo J1", (s) => cqpAssessorSheet(s, { assessor: "Mme LEROY, formatrice", candidate: "MOREL Hugo", percents: percents([30, 50, 70, 70, 100, 70, 50]) }))
      .sheet("Hugo J2", (s) => cqpAssessorSheet(s, { assessor: "M. FABRE, tuteur", candidate: "MOREL Hugo", percents: percents([50, 30, 70, 50, 50, 100, 70]) }))
      .toFile(file),
  pfmp: (file: string) =>
    aWorkbook()
      .sheet("MARTIN Alice", (s) => pfmpSheet(s, { name: "MARTIN Alice", ticks: { "1.1.1": ["P1"], "1.1.2": ["P1", "P3"], "2.1.1": ["P2"] } }))
      .sheet("PETIT Bruno", (s) => pfmpSheet(s, { name: "PETIT Bruno", ticks: { "1.1.1": ["P2"], "2.1.1": ["P1", "P3"] } }))
      .toFile(file),
} as const;

export type ClassGrid = keyof typeof CLASSES;
