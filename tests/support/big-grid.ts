import type { GridFile } from "../../src/core";
import { GridFileSchema } from "../../src/core/model/grid";

/** A custom grid of `items` competencies over `groups` weighted domains, on a scale of `levels` levels. */
export function bigGridFile(items: number, options: { levels?: number; groups?: number } = {}): GridFile {
  const levels = options.levels ?? 5;
  const groups = Math.min(options.groups ?? 10, items);
  const per = Math.ceil(items / groups);
  const nodes = Array.from({ length: groups }, (_, g) => ({
    id: `d${g + 1}`,
    kind: "domain" as const,
    code: `D${g + 1}`,
    label: `Domaine ${g + 1}`,
    children: Array.from({ length: Math.max(0, Math.min(per, items - g * per)) }, (_, k) => ({
      id: `c${g * per + k + 1}`,
      kind: "competency" as const,
      code: `${g + 1}.${k + 1}`,
      label: `Compétence numéro ${g * per + k + 1}`,
    })),
  }));
  return GridFileSchema.parse({
    schemaVersion: 1,
    referential: { id: "grande", title: "Grande grille", diploma: "Essai", source: "tests", nodes },
    grid: {
      id: "grande",
      title: "Grande grille",
      diploma: "Essai",
      scale: { kind: "levels", id: "niveaux", label: "Niveaux", levels: Array.from({ length: levels }, (_, i) => ({ code: `N${i + 1}`, label: `Niveau ${i + 1}`, points: i + 1 })) },
      fields: [
        { id: "candidate", kind: "identity", label: "Nom et prénom" },
        { id: "mark", kind: "mark", label: "Note" },
      ],
      items: nodes.flatMap((d) => d.children.map((c) => ({ id: c.id, node: c.id, group: d.id }))),
      marking: { kind: "weighted-mean", max: 20, rounding: "nearest-tenth", groups: nodes.map((d, i) => ({ id: d.id, label: d.label, weight: i + 1 })), weights: { c1: 2 } },
    },
  });
}
