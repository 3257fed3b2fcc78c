import { normalizeText } from "../recognition/text/normalize";

/**
 * Candidate names from a class list: one name per line, or « Nom;Prénom » / « Nom,Prénom » columns
 * (an optional header row says which column is which), UTF-8 with or without BOM. Names come out as
 * « Nom Prénom », the order of a French class list.
 */

const LAST_NAME = new Set(["nom", "nom de famille", "last name", "surname", "family name"]);
const FIRST_NAME = new Set(["prenom", "prenoms", "first name", "given name"]);
const FULL_NAME = new Set(["nom et prenom", "nom prenom", "nom - prenom", "prenom nom", "nom & prenom", "eleve", "eleves", "candidat", "candidate", "candidats", "name", "nom complet", "etudiant", "apprenti", "stagiaire"]);

/** One CSV line into fields: a quoted field may hold the delimiter and doubled quotes. */
function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === delimiter) {
      fields.push(field.trim());
      field = "";
    } else field += ch;
  }
  fields.push(field.trim());
  return fields;
}

const delimiterOf = (line: string): string => [";", "\t", ","].find((d) => line.includes(d)) ?? ";";

interface Columns {
  last: number | null;
  first: number | null;
  full: number | null;
}

/** The header row's columns, or null when the first row is already a name. */
function headerColumns(fields: string[]): Columns | null {
  const names = fields.map((f) => normalizeText(f));
  const find = (set: Set<string>) => {
    const i = names.findIndex((n) => set.has(n));
    return i < 0 ? null : i;
  };
  const columns = { last: find(LAST_NAME), first: find(FIRST_NAME), full: find(FULL_NAME) };
  return columns.last !== null || columns.first !== null || columns.full !== null ? columns : null;
}

/** Control characters (a terminal's \x1b, a corrupt export's \x01) are no part of a name. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

function nameOf(fields: string[], columns: Columns | null): string {
  const at = (i: number | null) => (i === null ? "" : (fields[i] ?? "").replace(CONTROL, ""));
  const parts = columns === null ? fields.slice(0, 2) : columns.last !== null || columns.first !== null ? [at(columns.last), at(columns.first)] : [at(columns.full)];
  return parts
    .filter((p) => p !== "")
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

export function parseNames(source: string): string[] {
  const lines = source
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== "");
  if (lines.length === 0) return [];
  const delimiter = delimiterOf(lines[0]!);
  const rows = lines.map((line) => splitCsvLine(line, delimiter));
  const columns = headerColumns(rows[0]!);
  return (columns ? rows.slice(1) : rows).map((fields) => nameOf(fields, columns)).filter((name) => name !== "");
}
