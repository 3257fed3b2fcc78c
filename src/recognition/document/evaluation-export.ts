import { z } from "zod";
import { EvaluationSchema, type Evaluation } from "../../core/model/evaluation";

/**
 * One candidate's evaluation as the Excel pane exports it (« Copier la fiche »: clipboard or file) and
 * the Word pane imports it to insert a filled grid. Versioned; validated at the boundary with zod.
 */
export const EvaluationExportSchema = z.strictObject({
  format: z.literal("grille-evaluation"),
  version: z.literal(1),
  gridId: z.string().min(1),
  candidate: z.string().nullable(),
  evaluation: EvaluationSchema,
  /** The mark Grille proposed in Excel, « 15 / 20 », for Word to print where the typed mark goes when none was typed. Absent from older records. */
  proposedMark: z.strictObject({ value: z.number(), max: z.number().positive() }).nullable().optional(),
});
export type EvaluationExport = z.infer<typeof EvaluationExportSchema>;
export type ProposedMark = NonNullable<EvaluationExport["proposedMark"]>;

export function evaluationExport(gridId: string, candidate: string | null, evaluation: Evaluation, proposedMark: ProposedMark | null = null): EvaluationExport {
  return { format: "grille-evaluation", version: 1, gridId, candidate, evaluation, proposedMark };
}

export type EvaluationExportResult = { ok: true; value: EvaluationExport } | { ok: false; errors: string[] };

const KEYS: Record<string, string> = {
  format: "format",
  version: "version",
  gridId: "grille",
  candidate: "candidat",
  evaluation: "évaluation",
  ratings: "niveaux",
  fields: "champs",
  values: "valeurs",
  panel: "commission",
  members: "membres",
  flags: "indicateurs",
  assessors: "évaluateurs",
  proposedMark: "note proposée",
  value: "valeur",
  max: "sur",
};

const pathOf = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${KEYS[String(p)] ?? String(p)}`)).join("") || "(racine)";

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `type attendu : ${issue.expected}`;
    case "invalid_value":
      return `valeur attendue parmi ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `clé inconnue : ${issue.keys.map((k) => `« ${k} »`).join(", ")}`;
    case "too_small":
      return "valeur vide";
    case "invalid_union":
      return "forme non reconnue";
    default:
      return issue.message;
  }
}

/**
 * Reads an exported evaluation (JSON text). Never throws: errors are French sentences naming the place,
 * for the pane to show as they are.
 */
export function parseEvaluationExport(text: string): EvaluationExportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, errors: ["Ce n’est pas une fiche d’évaluation Grille : le texte n’est pas du JSON (copiez-la de nouveau depuis le volet Excel, « Copier la fiche »)."] };
  }
  if (typeof raw !== "object" || raw === null || (raw as { format?: unknown }).format !== "grille-evaluation") {
    return { ok: false, errors: ["Ce n’est pas une fiche d’évaluation Grille (le champ « format » doit valoir « grille-evaluation »)."] };
  }
  if ((raw as { version?: unknown }).version !== 1) {
    return { ok: false, errors: [`Version de fiche non prise en charge : ${JSON.stringify((raw as { version?: unknown }).version)} (attendu : 1). Mettez Grille à jour.`] };
  }
  const parsed = EvaluationExportSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => `${pathOf(issue.path)} : ${issueText(issue)}`) };
  if (parsed.data.evaluation.gridId !== parsed.data.gridId) {
    return { ok: false, errors: [`La fiche annonce la grille « ${parsed.data.gridId} » mais son évaluation porte sur « ${parsed.data.evaluation.gridId} ».`] };
  }
  return { ok: true, value: parsed.data };
}
