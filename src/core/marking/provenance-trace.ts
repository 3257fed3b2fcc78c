import type { WeightedMean } from "../model/grid";
import { isOfficial, type RuleSource } from "../model/provenance";
import { text, type Text } from "../i18n/locale";
import { describeRounding } from "./rounding";

interface Part {
  fr: string;
  en: string;
  source: RuleSource | undefined;
}

/**
 * The last step of a trace: which parts of the scheme the official text states (with its line) and which
 * are Grille's proposal, so that no default of Grille's reads as if the official text said it. A part
 * whose source the grid file does not state (a teacher's own grid) is not labelled.
 */
export function provenanceStep(parts: readonly Part[]): Text | null {
  const proposed = parts.filter((p) => p.source?.source === "grille");
  const official = parts.filter((p) => isOfficial(p.source));
  const fr: string[] = [];
  const en: string[] = [];
  if (proposed.length > 0) {
    fr.push(`proposition de Grille : ${proposed.map((p) => p.fr).join(", ")}`);
    en.push(`Grille's proposal: ${proposed.map((p) => p.en).join(", ")}`);
  }
  for (const part of official) {
    const quote = isOfficial(part.source) ? part.source.quote : "";
    fr.push(`règle officielle : ${part.fr} (« ${quote} »)`);
    en.push(`official rule: ${part.en} ("${quote}")`);
  }
  return fr.length === 0 ? null : text(fr.join(" ; "), en.join("; "));
}

/** The parts of a weighted-mean scheme a teacher may ask about: points per level, weights, rounding. */
export function weightedMeanParts(scheme: WeightedMean, levelPoints: boolean, equalWeights: boolean): Part[] {
  const provenance = scheme.provenance ?? {};
  const parts: Part[] = [
    ...(levelPoints ? [{ fr: "points par niveau", en: "points per level", source: provenance.points }] : []),
    equalWeights
      ? { fr: "poids égaux", en: "equal weights", source: provenance.weights }
      : { fr: "poids", en: "weights", source: provenance.weights },
  ];
  if (scheme.rounding !== "none") {
    const how = describeRounding(scheme.rounding);
    parts.push({ fr: how.fr, en: how.en, source: provenance.rounding });
  }
  return parts;
}
