import { z } from "zod";

/** One level of a scale: « M » / « Maîtrise », « 3 » / « Averti », « P2 ». */
export const LevelSchema = z.strictObject({
  /** Short code written in level cells and headers: "N", "3", "P2". Unique within the scale. */
  code: z.string().min(1),
  /** Official label, verbatim: "Maîtrise", "Averti". */
  label: z.string().min(1),
  /** Other spellings a teacher may type for this level (case and accents are folded anyway). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Official descriptor of the level, verbatim, when the source has one. */
  description: z.string().optional(),
  /** Points this level is worth in a weighted-mean marking. Missing: rank / number of levels. */
  points: z.number().min(0).optional(),
});
export type Level = z.infer<typeof LevelSchema>;

/** An indicative anchor of a percentage scale (CQP: 0, 30, 50, 70, 100 %). */
export const AnchorSchema = z.strictObject({
  value: z.number().min(0).max(100),
  label: z.string().optional(),
});
export type Anchor = z.infer<typeof AnchorSchema>;

/** A set of descriptors that situates a rating on the scale in one context of observation. */
export const DescriptorSetSchema = z.strictObject({
  context: z.string().min(1),
  descriptors: z.array(z.string().min(1)).min(1),
});
export type DescriptorSet = z.infer<typeof DescriptorSetSchema>;

/**
 * A scale:
 * - "levels": ordered levels, one per rated item (N/F/M/E, profiles 1–4, A/B/C/D…), worst first;
 * - "periods": ticks in any number of periods (PFMP P1…P6), order is chronological;
 * - "percent": a number from min to max (CQP 0–100 %), with indicative anchors.
 */
export const ScaleSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("levels"),
    id: z.string().min(1),
    label: z.string().min(1),
    levels: z.array(LevelSchema).min(2),
  }),
  z.strictObject({
    kind: z.literal("periods"),
    id: z.string().min(1),
    label: z.string().min(1),
    levels: z.array(LevelSchema).min(1),
  }),
  z.strictObject({
    kind: z.literal("percent"),
    id: z.string().min(1),
    label: z.string().min(1),
    min: z.number().default(0),
    max: z.number().default(100),
    anchors: z.array(AnchorSchema).default([]),
    descriptorSets: z.array(DescriptorSetSchema).default([]),
  }),
]);
export type Scale = z.infer<typeof ScaleSchema>;
export type LevelScale = Extract<Scale, { kind: "levels" }>;
export type PeriodScale = Extract<Scale, { kind: "periods" }>;
export type PercentScale = Extract<Scale, { kind: "percent" }>;

/** The levels of a scale, empty for a percentage scale. */
export function levelsOf(scale: Scale): readonly Level[] {
  return scale.kind === "percent" ? [] : scale.levels;
}
