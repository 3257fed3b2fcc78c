import { z } from "zod";

/**
 * What a node of a referential is. Sections (pôle, bloc, activité, domaine, phase) hold competencies;
 * competencies hold criteria and indicators; the rest is reference text that recognition may match.
 */
export const NodeKindSchema = z.enum([
  "pole",
  "block",
  "activity",
  "domain",
  "task",
  "competency",
  "criterion",
  "indicator",
  "knowledge",
  "observation",
  "question",
  "rolePlay",
  "context",
  "prompt",
  "successCriterion",
  "note",
]);
export type NodeKind = z.infer<typeof NodeKindSchema>;

export interface ReferentialNode {
  /** Unique within the grid file: "1.1", "1.1.1", "e33-traiter", "1.1-c2". */
  id: string;
  kind: NodeKind;
  /** Official code as printed, when there is one: "1.1", "2.3.2". */
  code?: string;
  /** Official wording, verbatim. */
  label: string;
  /** Verbatim complement: the parenthesised details of an E33 indicator, a knowledge item's notes. */
  details?: string;
  /** Verbatim descriptor per level code, when the source describes each level for this node (E33). */
  descriptors?: Record<string, string>;
  /** Heading under which the source prints this node's descriptors (E33: « PHASE PRÉPARATOIRE »). */
  phase?: string;
  children?: ReferentialNode[];
}

export const ReferentialNodeSchema: z.ZodType<ReferentialNode> = z.lazy(() =>
  z.strictObject({
    id: z.string().min(1),
    kind: NodeKindSchema,
    code: z.string().min(1).optional(),
    label: z.string().min(1),
    details: z.string().min(1).optional(),
    descriptors: z.record(z.string(), z.string().min(1)).optional(),
    phase: z.string().min(1).optional(),
    children: z.array(ReferentialNodeSchema).optional(),
  }),
);

/** What is assessed: the official tree of sections, competencies, criteria, with its source. */
export const ReferentialSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  diploma: z.string().min(1),
  /** Where the wording comes from (document title), for teachers to check. */
  source: z.string().optional(),
  nodes: z.array(ReferentialNodeSchema).min(1),
});
export type Referential = z.infer<typeof ReferentialSchema>;

/** Every node of a tree, depth first, parents before children. */
export function* walkNodes(nodes: readonly ReferentialNode[]): Generator<ReferentialNode> {
  for (const node of nodes) {
    yield node;
    if (node.children) yield* walkNodes(node.children);
  }
}
