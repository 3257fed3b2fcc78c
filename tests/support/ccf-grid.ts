import type { GridFile } from "../../src/core/model/grid";
import { CCF_LEVELS, CCF_POINTS, CCF_SECTIONS } from "../../src/hosts/demo/learn-sample";

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
