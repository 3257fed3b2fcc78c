import type { CompiledGrid } from "../../core/model/compile";
import { itemLabel } from "../../core/model/compile";
import type { Field, GridDefinition, RatedItem, Rule } from "../../core/model/grid";
import type { ReferentialNode } from "../../core/model/referential";
import type { Level } from "../../core/model/scale";
import { levelsOf } from "../../core/model/scale";
import { formatNumber } from "../../core/text/numbers";
import { a1 } from "../snapshot/cells";
import { coverageCountFormula, domainMeanFormula, markFormula, type ItemCells } from "./formulas";
import type { CellStyle, NewSheet, WritePlan } from "./plan";
import { SheetBuilder, nameSafe } from "./sheet-builder";
import { uniqueSheetName } from "./sheet-names";

/**
 * « Nouvelle grille »: a clean, printable copy of an official grid, laid out like the original, with a
 * drop-down « X » in each level cell, workbook names on every cell Grille reads, and the mark computed
 * by a formula that gives what the engine gives.
 *
 * Three layouts, by scale:
 * - levels (E31, E33): item label across the text columns, one column per level; the item's
 *   competencies and criteria (or indicators and their details) on the rows below it;
 * - periods (PFMP): one row per competency (code | label | criteria | P1…P6) under its pôle and activity;
 * - percent (CQP): one row per observation (domain | observation | questions | %), then the domain means.
 */

export interface NewGridOptions {
  sheetName: string;
  /** Written in the candidate's name field. */
  candidate?: string | null;
  /** Prefix of the workbook names (« grille » → grille_1_1, grille_note). */
  namePrefix?: string;
}

type Layout = "levels" | "periods" | "percent";

const CROSS = "X";
const REPORT_HEADING = "L'appréciation de chaque domaine";
const COMPETENCIES = "Compétences";
const CRITERIA = "Critères d’évaluation";
const BULLET = "· ";
/** Lines of the free-text area under an appraisal label. */
const APPRAISAL_ROWS = 4;
const PANEL_ROWS = 3;

const S = {
  title: { bold: true, size: 14 },
  subtitle: { bold: true, size: 12 },
  anchor: { italic: true },
  header: { bold: true, fill: "#D9E1F2", border: true, horizontal: "center", vertical: "middle", wrap: true },
  item: { bold: true, fill: "#F2F2F2", border: true, wrap: true, vertical: "middle" },
  code: { bold: true, border: true, vertical: "top" },
  text: { border: true, wrap: true, vertical: "top" },
  filler: { border: true, fill: "#F2F2F2" },
  level: { border: true, horizontal: "center", vertical: "middle" },
  phase: { bold: true, italic: true, fill: "#FFF2CC", border: true },
  group: [
    { bold: true, fill: "#1F4E79", color: "#FFFFFF", border: true, wrap: true, vertical: "middle" },
    { bold: true, fill: "#DDEBF7", border: true, wrap: true, vertical: "middle" },
  ],
  fieldLabel: { bold: true, vertical: "middle", wrap: true },
  fieldValue: { border: true, vertical: "middle" },
  markLabel: { bold: true, horizontal: "right", vertical: "middle", wrap: true },
  mark: { bold: true, border: true, horizontal: "center", vertical: "middle", size: 12 },
  note: { italic: true, size: 9, wrap: true, vertical: "top" },
  area: { border: true, wrap: true, vertical: "top", horizontal: "left" },
  border: { border: true },
} satisfies Record<string, CellStyle | CellStyle[]>;

/** Accents, case, apostrophes, punctuation and plurals folded: to tell whether two headings say the same. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((word) => (word.length > 3 ? word.replace(/s$/, "") : word))
    .join(" ");
}

const layoutOf = (compiled: CompiledGrid): Layout => compiled.grid.scale.kind;

/** Column widths (characters) that fit an A4 landscape page, and where things go. */
interface Columns {
  widths: number[];
  /** Text columns before the level columns. */
  text: number;
  /** First level column (or the % column). */
  levelStart: number;
  last: number;
  /** Field labels span columns 0…labelEnd; values follow. */
  labelEnd: number;
}

function columnsOf(layout: Layout, levels: readonly Level[]): Columns {
  const levelWidth = Math.min(14, Math.max(6, ...levels.map((l) => (layout === "levels" ? Math.max(l.code.length, l.label.length) : l.code.length) + 2)));
  const text = layout === "levels" ? [46, 46] : layout === "periods" ? [9, 48, 48] : [24, 42, 52];
  const levelWidths = layout === "percent" ? [12] : levels.map(() => levelWidth);
  const widths = [...text, ...levelWidths];
  return { widths, text: text.length, levelStart: text.length, last: widths.length - 1, labelEnd: layout === "levels" ? 0 : 1 };
}

const span = (columns: Columns, from: number, to: number) => columns.widths.slice(from, to + 1).reduce((a, b) => a + b, 0);

function parentsOf(nodes: readonly ReferentialNode[]): Map<string, ReferentialNode> {
  const parents = new Map<string, ReferentialNode>();
  const visit = (node: ReferentialNode) => {
    for (const child of node.children ?? []) {
      parents.set(child.id, node);
      visit(child);
    }
  };
  nodes.forEach(visit);
  return parents;
}

const codeAndLabel = (node: ReferentialNode) => (node.code ? `${node.code} ${node.label}` : node.label);
const bullets = (nodes: readonly ReferentialNode[]) => nodes.map((n) => `${BULLET}${codeAndLabel(n)}`);
const childrenOf = (node: ReferentialNode | undefined, kind?: ReferentialNode["kind"]) =>
  (node?.children ?? []).filter((c) => kind === undefined || c.kind === kind);

/** The heading of a section as the grid prints it (« Pôle 1 > Gestion… »), else its code and label. */
function sectionHeading(grid: GridDefinition, node: ReferentialNode): string {
  const label = fold(node.label);
  const anchor = grid.anchors.find((a) => fold(a).endsWith(label) && a.length <= node.label.length + 12);
  return anchor ?? codeAndLabel(node);
}

/** The sections (outermost first) an item is listed under: its group's node and that node's ancestors. */
function sectionsOf(compiled: CompiledGrid, parents: Map<string, ReferentialNode>, item: RatedItem): ReferentialNode[] {
  const group = item.group ? compiled.nodes.get(item.group) : undefined;
  const chain: ReferentialNode[] = [];
  for (let node = group; node; node = parents.get(node.id)) chain.unshift(node);
  return chain;
}

/** What a teacher records a rule's condition with: its first alias (« Absence de présentation numérique »). */
const flagLabel = (rule: Rule): string => rule.aliases?.[0] ?? rule.label;

function candidateField(grid: GridDefinition): Field | undefined {
  return grid.fields.find((f) => f.id === "candidate") ?? grid.fields.find((f) => f.kind === "identity" && /\bnom\b/.test(fold(f.label)));
}

function childrenCaption(compiled: CompiledGrid): string {
  const kinds = new Set(compiled.grid.items.flatMap((i) => childrenOf(compiled.itemNodes.get(i.id)).map((c) => c.kind)));
  if (kinds.size === 1 && kinds.has("criterion")) return CRITERIA;
  if (kinds.size === 1 && kinds.has("indicator")) return "Indicateurs d’évaluation";
  return "Questions et consignes";
}

const KIND_CAPTION: Partial<Record<ReferentialNode["kind"], string>> = {
  competency: "Compétence",
  observation: "Observation",
  criterion: "Critère",
  indicator: "Indicateur",
  activity: "Activité",
  block: "Bloc",
  domain: "Domaine",
};

/** Texts the body of the sheet prints: an anchor saying the same is not repeated in the title block. */
function bodyTexts(compiled: CompiledGrid, parents: Map<string, ReferentialNode>): string[] {
  const { grid } = compiled;
  const texts = [grid.scale.label, REPORT_HEADING, COMPETENCIES, CRITERIA, childrenCaption(compiled), "Couverture"];
  for (const level of levelsOf(grid.scale)) texts.push(level.code, level.label);
  for (const field of grid.fields) texts.push(field.label);
  if (grid.panel) texts.push(grid.panel.label, grid.panel.roleLabel ?? "");
  for (const rule of grid.rules) texts.push(rule.label, flagLabel(rule));
  for (const item of grid.items) {
    texts.push(itemLabel(compiled, item));
    for (const section of sectionsOf(compiled, parents, item)) texts.push(sectionHeading(grid, section));
  }
  return texts.filter((t) => t.trim() !== "");
}

/** The épreuve as printed (« Sous-épreuve E31 - Gestion… ») when an anchor says it, else « E31 – Gestion… ». */
function epreuveLine(grid: GridDefinition): string | null {
  if (!grid.epreuve) return null;
  const code = fold(grid.epreuve.code);
  const title = fold(grid.epreuve.title);
  const printed = grid.anchors.find((a) => {
    const f = fold(a);
    return f.includes(title) && ` ${f} `.includes(` ${code} `);
  });
  return printed ?? `${grid.epreuve.code} – ${grid.epreuve.title}`;
}

/** Diploma, épreuve, title, then the anchors the rest of the sheet does not already print. */
function titleLines(compiled: CompiledGrid, parents: Map<string, ReferentialNode>): { text: string; style: CellStyle }[] {
  const { grid } = compiled;
  const epreuve = epreuveLine(grid);
  const lines: { text: string; style: CellStyle }[] = [{ text: grid.diploma, style: S.subtitle }];
  if (epreuve) lines.push({ text: epreuve, style: S.subtitle });
  lines.push({ text: grid.title, style: S.title });
  const headings = lines.map((l) => fold(l.text));
  const heads = [fold(grid.title), ...(epreuve ? [fold(epreuve)] : [])];
  const seen = [...headings, ...bodyTexts(compiled, parents).map(fold)];
  for (const anchor of grid.anchors) {
    const f = fold(anchor);
    const repeated = seen.some((s) => s === f || s.includes(f)) || heads.some((h) => f.includes(h));
    if (f === "" || repeated) continue;
    lines.push({ text: anchor, style: S.anchor });
    seen.push(f);
  }
  return lines;
}

/** The content of one new sheet holding the grid, blank or with the candidate's name. */
export function newGridSheet(compiled: CompiledGrid, options: NewGridOptions): NewSheet {
  const { grid } = compiled;
  const layout = layoutOf(compiled);
  const levels = levelsOf(grid.scale);
  const cols = columnsOf(layout, levels);
  const prefix = options.namePrefix ?? "grille";
  const parents = parentsOf(compiled.referential.nodes);
  const sheet = new SheetBuilder();
  const textWidth = span(cols, 0, cols.levelStart - 1);
  const fullWidth = span(cols, 0, cols.last);
  let row = 0;

  /** A wrapped text in one cell, its row made tall enough (not every host fits rows to their text). */
  const cell = (r: number, c: number, text: string, style: CellStyle) => {
    sheet.set(r, c, text, style);
    sheet.fitText(r, text, cols.widths[c] ?? 10);
  };
  const line = (text: string, style: CellStyle, width = fullWidth) => {
    sheet.area(row, 0, row, cols.last, text, style);
    sheet.fitText(row, text, width, style.size && style.size > 11 ? 18 : 15);
    row++;
  };

  // Title block.
  for (const { text, style } of titleLines(compiled, parents)) line(text, style);
  row++;

  // Identity block: « label : » then the value cell.
  const candidate = candidateField(grid);
  for (const field of grid.fields.filter((f) => f.kind === "identity" || f.kind === "date")) {
    const label = `${field.label} :`;
    sheet.area(row, 0, row, cols.labelEnd, label, S.fieldLabel);
    sheet.fitText(row, label, span(cols, 0, cols.labelEnd));
    const value = field === candidate && options.candidate ? options.candidate : null;
    const style = field.kind === "date" ? { ...S.fieldValue, numberFormat: "dd/mm/yyyy", horizontal: "left" as const } : S.fieldValue;
    const address = sheet.area(row, cols.labelEnd + 1, row, cols.last, value, style);
    sheet.name(`${prefix}_${nameSafe(field.id)}`, address);
    row++;
  }
  row++;

  // Level header: the scale's label, then one column per level code (or « % »).
  const header = row;
  if (layout === "levels") {
    sheet.area(header, 0, header + 1, cols.text - 1, grid.scale.label, S.header);
    levels.forEach((level, i) => {
      sheet.set(header, cols.levelStart + i, level.code, S.header);
      sheet.set(header + 1, cols.levelStart + i, level.label, { ...S.header, bold: false, size: 9 });
    });
  } else {
    sheet.area(header, 0, header, cols.text - 1, grid.scale.label, S.header);
    const firstItem = grid.items[0];
    const firstNode = firstItem ? compiled.itemNodes.get(firstItem.id) : undefined;
    const firstSection = firstItem ? sectionsOf(compiled, parents, firstItem).at(-1) : undefined;
    const captions =
      layout === "periods"
        ? ["Code", KIND_CAPTION[firstNode?.kind ?? "competency"] ?? "", childrenCaption(compiled)]
        : [KIND_CAPTION[firstSection?.kind ?? "domain"] ?? "", KIND_CAPTION[firstNode?.kind ?? "observation"] ?? "", childrenCaption(compiled)];
    captions.forEach((caption, c) => sheet.set(header + 1, c, caption, S.header));
    const codes = layout === "percent" ? ["%"] : levels.map((l) => l.code);
    codes.forEach((code, i) => sheet.area(header, cols.levelStart + i, header + 1, cols.levelStart + i, code, S.header));
  }
  row = header + 2;
  const frozenRows = row;

  // Rated items.
  const itemCells = new Map<string, ItemCells>();
  const levelRow = (r: number, itemId: string, prompt: string) => {
    const cells = levels.map((level, i) => ({ code: level.code, address: sheet.set(r, cols.levelStart + i, null, S.level) }));
    const range = `${a1(r, cols.levelStart)}:${a1(r, cols.last)}`;
    sheet.list(range, [CROSS], prompt);
    sheet.name(`${prefix}_${nameSafe(itemId)}`, range);
    itemCells.set(itemId, { kind: "levels", range, cells });
  };

  if (layout === "levels") {
    let phase: string | undefined;
    for (const item of grid.items) {
      const node = compiled.itemNodes.get(item.id);
      const indicators = childrenOf(node, "indicator");
      const itemPhase = indicators[0]?.phase;
      if (itemPhase && itemPhase !== phase) line(itemPhase, S.phase);
      phase = itemPhase ?? phase;
      const label = itemLabel(compiled, item);
      sheet.area(row, 0, row, cols.text - 1, label, S.item);
      sheet.fitText(row, label, textWidth);
      levelRow(row, item.id, "Une croix (X) dans la colonne du palier atteint");
      row++;
      const competencies = childrenOf(node, "competency");
      const criteria = childrenOf(node, "criterion");
      const details: [string, string][] =
        competencies.length + criteria.length > 0
          ? [
              [
                competencies.length > 0 ? [COMPETENCIES, ...bullets(competencies)].join("\n") : "",
                criteria.length > 0 ? [CRITERIA, ...bullets(criteria)].join("\n") : "",
              ],
            ]
          : indicators.map((i) => [i.label, i.details ?? ""]);
      for (const [left, right] of details) {
        cell(row, 0, left, S.text);
        cell(row, 1, right, S.text);
        sheet.area(row, cols.levelStart, row, cols.last, null, S.filler);
        row++;
      }
    }
  } else if (layout === "periods") {
    const open: string[] = [];
    for (const item of grid.items) {
      const sections = sectionsOf(compiled, parents, item);
      sections.forEach((section, depth) => {
        if (open[depth] === section.id) return;
        open.splice(depth, open.length - depth, section.id);
        line(sectionHeading(grid, section), S.group[Math.min(depth, S.group.length - 1)]!);
      });
      const node = compiled.itemNodes.get(item.id);
      sheet.set(row, 0, node?.code ?? "", S.code);
      cell(row, 1, node?.label ?? item.id, S.text);
      cell(row, 2, bullets(childrenOf(node, "criterion")).join("\n"), S.text);
      levelRow(row, item.id, "Une croix (X) pour chaque période où la compétence a été mise en œuvre");
      row++;
    }
  } else {
    const scale = grid.scale.kind === "percent" ? grid.scale : undefined;
    const min = scale?.min ?? 0;
    const max = scale?.max ?? 100;
    const marks = scale?.anchors.map((a) => formatNumber(a.value)).join(", ") ?? "";
    const prompt = `Pourcentage de ${formatNumber(min)} à ${formatNumber(max)} %${marks ? ` (repères : ${marks})` : ""}`;
    const groups = grid.marking?.kind === "domain-percent" ? grid.marking.groups : [];
    const groupLabel = (item: RatedItem) =>
      groups.find((g) => g.id === item.group)?.label ?? (item.group ? compiled.nodes.get(item.group)?.label : undefined) ?? "";
    let index = 0;
    while (index < grid.items.length) {
      const first = grid.items[index]!;
      const top = row;
      for (; index < grid.items.length && grid.items[index]!.group === first.group; index++) {
        const item = grid.items[index]!;
        const node = compiled.itemNodes.get(item.id);
        cell(row, 1, node ? codeAndLabel(node) : item.id, S.text);
        cell(row, 2, bullets(childrenOf(node)).join("\n"), S.text);
        // A real percentage cell: the teacher types 70, Excel keeps 0.7 and shows 70 %.
        const address = sheet.set(row, cols.levelStart, null, { ...S.level, numberFormat: "0 %" });
        sheet.number(address, min / 100, max / 100, prompt);
        sheet.name(`${prefix}_${nameSafe(item.id)}`, address);
        itemCells.set(item.id, { kind: "number", address, percent: true });
        row++;
      }
      sheet.area(top, 0, row - 1, 0, groupLabel(first), { ...S.item, vertical: "top" });
    }
  }
  row++;

  const marking = grid.marking;

  // Rules: the official text, then a drop-down « X » per flag (E33: no digital presentation). Below a
  // value cell comes a blank row: a reader looking under an empty cell for its value finds nothing.
  const flags = new Map<string, string>();
  if (marking?.kind === "weighted-mean") {
    for (const rule of grid.rules) {
      const label = flagLabel(rule);
      if (label !== rule.label) line(rule.label, S.note);
      sheet.area(row, 0, row, cols.levelStart - 1, label, { ...S.fieldLabel, horizontal: "right" });
      const address = sheet.set(row, cols.levelStart, null, S.level);
      sheet.list(address, [CROSS], `Une croix (X) si : ${label}`.slice(0, 255));
      sheet.name(`${prefix}_${nameSafe(rule.flag)}`, address);
      flags.set(rule.flag, address);
      row += 2;
    }
  }

  // Appraisals: the label, then a merged area to write in.
  for (const field of grid.fields.filter((f) => f.kind === "appraisal")) {
    line(field.label, S.fieldLabel);
    const address = sheet.area(row, 0, row + APPRAISAL_ROWS - 1, cols.last, null, S.area);
    sheet.name(`${prefix}_${nameSafe(field.id)}`, address);
    row += APPRAISAL_ROWS + 1;
  }

  // The result: how it is computed, then the mark /max, the coverage, or the domains' percentages.
  if (marking?.note) line(marking.note, S.note);
  if (marking?.kind === "weighted-mean") {
    const label = `${compiled.markField?.label ?? "Note"} :`;
    sheet.area(row, 0, row, cols.levelStart - 1, label, S.markLabel);
    const address = sheet.set(row, cols.levelStart, { formula: markFormula(compiled, marking, itemCells, flags), result: "" }, S.mark);
    sheet.set(row, cols.levelStart + 1, `/ ${formatNumber(marking.max)}`, { bold: true, vertical: "middle" });
    sheet.name(`${prefix}_note`, address);
    row++;
  } else if (marking?.kind === "coverage") {
    const total = grid.items.length;
    const label = `Couverture (compétences mises en œuvre ${marking.minPeriods > 1 ? `en ${marking.minPeriods} périodes au moins` : "au moins une fois"}) :`;
    sheet.area(row, 0, row, cols.levelStart - 1, label, S.markLabel);
    const count = sheet.set(row, cols.levelStart, { formula: coverageCountFormula(compiled, marking, itemCells), result: 0 }, S.mark);
    sheet.set(row, cols.levelStart + 1, `/ ${total}`, { bold: true, vertical: "middle" });
    const percent = sheet.set(row, cols.levelStart + 2, { formula: `${count}/${total}`, result: 0 }, { ...S.mark, numberFormat: "0 %" });
    sheet.name(`${prefix}_couverture`, percent);
    row++;
  } else if (marking?.kind === "domain-percent" && layout === "percent") {
    line(REPORT_HEADING, { ...S.header, horizontal: "left" });
    for (const group of marking.groups) {
      const addresses = grid.items.filter((i) => i.group === group.id).flatMap((i) => {
        const cells = itemCells.get(i.id);
        return cells?.kind === "number" ? [cells.address] : [];
      });
      sheet.area(row, 0, row, cols.levelStart - 1, group.label, { ...S.text, bold: true });
      if (addresses.length > 0) {
        const address = sheet.set(row, cols.levelStart, { formula: domainMeanFormula(addresses, marking.rounding), result: "" }, { ...S.mark, numberFormat:  "0.0 %" });
        sheet.name(`${prefix}_domaine_${nameSafe(group.id)}`, address);
      }
      row++;
    }
  }
  row++;

  // The panel: name | role | signature, three blank rows.
  if (grid.panel) {
    const roleCol = cols.labelEnd + 1;
    sheet.area(row, 0, row, cols.labelEnd, grid.panel.label, S.header);
    sheet.fitText(row, grid.panel.label, span(cols, 0, cols.labelEnd));
    sheet.set(row, roleCol, grid.panel.roleLabel ?? "Qualité", S.header);
    sheet.area(row, roleCol + 1, row, Math.max(cols.last, roleCol + 1), "Signature", S.header);
    row++;
    for (let i = 0; i < PANEL_ROWS; i++, row++) {
      sheet.area(row, 0, row, cols.labelEnd, null, S.border);
      sheet.set(row, roleCol, null, S.border);
      sheet.area(row, roleCol + 1, row, Math.max(cols.last, roleCol + 1), null, S.border);
      sheet.height(row, 30);
    }
  }

  return sheet.build(options.sheetName, { columnWidths: cols.widths, frozenRows, landscape: true });
}

export interface NewGridPlanOptions {
  /** One sheet per candidate, named after them; none: a single blank sheet « Grille E31 ». */
  candidates?: string[];
  existingSheets: string[];
  /** Workbook names already defined, so that the new ones do not clash. */
  existingNames?: string[];
}

/** The sheets to add for a new grid: one per candidate, or a single blank one. */
export function newGridPlan(compiled: CompiledGrid, options: NewGridPlanOptions): WritePlan {
  const { grid } = compiled;
  const candidates = (options.candidates ?? []).map((c) => c.trim()).filter((c) => c !== "");
  const entries = candidates.length > 0 ? candidates.map((c) => ({ wanted: c, candidate: c as string | null })) : [{ wanted: `Grille ${grid.epreuve?.code ?? grid.id}`, candidate: null }];
  const taken = [...options.existingSheets];
  const names = (options.existingNames ?? []).map((n) => n.toLowerCase());
  const prefixTaken = (prefix: string) => names.some((n) => n === prefix || n.startsWith(`${prefix}_`));
  let k = 0;
  return {
    changes: entries.map((entry, i) => {
      const sheetName = uniqueSheetName(entry.wanted, taken, `Candidat ${i + 1}`);
      taken.push(sheetName);
      let prefix: string;
      do prefix = `grille_s${++k}`;
      while (prefixTaken(prefix));
      return { kind: "sheet" as const, sheet: newGridSheet(compiled, { sheetName, candidate: entry.candidate, namePrefix: prefix }), replaces: false };
    }),
  };
}
