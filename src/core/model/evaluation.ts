import { z } from "zod";

/**
 * What was read for one rated item, host-neutral. `at` is an opaque location chosen by the host
 * ("Candidat 1!D12", "tableau 2, ligne 5") that findings carry back so the pane can select it.
 */
export const RatingValueSchema = z.discriminatedUnion("kind", [
  /** A level of the scale, by code: a cross in the « M » column, « Maîtrise » typed, « P3 » ticked. */
  z.strictObject({ kind: z.literal("level"), code: z.string().min(1), at: z.string().optional() }),
  /** A number: a percentage on a percent scale, or a number typed in place of a level. */
  z.strictObject({ kind: z.literal("number"), value: z.number(), at: z.string().optional() }),
  /** Something that is neither a level nor a number: kept verbatim for the finding. */
  z.strictObject({ kind: z.literal("unknown"), raw: z.string(), at: z.string().optional() }),
]);
export type RatingValue = z.infer<typeof RatingValueSchema>;

export const ItemRatingSchema = z.strictObject({
  values: z.array(RatingValueSchema),
  /** Where the item's rating belongs (its row, or its level cells), to point at when nothing was read. */
  at: z.string().optional(),
});
export type ItemRating = z.infer<typeof ItemRatingSchema>;

export const FieldValueSchema = z.strictObject({
  value: z.union([z.string(), z.number(), z.null()]),
  at: z.string().optional(),
});
export type FieldValue = z.infer<typeof FieldValueSchema>;

export const PanelMemberSchema = z.strictObject({
  name: z.string().nullable(),
  role: z.string().nullable(),
  at: z.string().optional(),
});
export type PanelMember = z.infer<typeof PanelMemberSchema>;

export const AssessorSheetSchema = z.strictObject({
  name: z.string().nullable(),
  role: z.string().nullable().optional(),
  ratings: z.record(z.string(), ItemRatingSchema),
  at: z.string().optional(),
});
export type AssessorSheet = z.infer<typeof AssessorSheetSchema>;

/** The figure the jury agreed for one domain (CQP), and an optional reason for it. */
export const PanelOverrideSchema = z.strictObject({
  percent: z.number().nullable(),
  reason: z.string().nullable(),
  at: z.string().optional(),
  /** Where the reason is (or goes). */
  reasonAt: z.string().optional(),
});
export type PanelOverride = z.infer<typeof PanelOverrideSchema>;

/**
 * The chair's synthesis (CQP « Grille de synthèse des appréciations »): one comment for the whole jury
 * (« Le président synthétise les commentaires en une formulation unique »), the chair's name by the
 * signature line. The agreed figure per domain is in `panelOverrides`.
 */
export const PanelSynthesisSchema = z.strictObject({
  /** The sheet (or document table) that holds it. */
  sheet: z.string().optional(),
  comment: FieldValueSchema,
  chair: FieldValueSchema,
});
export type PanelSynthesis = z.infer<typeof PanelSynthesisSchema>;

/**
 * One candidate's evaluation on one grid, as read from a document. Presence carries meaning: a field,
 * the panel or the mark is absent when the layout has no place for it, and then it is not required.
 */
export const EvaluationSchema = z.strictObject({
  gridId: z.string().min(1),
  /**
   * Read from a copy of the official grid (a sheet or a document per candidate): its required parts are
   * then required even when absent. Unset for a row of a tableau de suivi, whose columns are the teacher's choice.
   */
  copy: z.enum(["sheet", "document"]).optional(),
  /** Item id → what was read. A missing key means nothing was read for that item. */
  ratings: z.record(z.string(), ItemRatingSchema).default({}),
  /** Field id → value, for the fields the layout has (the mark field included). */
  fields: z.record(z.string(), FieldValueSchema).default({}),
  /** `roles`: false when the layout has no place for the members' roles (then they are not required). */
  panel: z
    .strictObject({ members: z.array(PanelMemberSchema), roles: z.boolean().default(true), at: z.string().optional() })
    .optional(),
  /** Rule flags read from the document (E33: noDigitalPresentation). */
  flags: z.record(z.string(), z.boolean()).default({}),
  /** Grids rated by several assessors (CQP): one sheet per assessor; `ratings` is then unused. */
  assessors: z.array(AssessorSheetSchema).optional(),
  /** The figure the jury agreed per group (read from the synthesis grid); the assessors' mean is only the proposal. */
  panelOverrides: z.record(z.string(), PanelOverrideSchema).optional(),
  /** The chair's synthesis, when the file has one. */
  synthesis: PanelSynthesisSchema.optional(),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;
export type EvaluationInput = z.input<typeof EvaluationSchema>;

/** An empty evaluation of a grid, to be filled by a reader or a test builder. */
export function emptyEvaluation(gridId: string): Evaluation {
  return { gridId, ratings: {}, fields: {}, flags: {} };
}
