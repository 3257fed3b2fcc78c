import { writeFile } from "node:fs/promises";
import { Workbook, type Cell, type Worksheet } from "exceljs";
import { itemLabel, type CompiledGrid, type ReferentialNode } from "../../src/core";
import { readXlsxBuffer } from "../../src/hosts/xlsx";
import { a1, parseA1, parseRangeA1, qualified, rangeA1 } from "../../src/recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import { grid } from "./evaluation-builder";

/**
 * Workbooks as teachers type them, built in tests: aWorkbook().sheet("Alice", (s) => e31Sheet(s, {…})).
 * The official layouts take every label from the built-in grid data, so nothing is retyped here.
 */

/** What a teacher can type in a cell. */
export type Typed = string | number | boolean | Date | null;

// ———————————————————————————————————————————— cells ——

const colNumber = (letters: string): number => parseA1(`${letters}1`)!.col + 1;
const letter = (col: number): string => a1(0, col - 1).replace(/\d+$/, "");

export class SheetBuilder {
  constructor(readonly worksheet: Worksheet) {}

  cell(address: string, value: Typed): this {
    this.at(address).value = value;
    return this;
  }

  /** Values from `startCol` rightwards on row `rowNumber` (1-based, as Excel shows it); null leaves a cell empty. */
  row(rowNumber: number, values: Typed[], startCol = "A"): this {
    const first = colNumber(startCol);
    values.forEach((value, i) => {
      if (value !== null) this.worksheet.getCell(rowNumber, first + i).value = value;
    });
    return this;
  }

  merge(range: string): this {
    this.worksheet.mergeCells(range);
    return this;
  }

  hideRow(rowNumber: number): this {
    const row = this.worksheet.getRow(rowNumber);
    row.hidden = true;
    // ExcelJS drops rows with neither cells nor height when writing; Excel keeps hidden empty rows.
    row.height ??= 15;
    return this;
  }

  hideColumn(letters: string): this {
    this.worksheet.getColumn(letters).hidden = true;
    return this;
  }

  /** Hides the whole sheet (a teacher's hidden template, or Grille's own very hidden sheet). */
  hide(state: "hidden" | "veryHidden" = "hidden"): this {
    this.worksheet.state = state;
    return this;
  }

  protect(): this {
    void this.worksheet.protect("", {});
    return this;
  }

  /** A formula with its cached result, as Excel saves it; no result = never calculated. */
  formula(address: string, formula: string, result?: string | number | boolean | Date): this {
    const text = formula.replace(/^=/, "");
    this.at(address).value = result === undefined ? { formula: text } : { formula: text, result };
    return this;
  }

  /** A cell sharing the formula of `master` (Excel's fill-down), with its cached result. */
  sharedFormula(address: string, master: string, result: number | string): this {
    this.at(address).value = { sharedFormula: master, result };
    return this;
  }

  error(address: string, error: "#N/A" | "#REF!" | "#NAME?" | "#DIV/0!" | "#NULL!" | "#VALUE!" | "#NUM!"): this {
    this.at(address).value = { error };
    return this;
  }

  /** An Excel percentage: 0.7 shown as 70 %. */
  percent(address: string, fraction: number): this {
    const cell = this.at(address);
    cell.value = fraction;
    cell.numFmt = "0%";
    return this;
  }

  date(address: string, date: Date, numFmt = "dd/mm/yyyy"): this {
    const cell = this.at(address);
    cell.value = date;
    cell.numFmt = numFmt;
    return this;
  }

  richText(address: string, runs: { text: string; bold?: boolean }[]): this {
    this.at(address).value = { richText: runs.map(({ text, bold }) => (bold ? { text, font: { bold } } : { text })) };
    return this;
  }

  hyperlink(address: string, text: string, url: string): this {
    this.at(address).value = { text, hyperlink: url };
    return this;
  }

  /** A workbook-level name pointing at a cell of this sheet: name("grille_note", "C40"). */
  name(name: string, address: string): this {
    const absolute = rangeA1(parseRangeA1(address)!).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    this.worksheet.workbook.definedNames.add(qualified(this.worksheet.name, absolute), name);
    return this;
  }

  bold(address: string): this {
    this.at(address).font = { ...this.at(address).font, bold: true };
    return this;
  }

  wrap(address: string): this {
    this.at(address).alignment = { ...this.at(address).alignment, wrapText: true, vertical: "top" };
    return this;
  }

  width(letters: string, width: number): this {
    this.worksheet.getColumn(letters).width = width;
    return this;
  }

  private at(address: string): Cell {
    return this.worksheet.getCell(address);
  }
}

export class WorkbookBuilder {
  readonly workbook = new Workbook();

  /** Adds a sheet and fills it; `build` may return anything (a layout builder's map, ignored here). */
  sheet(name: string, build: (s: SheetBuilder) => unknown = () => undefined): this {
    build(new SheetBuilder(this.workbook.addWorksheet(name)));
    return this;
  }

  build(): Workbook {
    return this.workbook;
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  async toFile(path: string): Promise<void> {
    await writeFile(path, await this.toBuffer());
  }

  /** Written and read back through the .xlsx adapter, as the CLI would see the file. */
  async toSnapshot(name = "classe.xlsx"): Promise<WorkbookSnapshot> {
    const read = await readXlsxBuffer(await this.toBuffer(), name);
    if (!read.ok) throw new Error(read.error.message);
    return read.snapshot;
  }
}

export const aWorkbook = () => new WorkbookBuilder();

// ———————————————————————————————————————————— shared by the official layouts ——

/** Where a layout builder put things, so that tests can compare with what recognition finds. */
export interface Layout {
  /** Rated item id → the cell holding its code or label. */
  items: Record<string, string>;
  /** Rated item id → level code → the cell a cross goes in. */
  levelCells: Record<string, Record<string, string>>;
  /** Field id → its label cell and its value cell. */
  fields: Record<string, { label: string; value: string }>;
  /** Panel member rows: name cell, role cell. */
  panel: { name: string; role: string | null }[];
  /** Rule flags → the cell that records them. */
  flags: Record<string, string>;
}

const emptyLayout = (): Layout => ({ items: {}, levelCells: {}, fields: {}, panel: [], flags: {} });

/** Defaults, then the test's fields, then its `name` and `mark` shortcuts. */
function fieldValues(defaults: Record<string, Typed>, opts: { name?: Typed; mark?: Typed; fields?: Partial<Record<string, Typed>> }): Partial<Record<string, Typed>> {
  return {
    ...defaults,
    ...opts.fields,
    ...(opts.name !== undefined && { candidate: opts.name }),
    ...(opts.mark !== undefined && { mark: opts.mark }),
  };
}

/** One of the grid's printed phrases, found by its beginning: the layouts never retype an official text. */
function anchor(g: CompiledGrid, start: string): string {
  const found = g.grid.anchors.find((a) => a.startsWith(start));
  if (!found) throw new Error(`${g.grid.id}: no anchor starting with « ${start} »`);
  return found;
}

function field(g: CompiledGrid, id: string) {
  const found = g.grid.fields.find((f) => f.id === id);
  if (!found) throw new Error(`${g.grid.id}: no field ${id}`);
  return found;
}

const childrenOf = (node: ReferentialNode | undefined, kind: ReferentialNode["kind"]) => (node?.children ?? []).filter((c) => c.kind === kind);

const levelCodes = (g: CompiledGrid): string[] => [...g.levels.keys()];

/** A title line across the table. */
function banner(s: SheetBuilder, row: number, text: string, lastCol: string, bold = true): void {
  s.cell(`A${row}`, text).merge(`A${row}:${lastCol}${row}`);
  if (bold) s.bold(`A${row}`);
}

/** « Label : » in column A, the value in the cell to its right. */
function labelled(s: SheetBuilder, layout: Layout, g: CompiledGrid, id: string, row: number, value: Typed, valueCol = "B"): void {
  s.cell(`A${row}`, `${field(g, id).label} :`).cell(`${valueCol}${row}`, value);
  layout.fields[id] = { label: `A${row}`, value: `${valueCol}${row}` };
}

/** A free-text area: its label on one row, the text in a merged block of `height` rows below. */
function textArea(s: SheetBuilder, layout: Layout, g: CompiledGrid, id: string, row: number, value: Typed, lastCol: string, height = 4): number {
  s.cell(`A${row}`, `${field(g, id).label} :`).bold(`A${row}`);
  s.cell(`A${row + 1}`, value).merge(`A${row + 1}:${lastCol}${row + height}`).wrap(`A${row + 1}`);
  layout.fields[id] = { label: `A${row}`, value: `A${row + 1}` };
  return row + height + 1;
}

/** Crosses in the level columns of one row; several codes make the inconsistent grid a teacher may leave. */
function crosses(s: SheetBuilder, layout: Layout, itemId: string, row: number, columns: Record<string, string>, chosen: string | string[] | null | undefined, glyph: string): void {
  layout.levelCells[itemId] = {};
  const picked = chosen === null || chosen === undefined ? [] : Array.isArray(chosen) ? chosen : [chosen];
  for (const [code, col] of Object.entries(columns)) {
    layout.levelCells[itemId][code] = `${col}${row}`;
    if (picked.includes(code)) s.cell(`${col}${row}`, glyph);
  }
}

function panelRows(s: SheetBuilder, layout: Layout, row: number, members: [string | null, string | null][], count = 3): number {
  for (let i = 0; i < Math.max(count, members.length); i++) {
    const [name, role] = members[i] ?? [null, null];
    s.row(row + i, [name, role]);
    layout.panel.push({ name: `A${row + i}`, role: `B${row + i}` });
  }
  return row + Math.max(count, members.length);
}

// ———————————————————————————————————————————— AGOrA E31 ——

type E31Item = "1.1" | "1.2" | "1.3";

export interface E31Options {
  /** The candidate (« Nom et prénom de la candidate ou du candidat »); null leaves it empty. */
  name?: string | null;
  /** Level code(s) crossed per activity; an activity left out gets no cross. Absent: M, F, E. */
  levels?: Partial<Record<E31Item, string | string[] | null>>;
  /** What the teacher types as a cross: « X », « x », « × »… */
  glyph?: string;
  /** Field id (session, date, establishment, candidate, registration, appraisal-activities, appraisal-pfmp, mark) → value; `name` and `mark` win. */
  fields?: Partial<Record<string, Typed>>;
  /** Commission members: [name, quality]. */
  panel?: [string | null, string | null][];
  mark?: number | string | null;
  /** The title block and the « Consignes aux évaluateurs » (default true); false: the bare table a teacher retypes. */
  decoration?: boolean;
}

const E31_DEFAULT_FIELDS: Record<string, Typed> = {
  session: "2026",
  date: "12/05/2026",
  establishment: "Lycée professionnel Jean Moulin",
  candidate: "MARTIN Alice",
  registration: "02612345678",
  "appraisal-activities": "Accueil soigné, réponses pertinentes ; le suivi des relances reste à consolider.",
  "appraisal-pfmp": "Stagiaire sérieuse et appréciée du service clients.",
};

const E31_DEFAULT_PANEL: [string | null, string | null][] = [
  ["Mme DURAND Claire", "Professeure d’économie-gestion"],
  ["M. PETIT Marc", "Tuteur, responsable administratif"],
];

/** Title block of the E31 grid: diploma, sub-test, grid title, and the instructions with each level's descriptor. */
function e31Titles(s: SheetBuilder, g: CompiledGrid, row: number): number {
  banner(s, row, g.grid.diploma, "F");
  banner(s, row + 1, anchor(g, "Sous-épreuve"), "F");
  banner(s, row + 2, g.grid.title, "F");
  banner(s, row + 3, anchor(g, "À l"), "F", false);
  return row + 5;
}

function e31Instructions(s: SheetBuilder, g: CompiledGrid, row: number): number {
  banner(s, row, anchor(g, "Consignes"), "F");
  banner(s, row + 1, `${anchor(g, "Paliers de compétences")} :`, "F", false);
  let r = row + 2;
  for (const { level } of g.levels.values()) {
    s.cell(`A${r}`, `${level.label} : ${level.description ?? ""}`).merge(`A${r}:F${r}`).wrap(`A${r}`);
    r++;
  }
  return r + 1;
}

/** « Compétences » and « Critères d’évaluation » cells under an activity: bullets and line breaks inside the cells. */
function e31Descriptors(s: SheetBuilder, node: ReferentialNode | undefined, row: number): void {
  const bullets = (kind: ReferentialNode["kind"]) => childrenOf(node, kind).map((c) => `· ${c.label}`);
  s.cell(`A${row}`, ["Compétences", ...bullets("competency")].join("\n")).wrap(`A${row}`);
  s.cell(`B${row}`, ["Critères d’évaluation", ...bullets("criterion")].join("\n")).wrap(`B${row}`);
}

/**
 * Imitates the official AGOrA E31 CCF grid (seed 000): titles, identity block with values to the right,
 * « Palier de compétences | N | F | M | E », one row per activity (merged A:B, cross in C–F) and its
 * competencies and criteria below, the two appraisals, « Note sur 20 … : » with « / 20 », the commission.
 */
export function e31Sheet(s: SheetBuilder, opts: E31Options = {}): Layout {
  const g = grid("agora-e31");
  const layout = emptyLayout();
  const values = fieldValues(E31_DEFAULT_FIELDS, opts);
  const glyph = opts.glyph ?? "X";
  const levels = opts.levels ?? { "1.1": "M", "1.2": "F", "1.3": "E" };
  const decoration = opts.decoration ?? true;
  s.width("A", 60).width("B", 60);
  for (const col of ["C", "D", "E", "F"]) s.width(col, 5);

  let r = decoration ? e31Titles(s, g, 1) : 1;
  for (const id of ["session", "date", "establishment", "candidate", "registration"]) labelled(s, layout, g, id, r++, values[id] ?? null);
  r++;
  if (decoration) r = e31Instructions(s, g, r);

  const columns = Object.fromEntries(levelCodes(g).map((code, i) => [code, letter(3 + i)]));
  s.cell(`A${r}`, anchor(g, "Palier de compétences")).merge(`A${r}:B${r}`).bold(`A${r}`);
  for (const [code, col] of Object.entries(columns)) s.cell(`${col}${r}`, code).bold(`${col}${r}`);
  r++;
  for (const item of g.grid.items) {
    s.cell(`A${r}`, itemLabel(g, item)).merge(`A${r}:B${r}`).bold(`A${r}`);
    layout.items[item.id] = `A${r}`;
    crosses(s, layout, item.id, r, columns, levels[item.id as E31Item], glyph);
    e31Descriptors(s, g.itemNodes.get(item.id), r + 1);
    r += 2;
  }
  r++;
  r = textArea(s, layout, g, "appraisal-activities", r, values["appraisal-activities"] ?? null, "F");
  r = textArea(s, layout, g, "appraisal-pfmp", r, values["appraisal-pfmp"] ?? null, "F");
  r++;
  s.cell(`A${r}`, `${field(g, "mark").label} :`).merge(`A${r}:B${r}`).cell(`C${r}`, values.mark ?? null).cell(`D${r}`, "/ 20");
  layout.fields.mark = { label: `A${r}`, value: `C${r}` };
  r += 2;
  s.row(r, [g.grid.panel!.label, g.grid.panel!.roleLabel ?? null, "Signature"]);
  panelRows(s, layout, r + 1, opts.panel ?? E31_DEFAULT_PANEL);
  return layout;
}

// ———————————————————————————————————————————— MCV E33 ——

type E33Item = "traiter" | "contribuer" | "evaluer" | "communiquer";

export interface E33Options {
  name?: string | null;
  levels?: Partial<Record<E33Item, string | string[] | null>>;
  glyph?: string;
  /** Field id (session, exam-centre, date, candidate, registration, appraisal, mark) → value; `name` and `mark` win. */
  fields?: Partial<Record<string, Typed>>;
  panel?: [string | null, string | null][];
  mark?: number | string | null;
  /** true: a row « Absence de présentation numérique » with an « X »; false: the row, left empty; absent: no row. */
  noDigitalPresentation?: boolean;
  decoration?: boolean;
}

const E33_DEFAULT_FIELDS: Record<string, Typed> = {
  session: "2026",
  "exam-centre": "Lycée Gustave Eiffel",
  date: "03/06/2026",
  candidate: "DUPONT Léa",
  registration: "02698765432",
  appraisal: "Action de fidélisation pertinente, bilan chiffré ; communication claire.",
};

const E33_DEFAULT_PANEL: [string | null, string | null][] = [
  ["Mme BERNARD Sophie", "Professeure d’économie-gestion"],
  ["M. LEROY Paul", "Responsable de magasin"],
];

function e33Titles(s: SheetBuilder, g: CompiledGrid, row: number): number {
  banner(s, row, g.grid.diploma, "F");
  banner(s, row + 1, anchor(g, "Épreuve E3"), "F");
  banner(s, row + 2, anchor(g, "Sous-épreuve E33 : FID"), "F");
  banner(s, row + 3, `Coefficient ${g.grid.coefficient}`, "F", false);
  banner(s, row + 4, anchor(g, "GRILLE D'ÉVALUATION"), "F");
  banner(s, row + 5, g.grid.rules[0]!.label, "F", false);
  return row + 7;
}

/** The indicators of a criterion block, each with its parenthesised details, one per line. */
const indicatorsText = (node: ReferentialNode | undefined): string =>
  childrenOf(node, "indicator")
    .map((i) => (i.details ? `${i.label} ${i.details}` : i.label))
    .join("\n");

/**
 * Imitates the official MCV E33 grid (seed 004): identity fields, « Critères et indicateurs d'évaluation |
 * PROFIL » over « 1 | 2 | 3 | 4 » (typed as numbers, as Excel keeps them), the four criterion blocks with
 * crosses in C–F, « Appréciation globale : », the commission members, « Note : … / 20 ».
 */
export function e33Sheet(s: SheetBuilder, opts: E33Options = {}): Layout {
  const g = grid("mcv-e33");
  const layout = emptyLayout();
  const values = fieldValues(E33_DEFAULT_FIELDS, opts);
  const glyph = opts.glyph ?? "X";
  const levels = opts.levels ?? { traiter: "3", contribuer: "3", evaluer: "2", communiquer: "4" };
  const decoration = opts.decoration ?? true;
  s.width("A", 40).width("B", 80);

  let r = decoration ? e33Titles(s, g, 1) : 1;
  for (const id of ["session", "exam-centre", "date", "candidate", "registration"]) labelled(s, layout, g, id, r++, values[id] ?? null);
  r++;

  const columns = Object.fromEntries(levelCodes(g).map((code, i) => [code, letter(3 + i)]));
  s.cell(`A${r}`, anchor(g, "Critères et indicateurs")).merge(`A${r}:B${r + 1}`).bold(`A${r}`);
  s.cell(`C${r}`, g.grid.scale.label).merge(`C${r}:F${r}`).bold(`C${r}`);
  for (const [code, col] of Object.entries(columns)) s.cell(`${col}${r + 1}`, Number(code));
  r += 2;
  for (const item of g.grid.items) {
    const node = g.itemNodes.get(item.id);
    s.cell(`A${r}`, node?.label ?? item.id).bold(`A${r}`).cell(`B${r}`, indicatorsText(node)).wrap(`B${r}`);
    layout.items[item.id] = `A${r}`;
    crosses(s, layout, item.id, r, columns, levels[item.id as E33Item], glyph);
    r++;
  }
  if (decoration) {
    const legend = [...g.levels.values()].map(({ level }) => `${level.code} : ${level.label}`).join(" ");
    banner(s, r, `${legend} (les croix doivent être positionnées au milieu des colonnes)`, "F", false);
    banner(s, r + 1, anchor(g, "Appréciation motivée"), "F", false);
    r += 2;
  }
  if (opts.noDigitalPresentation !== undefined) {
    s.cell(`A${r}`, "Absence de présentation numérique").cell(`B${r}`, opts.noDigitalPresentation ? "X" : null);
    layout.flags[g.grid.rules[0]!.flag] = `B${r}`;
    r++;
  }
  r++;
  r = textArea(s, layout, g, "appraisal", r, values.appraisal ?? null, "F");
  s.cell(`A${r}`, `${g.grid.panel!.aliases[0]} :`).bold(`A${r}`);
  r = panelRows(s, layout, r + 1, opts.panel ?? E33_DEFAULT_PANEL, 2) + 1;
  s.cell(`A${r}`, `${field(g, "mark").label} :`).cell(`B${r}`, values.mark ?? null).cell(`C${r}`, "/ 20");
  layout.fields.mark = { label: `A${r}`, value: `B${r}` };
  return layout;
}

// ———————————————————————————————————————————— AGOrA PFMP tracking ——

export interface PfmpOptions {
  name?: string | null;
  /** Competency code (« 1.1.1 ») → the periods it was practised in (« P1 », « P3 »). */
  ticks: Record<string, string[]>;
  glyph?: string;
  /** Which pôles to lay out (default 1, 2, 3). */
  poles?: number[];
}

/** A competency row: its task (first competency of a task only), code, label and criteria. */
interface PfmpLine {
  task: string | null;
  competency: ReferentialNode;
}

/** The competencies of an activity in order; tasks without competencies join the task before them, as in the seed. */
function pfmpLines(activity: ReferentialNode): PfmpLine[] {
  const lines: PfmpLine[] = [];
  for (const task of childrenOf(activity, "task")) {
    const competencies = childrenOf(task, "competency");
    const last = lines[lines.length - 1];
    if (competencies.length === 0 && last?.task) last.task = `${last.task}\n${task.label}`;
    competencies.forEach((competency, i) => lines.push({ task: i === 0 ? task.label : null, competency }));
  }
  return lines;
}

function pfmpHeader(s: SheetBuilder, g: CompiledGrid, row: number, periods: Record<string, string>): void {
  s.row(row, ["Activités", "Compétences", null, anchor(g, "Critères d'évaluation")]).merge(`B${row}:C${row}`);
  for (const [code, col] of Object.entries(periods)) s.cell(`${col}${row}`, code);
  for (const col of ["A", "B", "D", ...Object.values(periods)]) s.bold(`${col}${row}`);
}

/**
 * Imitates the AGOrA PFMP tracking grids (seed 001): « Nom et prénom de l'élève : » at the top, then per
 * pôle its title, the header « Activités | Compétences (code, label) | Critères d'évaluation | P1 … P6 »,
 * each activity as a bold title row and one row per competency with its ticks.
 */
export function pfmpSheet(s: SheetBuilder, opts: PfmpOptions): Layout {
  const g = grid("agora-pfmp");
  const layout = emptyLayout();
  const glyph = opts.glyph ?? "X";
  const periods = Object.fromEntries(levelCodes(g).map((code, i) => [code, letter(5 + i)]));
  const last = letter(4 + levelCodes(g).length);
  s.width("A", 35).width("B", 8).width("C", 50).width("D", 50);

  banner(s, 1, anchor(g, "Baccalauréat professionnel AGOrA"), last);
  s.cell("A2", `${field(g, "candidate").label} :`).cell("B2", opts.name === undefined ? "MARTIN Alice" : opts.name).merge("B2:D2");
  layout.fields.candidate = { label: "A2", value: "B2" };
  let r = 4;
  for (const pole of g.referential.nodes.filter((n) => n.kind === "pole" && (opts.poles ?? [1, 2, 3]).includes(Number(n.code)))) {
    banner(s, r, anchor(g, `Pôle ${pole.code} >`), last);
    pfmpHeader(s, g, r + 1, periods);
    r += 2;
    for (const activity of childrenOf(pole, "activity")) {
      banner(s, r++, `${activity.code} - ${activity.label}`, last);
      for (const { task, competency } of pfmpLines(activity)) {
        const criteria = childrenOf(competency, "criterion").map((c) => `- ${c.label}`);
        s.row(r, [task, competency.code ?? null, competency.label, criteria.join("\n") || null]).wrap(`A${r}`).wrap(`D${r}`);
        layout.items[competency.id] = `B${r}`;
        crosses(s, layout, competency.id, r, periods, opts.ticks[competency.code ?? competency.id] ?? null, glyph);
        r++;
      }
    }
    r++;
  }
  return layout;
}

// ———————————————————————————————————————————— CQP AGC, one assessor ——

type CqpObservation = "obs-1" | "obs-2" | "obs-3" | "obs-4" | "obs-5" | "obs-6" | "obs-7";

export interface CqpAssessorOptions {
  assessor: string | null;
  candidate: string | null;
  /** Per observation, the percentage as the assessor means it (70 for 70 %). */
  percents: Partial<Record<CqpObservation, number | null>>;
  /** Typed as Excel percentages (0.7 shown « 70 % ») instead of plain numbers (70). */
  asPercentFormat?: boolean;
  date?: Typed;
  company?: string | null;
}

/** What the « QUESTIONS ET JEUX DE RÔLES » cell of an observation says. */
const questionsText = (observation: ReferentialNode): string =>
  (observation.children ?? []).map((c) => (c.kind === "question" ? `Question : ${c.label}` : c.label)).join("\n");

function cqpHeaderBlock(s: SheetBuilder, layout: Layout, g: CompiledGrid, row: number, values: Record<string, Typed>): void {
  ["date", "assessor", "candidate", "company"].forEach((id, i) => {
    const col = letter(1 + i);
    s.cell(`${col}${row}`, field(g, id).label).bold(`${col}${row}`).cell(`${col}${row + 1}`, values[id] ?? null);
    layout.fields[id] = { label: `${col}${row}`, value: `${col}${row + 1}` };
  });
}

/**
 * Imitates the CQP AGC individual guide's « Grille d'observation » (seed 003): the header block « Date de
 * l'évaluation | Nom et fonction du membre du jury… | Nom et prénom du candidat | Entreprise du candidat »
 * with values below, then DOMAINE (merged down its observations) | OBSERVATION AU POSTE | QUESTIONS ET JEUX
 * DE RÔLES | PRISE DE NOTES | %.
 */
export function cqpAssessorSheet(s: SheetBuilder, opts: CqpAssessorOptions): Layout {
  const g = grid("cqp-agc");
  const layout = emptyLayout();
  s.width("A", 30).width("B", 40).width("C", 60).width("D", 30).width("E", 8);
  banner(s, 1, anchor(g, "Guide individuel"), "E");
  cqpHeaderBlock(s, layout, g, 3, { date: opts.date ?? "15/06/2026", assessor: opts.assessor, candidate: opts.candidate, company: opts.company ?? "Transports Dupuis" });

  banner(s, 6, g.grid.title, "E");
  s.row(7, ["DOMAINE", anchor(g, "OBSERVATION AU POSTE"), anchor(g, "QUESTIONS ET JEUX"), anchor(g, "PRISE DE NOTES"), "%"]);
  let r = 8;
  for (const domain of g.referential.nodes.filter((n) => n.kind === "domain")) {
    const observations = childrenOf(domain, "observation");
    s.cell(`A${r}`, domain.label).bold(`A${r}`);
    if (observations.length > 1) s.merge(`A${r}:A${r + observations.length - 1}`);
    for (const observation of observations) {
      s.cell(`B${r}`, observation.label).cell(`C${r}`, questionsText(observation)).wrap(`C${r}`);
      layout.items[observation.id] = `B${r}`;
      layout.levelCells[observation.id] = { percent: `E${r}` };
      const percent = opts.percents[observation.id as CqpObservation] ?? null;
      if (percent !== null && opts.asPercentFormat) s.percent(`E${r}`, percent / 100);
      else s.cell(`E${r}`, percent);
      r++;
    }
  }
  return layout;
}

// ———————————————————————————————————————————— tableau de suivi ——

export interface RowPerCandidateOptions {
  gridId: string;
  /** « MARTIN Alice »: the first word goes in « Nom », the rest in « Prénom ». */
  rows: { name: string; levels: Record<string, string | null>; mark?: number | null }[];
  /** A title line above the table (the header then moves down one row). */
  title?: string;
}

export interface TableLayout {
  /** 1-based, as Excel shows it. */
  headerRow: number;
  nameColumns: string[];
  /** Item id → column letter. */
  itemColumns: Record<string, string>;
  markColumn: string | null;
  firstRow: number;
  lastRow: number;
}

/**
 * Imitates a teacher's « tableau de suivi »: one row per candidate, « Nom | Prénom | 1.1 | 1.2 | 1.3 |
 * Note /20 », level codes typed in the item columns.
 */
export function rowPerCandidateSheet(s: SheetBuilder, opts: RowPerCandidateOptions): TableLayout {
  const g = grid(opts.gridId);
  const headerRow = opts.title ? 2 : 1;
  if (opts.title) s.cell("A1", opts.title).bold("A1");
  const heads = g.grid.items.map((item) => g.itemNodes.get(item.id)?.code ?? g.itemNodes.get(item.id)?.label ?? item.id);
  const marking = g.grid.marking;
  const markHead = marking?.kind === "weighted-mean" ? `Note /${marking.max}` : null;
  s.row(headerRow, ["Nom", "Prénom", ...heads, ...(markHead ? [markHead] : [])]);
  const itemColumns = Object.fromEntries(g.grid.items.map((item, i) => [item.id, letter(3 + i)]));
  const markColumn = markHead ? letter(3 + g.grid.items.length) : null;

  opts.rows.forEach((candidate, i) => {
    const r = headerRow + 1 + i;
    const [surname = "", ...given] = candidate.name.split(" ");
    s.row(r, [surname, given.join(" ") || null, ...g.grid.items.map((item) => candidate.levels[item.id] ?? null)]);
    if (markColumn) s.cell(`${markColumn}${r}`, candidate.mark ?? null);
  });
  return { headerRow, nameColumns: ["A", "B"], itemColumns, markColumn, firstRow: headerRow + 1, lastRow: headerRow + opts.rows.length };
}
