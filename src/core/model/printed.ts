import { z } from "zod";

/**
 * Where an official text prints on the grid Grille writes:
 * - "above-title": in the title block, between the épreuve and the grid's title (E33: « Coefficient 3 »);
 * - "title": in the title block, under the grid's title (E33: « Épreuve orale ponctuelle », « Durée : 40 minutes »);
 * - "before-grid": between the identity fields and the rated items (E31: « Consignes aux évaluateurs »);
 * - "after-grid": under the rated items (E33: the note on crosses, the degrees of mastery);
 * - "before-appraisal": just above the appraisal areas (E33: « Commentaires objectifs : »).
 */
export const PrintPlaceSchema = z.enum(["above-title", "title", "before-grid", "after-grid", "before-appraisal"]);
export type PrintPlace = z.infer<typeof PrintPlaceSchema>;

/**
 * A table the official document prints from wording the grid file already holds verbatim elsewhere:
 * - "level-descriptions": one line per level, « Novice : aucune autonomie… » (E31 paliers);
 * - "level-descriptors": the rated nodes' descriptors, one column per level, under their phase (E33
 *   degrees of mastery);
 * - "scale-descriptors": the percentage scale's descriptor sets, then its anchors (CQP appreciation scales).
 */
export const PrintedTableSchema = z.enum(["level-descriptions", "level-descriptors", "scale-descriptors"]);
export type PrintedTable = z.infer<typeof PrintedTableSchema>;

/** A block of official text printed with the grid: its heading, its lines, then a table, all verbatim. */
export const PrintedTextSchema = z.strictObject({
  place: PrintPlaceSchema,
  /** Only where the official document has one. */
  heading: z.string().min(1).optional(),
  /** One paragraph each, in the official order. */
  lines: z.array(z.string().min(1)).default([]),
  table: PrintedTableSchema.optional(),
  /** The table's column headings as printed (E33: « 1. Novice », « 2. Débrouillé »…). */
  tableHeader: z.array(z.string().min(1)).optional(),
});
export type PrintedText = z.infer<typeof PrintedTextSchema>;

/**
 * What a text column of the official table shows: the section (CQP domain), the task (PFMP activity),
 * the rated item (competency with its code, observation), its children (criteria, questions), or nothing
 * but room to write (CQP « PRISE DE NOTES »).
 */
export const ColumnContentSchema = z.enum(["section", "task", "item", "children", "notes"]);
export type ColumnContent = z.infer<typeof ColumnContentSchema>;

/** A text column of the official table, left to right, with its caption verbatim. */
export const GridColumnSchema = z.strictObject({
  caption: z.string().min(1),
  shows: ColumnContentSchema,
});
export type GridColumn = z.infer<typeof GridColumnSchema>;
