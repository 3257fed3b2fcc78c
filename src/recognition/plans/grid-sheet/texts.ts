import type { CompiledGrid } from "../../../core/model/compile";
import { itemLabel } from "../../../core/model/compile";
import type { Field, GridDefinition, RatedItem, Rule } from "../../../core/model/grid";
import type { ReferentialNode } from "../../../core/model/referential";
import { levelsOf } from "../../../core/model/scale";
import type { CellStyle } from "../plan";
import { S } from "./styles";

/** The texts of a « Nouvelle grille »: headings, captions, and what the referential nodes print. */

export const REPORT_HEADING = "L'appréciation de chaque domaine";
export const COMPETENCIES = "Compétences";
export const CRITERIA = "Critères d’évaluation";
const BULLET = "· ";

/** Accents, case, apostrophes, punctuation and plurals folded: to tell whether two headings say the same. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((word) => (word.length > 3 ? word.replace(/s$/, "") : word))
    .join(" ");
}

export function parentsOf(nodes: readonly ReferentialNode[]): Map<string, ReferentialNode> {
  const parents = new Map<string, ReferentialNode>();
  const stack = [...nodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of node.children ?? []) {
      parents.set(child.id, node);
      stack.push(child);
    }
  }
  return parents;
}

export const codeAndLabel = (node: ReferentialNode): string => (node.code ? `${node.code} ${node.label}` : node.label);
export const bullets = (nodes: readonly ReferentialNode[]): string[] => nodes.map((n) => `${BULLET}${codeAndLabel(n)}`);
export const childrenOf = (node: ReferentialNode | undefined, kind?: ReferentialNode["kind"]): ReferentialNode[] =>
  (node?.children ?? []).filter((c) => kind === undefined || c.kind === kind);

/** The heading of a section as the grid prints it (« Pôle 1 > Gestion… »), else its code and label. */
export function sectionHeading(grid: GridDefinition, node: ReferentialNode): string {
  const label = fold(node.label);
  const anchor = grid.anchors.find((a) => fold(a).endsWith(label) && a.length <= node.label.length + 12);
  return anchor ?? codeAndLabel(node);
}

/** The sections (outermost first) an item is listed under: its group's node and that node's ancestors. */
export function sectionsOf(compiled: CompiledGrid, parents: Map<string, ReferentialNode>, item: RatedItem): ReferentialNode[] {
  const group = item.group ? compiled.nodes.get(item.group) : undefined;
  const chain: ReferentialNode[] = [];
  for (let node = group; node; node = parents.get(node.id)) chain.unshift(node);
  return chain;
}

/** What a teacher records a rule's condition with: its first alias (« Absence de présentation numérique »). */
export const flagLabel = (rule: Rule): string => rule.aliases?.[0] ?? rule.label;

export function candidateField(grid: GridDefinition): Field | undefined {
  return grid.fields.find((f) => f.id === "candidate") ?? grid.fields.find((f) => f.kind === "identity" && /\bnom\b/.test(fold(f.label)));
}

export function childrenCaption(compiled: CompiledGrid): string {
  const kinds = new Set(compiled.grid.items.flatMap((i) => childrenOf(compiled.itemNodes.get(i.id)).map((c) => c.kind)));
  if (kinds.size === 1 && kinds.has("criterion")) return CRITERIA;
  if (kinds.size === 1 && kinds.has("indicator")) return "Indicateurs d’évaluation";
  return "Questions et consignes";
}

export const KIND_CAPTION: Partial<Record<ReferentialNode["kind"], string>> = {
  competency: "Compétence",
  observation: "Observation",
  criterion: "Critère",
  indicator: "Indicateur",
  activity: "Activité",
  block: "Bloc",
  domain: "Domaine",
};

/** Texts the body of the sheet prints: an anchor saying the same is not repeated in the title block. */
function bodyTexts(compiled: CompiledGrid, parents: Map<string, ReferentialNode>): string[] {
  const { grid } = compiled;
  const texts = [grid.scale.label, REPORT_HEADING, COMPETENCIES, CRITERIA, childrenCaption(compiled), "Couverture"];
  for (const level of levelsOf(grid.scale)) texts.push(level.code, level.label);
  for (const field of grid.fields) texts.push(field.label);
  if (grid.panel) texts.push(grid.panel.label, grid.panel.roleLabel ?? "");
  for (const rule of grid.rules) texts.push(rule.label, flagLabel(rule));
  for (const column of grid.columns ?? []) texts.push(column.caption);
  for (const block of grid.texts ?? []) texts.push(block.heading ?? "", ...block.lines, ...(block.tableHeader ?? []));
  const headings = new Set<string>();
  for (const item of grid.items) {
    texts.push(itemLabel(compiled, item));
    for (const section of sectionsOf(compiled, parents, item)) headings.add(sectionHeading(grid, section));
  }
  return [...texts, ...headings].filter((t) => t.trim() !== "");
}

/** The épreuve as printed (« Sous-épreuve E31 - Gestion… ») when an anchor says it, else « E31 – Gestion… ». */
function epreuveLine(grid: GridDefinition): string | null {
  if (!grid.epreuve) return null;
  const code = fold(grid.epreuve.code);
  const title = fold(grid.epreuve.title);
  const printed = grid.anchors.find((a) => {
    const f = fold(a);
    return f.includes(title) && ` ${f} `.includes(` ${code} `);
  });
  return printed ?? `${grid.epreuve.code} – ${grid.epreuve.title}`;
}

/** Diploma, épreuve, title, then the anchors the rest of the sheet does not already print. */
export function titleLines(compiled: CompiledGrid, parents: Map<string, ReferentialNode>): { text: string; style: CellStyle }[] {
  const { grid } = compiled;
  const epreuve = epreuveLine(grid);
  const lines: { text: string; style: CellStyle }[] = [{ text: grid.diploma, style: S.subtitle }];
  if (epreuve) lines.push({ text: epreuve, style: S.subtitle });
  const official = (place: "above-title" | "title") =>
    (grid.texts ?? []).filter((b) => b.place === place).flatMap((b) => b.lines.map((text) => ({ text, style: S.subtitle })));
  lines.push(...official("above-title"), { text: grid.title, style: S.title }, ...official("title"));
  const heads = [fold(grid.title), ...(epreuve ? [fold(epreuve)] : [])];
  const seen = [...lines.map((l) => fold(l.text)), ...bodyTexts(compiled, parents).map(fold)];
  for (const anchor of grid.anchors) {
    const f = fold(anchor);
    const repeated = seen.some((s) => s === f || s.includes(f)) || heads.some((h) => f.includes(h));
    if (f === "" || repeated) continue;
    lines.push({ text: anchor, style: S.anchor });
    seen.push(f);
  }
  return lines;
}
