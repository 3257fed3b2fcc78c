import { z } from "zod";

/**
 * Where a marking rule comes from. « official »: the seed text says it, quoted verbatim (E31's
 * « Note sur 20 (arrondie au ½ point supérieur) »). « grille »: the text is silent and the rule is
 * Grille's proposal, which the commission and the teacher may change (points per level, weights, E33's
 * rounding). Nothing is presented, or enforced, as official unless a line of the official text says so.
 */
export const RuleSourceSchema = z.discriminatedUnion("source", [
  z.strictObject({ source: z.literal("official"), quote: z.string().min(1) }),
  z.strictObject({ source: z.literal("grille") }),
]);
export type RuleSource = z.infer<typeof RuleSourceSchema>;

/** The source of each part of a weighted-mean scheme. */
export const WeightedMeanProvenanceSchema = z.strictObject({
  points: RuleSourceSchema.optional(),
  weights: RuleSourceSchema.optional(),
  rounding: RuleSourceSchema.optional(),
});
export type WeightedMeanProvenance = z.infer<typeof WeightedMeanProvenanceSchema>;

/** The source of each part of a CQP domain scheme: each assessor's mean, the panel's figure. */
export const DomainPercentProvenanceSchema = z.strictObject({
  assessorMean: RuleSourceSchema.optional(),
  consolidation: RuleSourceSchema.optional(),
});
export type DomainPercentProvenance = z.infer<typeof DomainPercentProvenanceSchema>;

export const isOfficial = (source: RuleSource | undefined): source is { source: "official"; quote: string } => source?.source === "official";
