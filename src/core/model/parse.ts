import type { z } from "zod";
import { GridFileSchema, type GridFile } from "./grid";
import { parseJsonText } from "./json-text";
import { validateGridFile, type SchemaProblem } from "./validate";

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** French names of the keys of a grid file, so that a message names what the teacher sees. */
const FRENCH_KEYS: Record<string, string> = {
  schemaVersion: "versionDuSchéma",
  referential: "référentiel",
  grid: "grille",
  nodes: "nœuds",
  children: "enfants",
  label: "libellé",
  details: "détails",
  descriptors: "descripteurs",
  levels: "niveaux",
  scale: "échelle",
  items: "items",
  node: "nœud",
  group: "groupe",
  groups: "groupes",
  weight: "poids",
  weights: "pondérations",
  fields: "champs",
  panel: "commission",
  marking: "barème",
  rules: "règles",
  rounding: "arrondi",
  override: "saisieNumérique",
  aliases: "variantes",
  anchors: "ancres",
  title: "titre",
  diploma: "diplôme",
  epreuve: "épreuve",
  kind: "type",
  required: "obligatoire",
  assessors: "évaluateurs",
};

function frenchPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += (out ? "." : "") + (FRENCH_KEYS[String(segment)] ?? String(segment));
  }
  return out || "(racine)";
}

function rawPath(path: readonly PropertyKey[]): string {
  return path.map((s) => (typeof s === "number" ? `[${s}]` : `.${String(s)}`)).join("").replace(/^\./, "");
}

function where(path: readonly PropertyKey[]): string {
  const fr = frenchPath(path);
  const raw = rawPath(path);
  return raw && raw !== fr ? `${fr} (${raw})` : fr;
}

const TYPE_NAMES: Record<string, string> = {
  string: "texte",
  number: "nombre",
  boolean: "booléen",
  object: "objet",
  array: "liste",
  null: "null",
  undefined: "rien",
};

function describeInput(input: unknown): string {
  if (input === undefined) return "rien";
  if (typeof input === "string") return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (Array.isArray(input)) return "une liste";
  if (input === null) return "null";
  if (typeof input === "object") return "un objet";
  return String(input);
}

function frenchIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      return input === undefined
        ? `${TYPE_NAMES[issue.expected] ?? issue.expected} attendu, valeur absente`
        : `${TYPE_NAMES[issue.expected] ?? issue.expected} attendu, reçu ${describeInput(input)}`;
    case "unrecognized_keys":
      return `clé inconnue : ${issue.keys.map((k) => `« ${k} »`).join(", ")}`;
    case "too_small":
      return issue.origin === "array"
        ? `au moins ${String(issue.minimum)} élément(s) attendu(s)`
        : issue.origin === "string"
          ? "texte vide"
          : `valeur trop petite (minimum ${String(issue.minimum)}), reçu ${describeInput(input)}`;
    case "too_big":
      return `valeur trop grande (maximum ${String(issue.maximum)}), reçu ${describeInput(input)}`;
    case "invalid_value":
      return `valeur attendue parmi ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, reçu ${describeInput(input)}`;
    case "invalid_union":
      return `forme non reconnue, reçu ${describeInput(input)}`;
    case "invalid_format":
      return `format invalide (${issue.format}), reçu ${describeInput(input)}`;
    default:
      return issue.message;
  }
}

/** Deeper nodes than any referential has (diploma › pôle › bloc › activité › compétence › critère…). */
export const MAX_NODE_DEPTH = 16;
/** JSON nesting anywhere: room for MAX_NODE_DEPTH nodes (two levels each) and the file's own shape. */
const MAX_JSON_DEPTH = 2 * MAX_NODE_DEPTH + 16;

/**
 * A file nested deeper than any grid needs is refused before the recursive checks run (a file 1,000
 * nodes deep would exhaust the stack). Measured without recursion.
 */
function nestingProblem(data: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: data, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth > MAX_JSON_DEPTH) return `(racine) : imbrication trop profonde (plus de ${MAX_JSON_DEPTH} niveaux) ; un référentiel a au plus ${MAX_NODE_DEPTH} niveaux de nœuds imbriqués`;
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  const nodes = (data as { referential?: { nodes?: unknown } } | null)?.referential?.nodes;
  const levels: { value: unknown; depth: number }[] = [{ value: nodes, depth: 1 }];
  while (levels.length > 0) {
    const { value, depth } = levels.pop()!;
    if (!Array.isArray(value)) continue;
    if (depth > MAX_NODE_DEPTH) return `référentiel.nœuds (referential.nodes) : nœuds imbriqués sur plus de ${MAX_NODE_DEPTH} niveaux ; regroupez les niveaux intermédiaires`;
    for (const node of value) levels.push({ value: (node as { children?: unknown } | null)?.children, depth: depth + 1 });
  }
  return null;
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function forbiddenKeys(value: unknown, path: (string | number)[] = [], out: SchemaProblem[] = []): SchemaProblem[] {
  if (Array.isArray(value)) value.forEach((v, i) => forbiddenKeys(v, [...path, i], out));
  else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) out.push({ path, message: `clé interdite : « ${key} »` });
      else forbiddenKeys((value as Record<string, unknown>)[key], [...path, key], out);
    }
  }
  return out;
}

/** Parses a grid file (already decoded from JSON). Never throws: errors are French messages with paths. */
export function parseGridFile(data: unknown): ParseResult<GridFile> {
  const tooDeep = nestingProblem(data);
  if (tooDeep) return { ok: false, errors: [tooDeep] };
  const forbidden = forbiddenKeys(data);
  if (forbidden.length > 0) return { ok: false, errors: forbidden.map((p) => `${where(p.path)} : ${p.message}`) };
  const parsed = GridFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${where(issue.path)} : ${frenchIssue(issue)}`) };
  }
  const problems = validateGridFile(parsed.data);
  if (problems.length > 0) return { ok: false, errors: problems.map((p) => `${where(p.path)} : ${p.message}`) };
  return { ok: true, value: parsed.data };
}

/** Parses the text of a grid file: a JSON syntax error is a message too, with its line and column. */
export function parseGridJson(text: string): ParseResult<GridFile> {
  const parsed = parseJsonText(text);
  return parsed.ok ? parseGridFile(parsed.value) : { ok: false, errors: [parsed.error] };
}
