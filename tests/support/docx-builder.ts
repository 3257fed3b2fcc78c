import { writeFile } from "node:fs/promises";
import JSZip from "jszip";
import { itemLabel, type CompiledGrid, type ReferentialNode } from "../../src/core";
import { readDocxBuffer } from "../../src/hosts/docx";
import type { DocumentSnapshot } from "../../src/recognition/document/snapshot";
import { parseRangeA1, type CellRange } from "../../src/recognition/snapshot/cells";
import { grid } from "./evaluation-builder";

/**
 * Word documents as teachers type them, built in tests with jszip and XML strings:
 * aDocument().paragraph("Nom et prénom : Alice").table([["1.1 …", "X", null]], { merges: ["A1:B1"] }).toBuffer().
 * The official layouts take every label from the built-in grid data, as the workbook builder does.
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A cell: its text, or more (bold, a content control's tag, a nested table, several runs). */
export interface CellSpec {
  text?: string;
  bold?: boolean;
  /** A content control around the cell's paragraph, tagged so. */
  tag?: string;
  /** A table nested in the cell, after its text. */
  nested?: (string | null)[][];
  /** Runs of the first line, each with its own formatting (a cross typed in bold inside a text…). */
  runs?: { text: string; bold?: boolean }[];
}

export type Cell = string | null | CellSpec;

export interface TableOptions {
  /** Merged areas in the table's own coordinates (« A1:B1 » across, « A3:A5 » down). */
  merges?: string[];
}

export interface ParagraphOptions {
  style?: string;
  bold?: boolean;
  pageBreakBefore?: boolean;
  /** A content control around the paragraph, tagged so. */
  tag?: string;
}

/** Runs of a line: « \t » as w:tab. */
function runs(text: string, bold = false): string {
  const rPr = bold ? "<w:rPr><w:b/></w:rPr>" : "";
  return text
    .split("\t")
    .map((part, i) => `<w:r>${rPr}${i > 0 ? "<w:tab/>" : ""}${part === "" ? "" : `<w:t xml:space="preserve">${escape(part)}</w:t>`}</w:r>`)
    .join("");
}

function paragraphXml(text: string, options: ParagraphOptions = {}): string {
  const pPr = [options.style ? `<w:pStyle w:val="${options.style}"/>` : "", options.pageBreakBefore ? "<w:pageBreakBefore/>" : ""].join("");
  const lines = text.split("\n");
  const content = lines.map((line, i) => (i > 0 ? `<w:r><w:br/></w:r>` : "") + runs(line, options.bold)).join("");
  const p = `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${content}</w:p>`;
  return options.tag ? sdt(options.tag, p) : p;
}

let sdtIds = 0;
const sdt = (tag: string, content: string) => `<w:sdt><w:sdtPr><w:alias w:val="${escape(tag)}"/><w:tag w:val="${escape(tag)}"/><w:id w:val="${++sdtIds}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

const spec = (cell: Cell): CellSpec => (cell === null ? {} : typeof cell === "string" ? { text: cell } : cell);

function cellContentXml(cell: CellSpec): string {
  const text = cell.text ?? "";
  const first = cell.runs ? `<w:p>${cell.runs.map((r) => runs(r.text, r.bold)).join("")}</w:p>` : "";
  const lines = cell.runs ? [] : text.split("\n");
  let body = first + lines.map((line) => `<w:p>${runs(line, cell.bold)}</w:p>`).join("");
  if (cell.tag) body = sdt(cell.tag, body);
  if (cell.nested) body += tableXml(cell.nested, {}) + "<w:p/>";
  return body;
}

function tableXml(rows: Cell[][], options: TableOptions): string {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const merges = (options.merges ?? []).map((m) => parseRangeA1(m)).filter((m): m is CellRange => m !== null);
  const mergeAt = (row: number, col: number) => merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  const grid = `<w:tblGrid>${Array.from({ length: width }, () => `<w:gridCol w:w="${Math.floor(9000 / width)}"/>`).join("")}</w:tblGrid>`;
  const trs = rows.map((row, r) => {
    const tcs: string[] = [];
    for (let c = 0; c < width; c++) {
      const merge = mergeAt(r, c);
      if (merge && c !== merge.left) continue;
      const span = merge ? merge.right - merge.left + 1 : 1;
      const vMerge = merge && merge.bottom > merge.top ? (r === merge.top ? `<w:vMerge w:val="restart"/>` : "<w:vMerge/>") : "";
      const tcPr = `<w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${vMerge}</w:tcPr>`;
      const content = merge && r !== merge.top ? "<w:p/>" : cellContentXml(spec(row[c] ?? null));
      tcs.push(`<w:tc>${tcPr}${content || "<w:p/>"}</w:tc>`);
    }
    return `<w:tr>${tcs.join("")}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${trs.join("")}</w:tbl>`;
}

export class DocumentBuilder {
  private readonly blocks: string[] = [];

  paragraph(text: string, options: ParagraphOptions = {}): this {
    this.blocks.push(paragraphXml(text, options));
    return this;
  }

  /** A Heading 1 (« Titre 1 » in a French Word: its style id is « Titre1 »). */
  heading(text: string, styleId = "Heading1"): this {
    return this.paragraph(text, { style: styleId });
  }

  /** A paragraph holding only a page break. */
  pageBreak(): this {
    this.blocks.push(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`);
    return this;
  }

  empty(): this {
    this.blocks.push("<w:p/>");
    return this;
  }

  table(rows: Cell[][], options: TableOptions = {}): this {
    this.blocks.push(tableXml(rows, options));
    return this;
  }

  /** Raw WordprocessingML, for what the helpers do not say. */
  raw(xml: string): this {
    this.blocks.push(xml);
    return this;
  }

  documentXml(): string {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${this.blocks.join("")}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/></w:sectPr></w:body></w:document>`;
  }

  async toBuffer(extra: Record<string, string> = {}): Promise<Buffer> {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    );
    zip.file(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    );
    zip.file("word/document.xml", this.documentXml());
    for (const [name, content] of Object.entries(extra)) zip.file(name, content);
    return zip.generateAsync({ type: "nodebuffer" });
  }

  async toFile(path: string): Promise<void> {
    await writeFile(path, await this.toBuffer());
  }

  /** Written and read back through the .docx adapter, as the CLI would see the file. */
  async toSnapshot(name = "grille.docx"): Promise<DocumentSnapshot> {
    const read = await readDocxBuffer(await this.toBuffer(), name);
    if (!read.ok) throw new Error(read.error.message);
    return read.snapshot;
  }
}

export const aDocument = () => new DocumentBuilder();

// ———————————————————————————————————————————— the official layouts as Word tables ——

const childrenOf = (node: ReferentialNode | undefined, kind: ReferentialNode["kind"]) => (node?.children ?? []).filter((c) => c.kind === kind);

function anchor(g: CompiledGrid, start: string): string {
  const found = g.grid.anchors.find((a) => a.startsWith(start));
  if (!found) throw new Error(`${g.grid.id}: no anchor starting with « ${start} »`);
  return found;
}

const label = (g: CompiledGrid, id: string) => {
  const found = g.grid.fields.find((f) => f.id === id);
  if (!found) throw new Error(`${g.grid.id}: no field ${id}`);
  return found.label;
};

/** How a cross is typed: « X », « x », « ✓ », or a bold « X ». */
export type Glyph = string | { bold: string };

const cross = (glyph: Glyph): Cell => (typeof glyph === "string" ? glyph : { text: glyph.bold, bold: true });

const crossesFor = (codes: string[], chosen: string | string[] | null | undefined, glyph: Glyph): Cell[] => {
  const picked = chosen === null || chosen === undefined ? [] : Array.isArray(chosen) ? chosen : [chosen];
  return codes.map((code) => (picked.includes(code) ? cross(glyph) : null));
};

type Value = string | null;

export interface E31DocOptions {
  name?: string | null;
  levels?: Partial<Record<"1.1" | "1.2" | "1.3", string | string[] | null>>;
  glyph?: Glyph;
  fields?: Partial<Record<string, Value>>;
  /** The typed mark; null leaves the placeholder « ……… ». */
  mark?: string | null;
  panel?: [string | null, string | null][];
  /** Prose before and after the grid (a report around it). */
  prose?: boolean;
}

const E31_FIELDS: Record<string, Value> = {
  session: "2026",
  date: "12/05/2026",
  establishment: "Lycée professionnel Jean Moulin",
  candidate: "MARTIN Alice",
  registration: "02612345678",
  "appraisal-activities": "Accueil soigné, réponses pertinentes ; le suivi des relances reste à consolider.",
  "appraisal-pfmp": "Stagiaire sérieuse et appréciée du service clients.",
};

const PLACEHOLDER = "………………";

/**
 * The official AGOrA E31 grid (seed 000) as a teacher keeps it in Word: titles and identity fields as
 * paragraphs (« Label : value »), the grid as a table (« Palier de compétences » merged over two
 * columns, N F M E, each activity merged across the text columns with its crosses, its competencies
 * and criteria below), the appraisals as paragraphs, « Note sur 20 … : … / 20 », the commission as a table.
 */
export function e31Document(b: DocumentBuilder, opts: E31DocOptions = {}): DocumentBuilder {
  const g = grid("agora-e31");
  const values: Partial<Record<string, Value>> = { ...E31_FIELDS, ...opts.fields, ...(opts.name !== undefined && { candidate: opts.name }) };
  const levels = opts.levels ?? { "1.1": "M", "1.2": "F", "1.3": "E" };
  const glyph = opts.glyph ?? "X";
  const codes = [...g.levels.keys()];
  if (opts.prose) b.paragraph("Dossier de CCF – compte rendu de l’épreuve").paragraph("Ce dossier présente le déroulement de l’épreuve et la grille d’évaluation renseignée par la commission.");
  b.paragraph(g.grid.diploma, { bold: true }).paragraph(anchor(g, "Sous-épreuve"), { bold: true }).paragraph(g.grid.title, { bold: true });
  for (const id of ["session", "date", "establishment", "candidate", "registration"]) b.paragraph(`${label(g, id)} : ${values[id] ?? PLACEHOLDER}`);
  const rows: Cell[][] = [[anchor(g, "Palier de compétences"), null, ...codes]];
  const merges = ["A1:B1"];
  for (const item of g.grid.items) {
    const node = g.itemNodes.get(item.id);
    rows.push([{ text: itemLabel(g, item), bold: true }, null, ...crossesFor(codes, levels[item.id as "1.1"], glyph)]);
    merges.push(`A${rows.length}:B${rows.length}`);
    const bullets = (kind: ReferentialNode["kind"]) => childrenOf(node, kind).map((c) => `· ${c.label}`);
    rows.push([["Compétences", ...bullets("competency")].join("\n"), ["Critères d’évaluation", ...bullets("criterion")].join("\n"), null, null, null, null]);
    merges.push(`C${rows.length}:F${rows.length}`);
  }
  b.table(rows, { merges });
  for (const id of ["appraisal-activities", "appraisal-pfmp"]) b.paragraph(`${label(g, id)} :`, { bold: true }).paragraph(values[id] ?? "");
  b.paragraph(`${label(g, "mark")} : ${opts.mark ?? PLACEHOLDER} / 20`);
  const panel = opts.panel ?? [
    ["Mme DURAND Claire", "Professeure d’économie-gestion"],
    ["M. PETIT Marc", "Tuteur, responsable administratif"],
  ];
  b.table([[g.grid.panel!.label, g.grid.panel!.roleLabel ?? "Qualité", "Signature"], ...panel.map(([n, r]) => [n, r, null]), [null, null, null]]);
  if (opts.prose) b.paragraph("Fait pour servir et valoir ce que de droit.");
  return b;
}

export interface E33DocOptions {
  name?: string | null;
  levels?: Partial<Record<"traiter" | "contribuer" | "evaluer" | "communiquer", string | string[] | null>>;
  glyph?: Glyph;
  fields?: Partial<Record<string, Value>>;
  mark?: string | null;
  panel?: [string | null, string | null][];
  noDigitalPresentation?: boolean;
}

const E33_FIELDS: Record<string, Value> = {
  session: "2026",
  "exam-centre": "Lycée Gustave Eiffel",
  date: "03/06/2026",
  candidate: "DUPONT Léa",
  registration: "02698765432",
  appraisal: "Action de fidélisation pertinente, bilan chiffré ; communication claire.",
};

/**
 * The official MCV E33 grid (seed 004) in Word: identity in a two-column table, the grid with a merged
 * two-row header (« Critères et indicateurs… » over two rows and two columns, « PROFIL » over 1 2 3 4),
 * the four criterion blocks with their indicators, the appraisal, the commission, « Note : … / 20 ».
 */
export function e33Document(b: DocumentBuilder, opts: E33DocOptions = {}): DocumentBuilder {
  const g = grid("mcv-e33");
  const values: Partial<Record<string, Value>> = { ...E33_FIELDS, ...opts.fields, ...(opts.name !== undefined && { candidate: opts.name }) };
  const levels = opts.levels ?? { traiter: "3", contribuer: "3", evaluer: "2", communiquer: "4" };
  const glyph = opts.glyph ?? "X";
  const codes = [...g.levels.keys()];
  b.paragraph(g.grid.diploma, { bold: true }).paragraph(anchor(g, "Sous-épreuve E33 : FID"), { bold: true }).paragraph(anchor(g, "GRILLE D'ÉVALUATION"), { bold: true });
  b.table(["session", "exam-centre", "date", "candidate", "registration"].map((id) => [`${label(g, id)} :`, values[id] ?? null]));
  b.empty();
  const rows: Cell[][] = [
    [anchor(g, "Critères et indicateurs"), null, g.grid.scale.label, null, null, null],
    [null, null, ...codes],
  ];
  for (const item of g.grid.items) {
    const node = g.itemNodes.get(item.id);
    const indicators = childrenOf(node, "indicator").map((i) => (i.details ? `${i.label} ${i.details}` : i.label));
    rows.push([{ text: node?.label ?? item.id, bold: true }, indicators.join("\n"), ...crossesFor(codes, levels[item.id as "traiter"], glyph)]);
  }
  b.table(rows, { merges: ["A1:B2", "C1:F1"] });
  if (opts.noDigitalPresentation !== undefined) b.paragraph(`Absence de présentation numérique : ${opts.noDigitalPresentation ? "X" : ""}`);
  b.paragraph(`${label(g, "appraisal")} :`, { bold: true }).paragraph(values["appraisal"] ?? "");
  const panel = opts.panel ?? [
    ["Mme BERNARD Sophie", "Professeure d’économie-gestion"],
    ["M. LEROY Paul", "Responsable de magasin"],
  ];
  b.table([[g.grid.panel!.label, g.grid.panel!.roleLabel ?? "Fonction"], ...panel.map(([n, r]) => [n, r])]);
  b.paragraph(`${label(g, "mark")} : ${opts.mark ?? PLACEHOLDER} / 20`);
  return b;
}

export interface PfmpDocOptions {
  name?: string | null;
  /** Competency code → the periods it was practised in. */
  ticks: Record<string, string[]>;
  glyph?: Glyph;
}

/**
 * The AGOrA PFMP tracking grid (seed 001) in Word: the pupil's name as a paragraph, one table per pôle
 * (« Activités | Compétences (code, label) | Critères d'évaluation | P1 … P6 »), activities as merged rows.
 */
export function pfmpDocument(b: DocumentBuilder, opts: PfmpDocOptions): DocumentBuilder {
  const g = grid("agora-pfmp");
  const codes = [...g.levels.keys()];
  b.paragraph(anchor(g, "Baccalauréat professionnel AGOrA"), { bold: true });
  b.paragraph(`${label(g, "candidate")} : ${opts.name === undefined ? "MARTIN Alice" : (opts.name ?? PLACEHOLDER)}`);
  for (const pole of g.referential.nodes.filter((n) => n.kind === "pole")) {
    b.paragraph(anchor(g, `Pôle ${pole.code} >`), { bold: true });
    const width = 4 + codes.length;
    const rows: Cell[][] = [["Activités", "Compétences", null, anchor(g, "Critères d'évaluation"), ...codes]];
    const merges = ["B1:C1"];
    for (const activity of childrenOf(pole, "activity")) {
      rows.push([`${activity.code} - ${activity.label}`, ...new Array<Cell>(width - 1).fill(null)]);
      merges.push(`A${rows.length}:${String.fromCharCode(64 + width)}${rows.length}`);
      for (const task of childrenOf(activity, "task")) {
        childrenOf(task, "competency").forEach((competency, i) => {
          const criteria = childrenOf(competency, "criterion").map((c) => `- ${c.label}`);
          rows.push([i === 0 ? task.label : null, competency.code ?? null, competency.label, criteria.join("\n") || null, ...crossesFor(codes, opts.ticks[competency.code ?? competency.id] ?? null, opts.glyph ?? "X")]);
        });
      }
    }
    b.table(rows, { merges });
  }
  return b;
}

export interface CqpDocOptions {
  assessor: string | null;
  candidate: string | null;
  /** Per observation, the percentage typed (« 70 », « 70 % »). */
  percents: Partial<Record<string, string | null>>;
}

/**
 * The CQP AGC « Grille d'observation » (seed 003) in Word: the header block as a table (labels over
 * values), then DOMAINE (merged down its observations) | OBSERVATION AU POSTE | QUESTIONS… | PRISE DE NOTES | %.
 */
export function cqpDocument(b: DocumentBuilder, opts: CqpDocOptions): DocumentBuilder {
  const g = grid("cqp-agc");
  b.paragraph(anchor(g, "Guide individuel"), { bold: true });
  const ids = ["date", "assessor", "candidate", "company"];
  const values: Record<string, Value> = { date: "15/06/2026", assessor: opts.assessor, candidate: opts.candidate, company: "Transports Dupuis" };
  b.table([ids.map((id) => label(g, id)), ids.map((id) => values[id] ?? null)]);
  b.paragraph(g.grid.title, { bold: true });
  const rows: Cell[][] = [["DOMAINE", anchor(g, "OBSERVATION AU POSTE"), anchor(g, "QUESTIONS ET JEUX"), anchor(g, "PRISE DE NOTES"), "%"]];
  const merges: string[] = [];
  for (const domain of g.referential.nodes.filter((n) => n.kind === "domain")) {
    const observations = childrenOf(domain, "observation");
    const top = rows.length + 1;
    observations.forEach((observation, i) => {
      const questions = (observation.children ?? []).map((c) => (c.kind === "question" ? `Question : ${c.label}` : c.label)).join("\n");
      rows.push([i === 0 ? { text: domain.label, bold: true } : null, observation.label, questions, null, opts.percents[observation.id] ?? null]);
    });
    if (observations.length > 1) merges.push(`A${top}:A${top + observations.length - 1}`);
  }
  b.table(rows, { merges });
  return b;
}
