import type { GridFile } from "../../src/core/model/grid";
import { CCF_CANDIDATES, CCF_LEVELS, CCF_POINTS, CCF_SECTIONS, ccfSheet, ccfTeamMark, type CcfCandidate } from "../../src/hosts/demo/learn-sample";
import { a1 } from "../../src/recognition/snapshot/cells";
import type { SheetSnapshot } from "../../src/recognition/snapshot/workbook";
import { aDocument, type DocumentBuilder } from "./docx-builder";
import { aWorkbook, type SheetBuilder, type WorkbookBuilder } from "./workbook-builder";

/**
 * The demo's CAP grid as a teacher confirms it (the grid file `grille learn` proposes, once checked):
 * written by hand here so that storing, exporting and using a confirmed grid is tested without the
 * learner.
 */
export function ccfGridFile(overrides: { id?: string; points?: Partial<Record<string, number>> } = {}): GridFile {
  const id = overrides.id ?? "cap-epc-ep2";
  return {
    schemaVersion: 1,
    referential: {
      id,
      title: "EP2 – Mise en valeur et approvisionnement",
      diploma: "CAP Équipier polyvalent du commerce",
      nodes: CCF_SECTIONS.map((section) => ({
        id: section.code,
        kind: "competency" as const,
        code: section.code,
        label: section.label,
        children: section.criteria.map((c) => ({ id: c.code, kind: "criterion" as const, code: c.code, label: c.label })),
      })),
    },
    grid: {
      id,
      title: "EP2 – Mise en valeur et approvisionnement",
      diploma: "CAP Équipier polyvalent du commerce",
      anchors: ["EP2 – Mise en valeur et approvisionnement"],
      scale: {
        kind: "levels",
        id: "plus-minus",
        label: "-- - + ++",
        levels: CCF_LEVELS.map((code) => ({ code, label: code, aliases: [], points: overrides.points?.[code] ?? CCF_POINTS[code] })),
      },
      items: CCF_SECTIONS.flatMap((s) => s.criteria.map((c) => ({ id: c.code, node: c.code, group: s.code }))),
      fields: [
        { id: "candidate", kind: "identity", label: "Nom et prénom du candidat", aliases: [], required: true },
        { id: "date", kind: "date", label: "Date de l'évaluation", aliases: [], required: true },
        { id: "appraisal", kind: "appraisal", label: "Appréciation globale", aliases: [], required: true },
        { id: "mark", kind: "mark", label: "Note sur 20", aliases: [], required: false },
      ],
      panel: { label: "Membres de la commission d'évaluation", aliases: [], roleLabel: "Qualité", required: true, roleRequired: true, composition: [] },
      marking: { kind: "weighted-mean", max: 20, weights: {}, groups: CCF_SECTIONS.map((s) => ({ id: s.code, label: s.label, weight: 1 })), rounding: "nearest-hundredth" },
      rules: [],
    },
  };
}

/** The demo's CAP workbook as an .xlsx a teacher saved: the blank grid and/or the candidates' sheets, the team's mark formula with its result. */
export function ccfWorkbookBuilder(options: { blank?: boolean; candidates?: readonly CcfCandidate[] } = {}): WorkbookBuilder {
  const builder = aWorkbook();
  const sheets = [...(options.blank === false ? [] : [ccfSheet("Grille vierge")]), ...(options.candidates ?? CCF_CANDIDATES).map((c) => ccfSheet(c.name, c))];
  for (const sheet of sheets) builder.sheet(sheet.name, (s) => copySheet(s, sheet));
  return builder;
}

function copySheet(s: SheetBuilder, sheet: SheetSnapshot): void {
  sheet.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      const address = a1(r, c);
      const formula = sheet.formulas?.[address];
      if (formula !== undefined) s.formula(address, formula, value as number);
      else if (value !== null && typeof value !== "object") s.cell(address, value);
    }),
  );
  for (const m of sheet.merges) s.merge(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
}

/** The same grid typed in Word: title and fields as paragraphs, the criteria in a table, the panel in another. */
export function ccfDocumentBuilder(candidate?: CcfCandidate): DocumentBuilder {
  const b = aDocument()
    .paragraph("CAP Équipier polyvalent du commerce", { bold: true })
    .paragraph("EP2 – Mise en valeur et approvisionnement — Grille d'évaluation en CCF", { bold: true })
    .paragraph(`Nom et prénom du candidat : ${candidate?.name ?? ""}`)
    .paragraph(`Date de l'évaluation : ${candidate ? "12/03/2026" : ""}`);
  const rows: (string | null)[][] = [["Compétences et critères d'évaluation", ...CCF_LEVELS]];
  let i = 0;
  for (const section of CCF_SECTIONS) {
    rows.push([`${section.code} ${section.label}`, null, null, null, null]);
    for (const c of section.criteria) {
      const level = candidate?.levels[i++];
      rows.push([`${c.code} ${c.label}`, ...CCF_LEVELS.map((l) => (l === level ? "X" : null))]);
    }
  }
  return b
    .table(rows)
    .paragraph(`Appréciation globale : ${candidate?.appraisal ?? ""}`)
    .paragraph(`Note sur 20 : ${candidate ? String(ccfTeamMark(candidate.levels)).replace(".", ",") : "…"} / 20`)
    .table([["Membres de la commission d'évaluation", "Qualité", "Signature"], candidate ? ["Mme Durand", "Professeure de vente", null] : [null, null, null]]);
}
