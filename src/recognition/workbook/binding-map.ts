import { z } from "zod";
import type { SheetBinding } from "../sheet/binding";

const TextSchema = z.object({ fr: z.string(), en: z.string() });
const A1 = z.string().regex(/^[A-Z]{1,3}\d{1,7}$/);

const SheetBindingSchema = z.object({
  sheet: z.string(),
  gridId: z.string(),
  layout: z.enum(["sheet", "row-per-candidate"]),
  confidence: z.number(),
  header: z.object({ row: z.number().int().min(0), columns: z.record(z.string(), z.number().int().min(0)) }).nullable(),
  items: z.record(
    z.string(),
    z.object({ label: A1, levels: z.record(z.string(), A1).optional(), value: A1.optional(), area: z.string().optional(), confidence: z.number() }),
  ),
  fields: z.record(z.string(), z.object({ label: A1, value: A1, inline: z.boolean(), confidence: z.number() })),
  panel: z.object({ label: A1, members: z.array(z.object({ name: A1, role: A1.nullable() })) }).nullable(),
  flags: z.record(z.string(), A1),
  table: z
    .object({
      headerRow: z.number().int().min(0),
      nameColumns: z.array(z.number().int().min(0)),
      itemColumns: z.record(z.string(), z.number().int().min(0)),
      extraColumns: z.record(z.string(), z.array(z.number().int().min(0))).optional(),
      fieldColumns: z.record(z.string(), z.number().int().min(0)),
      firstRow: z.number().int().min(0),
      lastRow: z.number().int().min(0),
    })
    .optional(),
  missing: z.object({ items: z.array(z.string()), fields: z.array(z.string()) }),
  notes: z.array(TextSchema),
});

/**
 * What Grille stores in a workbook (custom XML part in Excel, hidden sheet in .xlsx files): the grid and
 * each sheet's binding, as confirmed or corrected by the teacher. Stored bindings win over detection.
 */
export const BindingMapSchema = z.object({
  version: z.literal(1),
  gridId: z.string(),
  sheets: z.record(z.string(), SheetBindingSchema),
  /** Grid files the teacher confirmed for this file (learned, or a variant of a built-in marking): see stored-grids.ts. */
  grids: z.array(z.unknown()).optional(),
});
export type BindingMap = z.infer<typeof BindingMapSchema>;

/** The stored map, or null when absent or unreadable (then detection runs, nothing is lost). */
export function parseBindingMap(raw: unknown): BindingMap | null {
  if (raw === undefined || raw === null) return null;
  const parsed = BindingMapSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function bindingMapOf(gridId: string, bindings: readonly SheetBinding[]): BindingMap {
  return { version: 1, gridId, sheets: Object.fromEntries(bindings.map((b) => [b.sheet, b])) };
}
