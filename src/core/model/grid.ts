import { z } from "zod";
import { ScaleSchema } from "./scale";
import { ReferentialSchema } from "./referential";
import { DomainPercentProvenanceSchema, WeightedMeanProvenanceSchema } from "./provenance";
import { GridColumnSchema, PrintedTextSchema } from "./printed";

/** A rated item: one node of the referential that receives a level (or ticks, or a percentage). */
export const RatedItemSchema = z.strictObject({
  /** Unique among the grid's items; usually the node's code ("1.1"). */
  id: z.string().min(1),
  /** The referential node rated by this item. */
  node: z.string().min(1),
  /** The group (marking) or domain (CQP) the item belongs to. */
  group: z.string().min(1).optional(),
});
export type RatedItem = z.infer<typeof RatedItemSchema>;

export const FieldKindSchema = z.enum(["identity", "date", "appraisal", "mark"]);
export type FieldKind = z.infer<typeof FieldKindSchema>;

/** A field of the form around the grid: identity, date, appraisal, the mark cell. */
export const FieldSchema = z.strictObject({
  id: z.string().min(1),
  kind: FieldKindSchema,
  /** Label as printed on the official grid, verbatim. */
  label: z.string().min(1),
  /** Shorter or variant labels found in teachers' copies. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Required: empty, or absent from an official grid copy (a sheet or document per candidate), is a blocking finding. */
  required: z.boolean().default(true),
  /** Where the official grid prints it when away from the grid, verbatim (E33: « Appréciation motivée obligatoire au verso »). */
  placement: z.string().min(1).optional(),
});
export type Field = z.infer<typeof FieldSchema>;

/** A role a panel member may hold, recognised by words of the member's role or name cell. */
export const PanelRoleSchema = z.strictObject({
  id: z.string().min(1),
  /** As the official text names it: « professeur(e) d'économie gestion ». */
  label: z.string().min(1),
  /** Words that identify the role in what a teacher writes (« professeur », « professionnel »). */
  keywords: z.array(z.string().min(1)).min(1),
});
export type PanelRole = z.infer<typeof PanelRoleSchema>;

export const PanelMembersSchema = z.strictObject({
  roles: z.array(PanelRoleSchema).min(1),
  /** Each accepted composition, as role ids (E33: [teacher, professional] or [teacher, teacher]). */
  accepted: z.array(z.array(z.string().min(1)).min(1)).min(1),
});
export type PanelMembers = z.infer<typeof PanelMembersSchema>;

/** The panel (commission, jury): members with their role. */
export const PanelSchema = z.strictObject({
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Header of the role column: « Qualité », « Fonction ». */
  roleLabel: z.string().min(1).optional(),
  required: z.boolean().default(true),
  roleRequired: z.boolean().default(true),
  /** Official composition, verbatim, for reference. */
  composition: z.array(z.string().min(1)).default([]),
  /** The composition as a rule: the roles a member may hold, and the sets of roles that make a panel. */
  members: PanelMembersSchema.optional(),
  /** Where the official grid prints the panel when away from the grid, verbatim. */
  placement: z.string().min(1).optional(),
});
export type Panel = z.infer<typeof PanelSchema>;

export const RoundingSchema = z.enum(["up-half", "nearest-half", "nearest-tenth", "nearest-hundredth", "none"]);
export type Rounding = z.infer<typeof RoundingSchema>;

export const GroupSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  weight: z.number().positive().default(1),
});
export type Group = z.infer<typeof GroupSchema>;

/**
 * Weighted mean: each item's points (the level's `points`, the number itself on a percentage scale, or a
 * typed number when overrides are allowed), a weighted
 * mean of items within each group, a weighted mean of groups (or of all items when there is no group),
 * divided by the best level's points and scaled to `max`, then rounded.
 */
export const WeightedMeanSchema = z.strictObject({
  kind: z.literal("weighted-mean"),
  max: z.number().positive(),
  /** Weight per item id. Missing items weigh 1. */
  weights: z.record(z.string(), z.number().positive()).default({}),
  groups: z.array(GroupSchema).default([]),
  rounding: RoundingSchema,
  /** A number typed in place of a level, in points, from min to max. Absent: numbers are refused. */
  override: z.strictObject({ min: z.number(), max: z.number() }).optional(),
  /** How the scheme is explained to teachers (the defaults are a proposal, not a national rule). */
  note: z.string().optional(),
  /** Which parts the official text states (quoted) and which are Grille's proposal. */
  provenance: WeightedMeanProvenanceSchema.optional(),
});
export type WeightedMean = z.infer<typeof WeightedMeanSchema>;

/** PFMP: no mark; each item must be practised in at least `minPeriods` periods. */
export const CoverageSchema = z.strictObject({
  kind: z.literal("coverage"),
  minPeriods: z.number().int().positive().default(1),
  note: z.string().optional(),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/** CQP: per assessor, the mean percentage of the items of each group; the panel's figure per group. */
export const DomainPercentSchema = z.strictObject({
  kind: z.literal("domain-percent"),
  groups: z.array(GroupSchema).min(1),
  /** How the panel's figure per group is derived from the assessors' figures. */
  consolidation: z.literal("mean"),
  rounding: RoundingSchema.default("none"),
  note: z.string().optional(),
  provenance: DomainPercentProvenanceSchema.optional(),
});
export type DomainPercent = z.infer<typeof DomainPercentSchema>;

/**
 * Points per criterion: each item is worth the points typed for it, out of the maximum printed beside it
 * (« /5 »); the total is out of the sum of the maxima, scaled to `max` when the mark is out of another
 * figure. A level on a levels scale is worth its share of the item's maximum. Texts such as « NT » or
 * « ABS » mean not attempted: worth 0, or left out of the total and of its maximum, as the file's own
 * formula treats them.
 */
export const PointsSumSchema = z.strictObject({
  kind: z.literal("points-sum"),
  /** The printed maximum of each item, by item id. */
  maxima: z.record(z.string(), z.number().positive()),
  max: z.number().positive(),
  notAttempted: z.array(z.string().min(1)).default([]),
  notAttemptedAs: z.enum(["zero", "excluded"]).default("zero"),
  rounding: RoundingSchema,
  note: z.string().optional(),
});
export type PointsSum = z.infer<typeof PointsSumSchema>;

export const MarkingSchemeSchema = z.discriminatedUnion("kind", [WeightedMeanSchema, CoverageSchema, DomainPercentSchema, PointsSumSchema]);
export type MarkingScheme = z.infer<typeof MarkingSchemeSchema>;

/** A rule that overrides the computed result when a condition (a flag read from the document) holds. */
export const RuleSchema = z.strictObject({
  id: z.string().min(1),
  /** The official text of the rule, verbatim. */
  label: z.string().min(1),
  /** The flag in the evaluation that triggers the rule. */
  flag: z.string().min(1),
  /** How a teacher records the condition in a document (« Absence de présentation numérique »). */
  aliases: z.array(z.string().min(1)).default([]),
  effect: z.enum(["zero", "absent"]),
});
export type Rule = z.infer<typeof RuleSchema>;

/** Several assessors rate the same candidate (CQP jury members); the chair consolidates. */
export const AssessorsSchema = z.strictObject({
  min: z.number().int().positive().default(1),
  max: z.number().int().positive().optional(),
  chairCanOverride: z.boolean().default(true),
});
export type Assessors = z.infer<typeof AssessorsSchema>;

/** How an épreuve assesses the referential: which nodes are rated, on which scale, how it is marked. */
export const GridDefinitionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "identifiant en minuscules, chiffres et tirets"),
  title: z.string().min(1),
  diploma: z.string().min(1),
  /** The épreuve's code and official title: { code: "E31", title: "Gestion des relations…" }. */
  epreuve: z.strictObject({ code: z.string().min(1), title: z.string().min(1) }).optional(),
  coefficient: z.number().positive().optional(),
  /** Headings and phrases printed on the official grid, verbatim: strong anchors for recognition. */
  anchors: z.array(z.string().min(1)).default([]),
  scale: ScaleSchema,
  items: z.array(RatedItemSchema).min(1),
  fields: z.array(FieldSchema).default([]),
  panel: PanelSchema.optional(),
  marking: MarkingSchemeSchema.optional(),
  /**
   * Whose marking this is when a teacher or a school adapted the grid's own (a built-in grid's variant,
   * kept in their file): « Barème de l'établissement ». The mark's trace names it.
   */
  markingVariant: z.string().min(1).optional(),
  rules: z.array(RuleSchema).default([]),
  assessors: AssessorsSchema.optional(),
  /**
   * The text columns of the official table with their captions (PFMP: Activités | Compétences | Critères
   * d'évaluation; CQP: … | PRISE DE NOTES). Absent: Grille's own layout for the scale.
   */
  columns: z.array(GridColumnSchema).min(1).optional(),
  /** Official texts printed with the grid (instructions, level descriptions, scales), verbatim. */
  texts: z.array(PrintedTextSchema).optional(),
});
export type GridDefinition = z.infer<typeof GridDefinitionSchema>;

export const SCHEMA_VERSION = 1;

/** One file: the referential and the grid that assesses it. */
export const GridFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  referential: ReferentialSchema,
  grid: GridDefinitionSchema,
});
export type GridFile = z.infer<typeof GridFileSchema>;
export type GridFileInput = z.input<typeof GridFileSchema>;
