import type { Field, GridFile, Group, MarkingScheme, WeightedMean } from "../../core/model/grid";
import type { ReferentialNode } from "../../core/model/referential";
import type { Scale } from "../../core/model/scale";
import { cellText, isCellError, type CellRange } from "../snapshot/cells";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/workbook";
import type { SheetIndex } from "../sheet/sheet-index";
import { IdMaker, nodeOf, slugOf, type Draft } from "./draft";
import { learnForm, type LearnedForm } from "./fields";
import { learnHeaders, type LearnedHeader } from "./header";
import { itemCode } from "./codes";
import { learnBody, type LearnedRow } from "./items";
import { note, type LearnNote } from "./result";

/** The sheets that are copies of this one: the same level header at the same place. */
export function copiesOf(workbook: WorkbookSnapshot, sheet: SheetSnapshot, header: LearnedHeader): SheetSnapshot[] {
  const probe = header.levels.map((l) => cellText(sheet.cells[header.row]?.[l.column] ?? null));
  return workbook.sheets.filter((s) => probe.every((text, i) => cellText(s.cells[header.row]?.[header.levels[i]!.column] ?? null) === text));
}

/** Rows where some copy holds a rating in the level columns, and whether any rating is a number. */
function ratedRows(copies: readonly SheetSnapshot[], header: LearnedHeader): { rows: Set<number>; numbers: boolean } {
  const rows = new Set<number>();
  let numbers = false;
  for (const sheet of copies) {
    for (let r = header.bottom + 1; r < sheet.cells.length; r++) {
      for (const level of header.levels) {
        const value = sheet.cells[r]?.[level.column] ?? null;
        if (value === null || isCellError(value) || cellText(value).trim() === "") continue;
        // A rating is a tick, a code or a number; « Total », « Niveau 1 » and headings are not.
        if (typeof value === "string" && value.trim().length > 3 && !header.levels.some((l) => l.code === value.trim())) continue;
        rows.add(r);
        if (typeof value === "number" && value !== 1 && value !== 0) numbers = true;
      }
    }
  }
  return { rows, numbers };
}

const sameLevels = (a: LearnedHeader, b: LearnedHeader) => a.levels.length === b.levels.length && a.levels.every((l, i) => l.code === b.levels[i]!.code && l.column === b.levels[i]!.column);

/**
 * The body under a header and under each repetition of it (one block per competency, as in the BTS
 * grids): the block's heading (the text beside its header, with its weight) is the section of its items.
 */
function blocksOf(index: SheetIndex, header: LearnedHeader, headers: readonly LearnedHeader[], rated: ReadonlySet<number> | null): { rows: LearnedRow[]; bottom: number } {
  const blocks = headers.filter((h) => sameLevels(h, header)).sort((a, b) => a.row - b.row);
  const columns = header.levels.map((l) => l.column);
  const first = Math.min(...columns);
  const rows: LearnedRow[] = [];
  let bottom = header.bottom;
  blocks.forEach((block, i) => {
    const limit = blocks[i + 1] ? Math.min(blocks[i + 1]!.row, blocks[i + 1]!.labelRow ?? Infinity, blocks[i + 1]!.pointsRow ?? Infinity) - 1 : undefined;
    if (blocks.length > 1) {
      for (let r = Math.min(block.row, block.labelRow ?? block.row); r <= block.bottom; r++) {
        const label = index.cells.find((c) => c.row === r && c.col < first && typeof c.value === "string" && c.words.length >= 2);
        if (!label) continue;
        const weight = index.cells.find((c) => c.row === r && c.col < first && typeof c.value === "number")?.value;
        const coded = itemCode(cellText(label.value));
        rows.push({ row: r, col: label.col, role: "section", code: coded?.code ?? null, label: coded?.rest || cellText(label.value).trim(), details: null, weight: typeof weight === "number" ? weight : null, maximum: null });
        break;
      }
    }
    const body = learnBody(index, { top: block.bottom + 1, ratingColumns: columns, ratedRows: rated, ...(limit !== undefined ? { limit } : {}) });
    rows.push(...body.rows);
    bottom = Math.max(bottom, body.bottom);
  });
  return { rows, bottom };
}

/** The title: the first long text above the header (a grid's heading), else the sheet's name. */
function titleOf(index: SheetIndex, above: number): { title: string; anchors: string[] } {
  const texts = index.cells.filter((c) => c.row < above && typeof c.value === "string" && c.words.length >= 2 && !c.text.endsWith(":") && !/:/.test(c.head.slice(-3)));
  const lines = texts.map((c) => cellText(c.value).trim().split(/\r?\n/)[0]!.trim()).filter((t) => t.length >= 6 && t.length <= 160);
  return { title: lines[0] ?? index.sheet.name.trim(), anchors: lines.slice(0, 3) };
}

function scaleOf(header: LearnedHeader): Scale {
  const levels = header.levels.map((l) => ({ code: l.code, label: l.label, aliases: [], ...(l.points !== undefined ? { points: l.points } : {}) }));
  const label = header.levels.map((l) => l.code).join(" / ");
  return header.kind === "periods" ? { kind: "periods", id: "periodes", label: "Périodes", levels } : { kind: "levels", id: slugOf(label, "niveaux"), label: `Niveaux ${label}`, levels };
}

const describeScale = (header: LearnedHeader) => header.levels.map((l) => (l.points !== undefined ? `${l.code} (${l.points})` : l.code)).join(", ");

/** Learns a grid laid out as one sheet per candidate under a level header; null when the sheet has none. */
export function learnSheet(workbook: WorkbookSnapshot, index: SheetIndex): Draft | null {
  const headers = learnHeaders(index);
  let best: { header: LearnedHeader; rows: LearnedRow[]; bottom: number; rated: ReturnType<typeof ratedRows> } | null = null;
  for (const header of headers.slice(0, 4)) {
    const rated = ratedRows(copiesOf(workbook, index.sheet, header), header);
    const body = blocksOf(index, header, headers, rated.rows.size > 0 ? rated.rows : null);
    const items = body.rows.filter((r) => r.role === "item").length;
    if (items > 0 && (!best || items > best.rows.filter((r) => r.role === "item").length)) best = { header, ...body, rated };
  }
  if (!best) return null;
  const { header, rows, rated } = best;
  const sheet = index.sheet.name;
  const notes: LearnNote[] = [];
  const lastLevel = Math.max(...header.levels.map((l) => index.rightEdge(header.row, l.column)));
  const body: CellRange[] = [
    { top: header.row, bottom: best.bottom, left: 0, right: lastLevel },
    // Column headings beside the levels (« commentaires », « note calculée ») are the header's, not fields.
    { top: Math.min(header.row, header.labelRow ?? header.row, header.pointsRow ?? header.row), bottom: header.bottom, left: 0, right: Number.MAX_SAFE_INTEGER },
  ];
  const form = learnForm(index, body);

  // The referential: sections and the items under them, descriptors as their indicators.
  const ids = new IdMaker();
  const nodes: ReferentialNode[] = [];
  const items: { id: string; node: string; group?: string }[] = [];
  const weights: Record<string, number> = {};
  const groups: Group[] = [];
  let section: ReferentialNode | null = null;
  let lastItem: ReferentialNode | null = null;
  const unweighed: string[] = [];
  let skipping = false;
  for (const row of rows) {
    if (row.role === "section") skipping = row.weight === 0;
    if (skipping || (row.role === "item" && row.weight === 0)) {
      if (row.role !== "descriptor") unweighed.push(row.code ?? row.label.split("\n")[0]!);
      continue;
    }
    if (row.role === "section") {
      section = nodeOf(ids.make(row.code, row.label, "section"), "domain", row.code, row.label, row.details);
      section.children = [];
      nodes.push(section);
      groups.push({ id: section.id, label: row.label, weight: row.weight && row.weight > 0 ? row.weight : 1 });
      lastItem = null;
    } else if (row.role === "item") {
      const node = nodeOf(ids.make(row.code, row.label, "item"), "criterion", row.code, row.label, row.details);
      (section?.children ?? nodes).push(node);
      items.push({ id: node.id, node: node.id, ...(section ? { group: section.id } : {}) });
      if (row.weight !== null && row.weight > 0) weights[node.id] = row.weight;
      lastItem = node;
    } else if (lastItem) {
      (lastItem.children ??= []).push(nodeOf(ids.make(null, `${lastItem.id}-${row.label}`, "indicator"), "indicator", row.code, row.label, row.details));
    }
  }
  if (items.length === 0) return null;
  if (unweighed.length > 0) {
    const list = unweighed.map((u) => `« ${u.slice(0, 60)} »`).join(", ");
    notes.push(note("items", "medium", `Pèsent 0 dans la note, laissés de côté (non évalués) : ${list}`, `Weigh 0 in the mark, left aside (not assessed): ${list}`, { sheet: index.sheet.name }));
  }
  // Sections without items are headings only; items outside every section leave the marking flat.
  const usedGroups = groups.filter((g) => items.some((i) => i.group === g.id));
  // Sections weigh in the marking only where the grid prints their weights; otherwise it is one of the variants tried.
  const sectionsWeighed = rows.some((r) => r.role === "section" && r.weight !== null);
  const groupable = usedGroups.length > 1 && items.every((i) => i.group !== undefined);
  const grouped = groupable && sectionsWeighed;

  const { title, anchors } = titleOf(index, header.row);
  let scale = scaleOf(header);
  // The mark's formula divides by n − 1 (« …*20/3 » on four levels): the levels are worth 0 … n − 1.
  const formula = form.markFormula?.formula ?? "";
  const steps = header.levels.length - 1;
  if (scale.kind === "levels" && steps >= 2 && header.levels.every((l) => l.points === undefined) && new RegExp(`/\\s*${steps}(?![\\d.])`).test(formula)) {
    scale = { ...scale, levels: scale.levels.map((l, i) => ({ ...l, points: i })) };
    notes.push(
      note(
        "scale",
        "medium",
        `D'après la formule de la note (division par ${steps}), les niveaux valent 0 à ${steps} points — à confirmer`,
        `From the mark's formula (division by ${steps}), the levels are worth 0 to ${steps} points — to confirm`,
        { sheet: index.sheet.name },
      ),
    );
  }
  notes.push(
    note(
      "items",
      rows.some((r) => r.role === "section") ? "medium" : "high",
      `${items.length} items lus sous l'en-tête des niveaux${usedGroups.length > 0 ? `, en ${usedGroups.length} sections` : ""} — à vérifier`,
      `${items.length} items read under the level header${usedGroups.length > 0 ? `, in ${usedGroups.length} sections` : ""} — to check`,
      { sheet },
    ),
  );
  notes.push(
    note(
      "scale",
      header.orderKnown ? "high" : "low",
      header.orderKnown
        ? `Échelle déduite de l'en-tête : ${describeScale(header)} — à confirmer`
        : `Échelle déduite de l'en-tête : ${describeScale(header)} ; l'ordre (du plus faible au meilleur) est celui de la feuille, rien ne le confirme — à vérifier`,
      header.orderKnown
        ? `Scale inferred from the header: ${describeScale(header)} — to confirm`
        : `Scale inferred from the header: ${describeScale(header)}; its order (worst first) is the sheet's, nothing confirms it — to check`,
      { sheet },
    ),
  );

  const fields: Field[] = form.fields.map(({ at: _at, row: _row, col: _col, ...field }) => field);
  describeForm(form, notes, sheet);

  const rounding = form.rounding ?? "none";
  const max = form.markMax ?? 20;
  let marking: MarkingScheme | undefined;
  const variants: Draft["variants"] = [];
  if (header.kind === "periods") {
    marking = { kind: "coverage", minPeriods: 1 };
    notes.push(note("marking", "medium", "Pas de note : chaque item doit être coché dans au moins une période — à confirmer", "No mark: each item must be ticked in at least one period — to confirm", { sheet }));
  } else {
    const itemWeights = Object.keys(weights).length === items.length && new Set(Object.values(weights)).size > 1 ? weights : {};
    const base: WeightedMean = {
      kind: "weighted-mean",
      max,
      weights: itemWeights,
      groups: grouped ? usedGroups : [],
      rounding,
      ...(rated.numbers ? { override: { min: 0, max: Math.max(...header.levels.map((l, i) => l.points ?? (i + 1) / header.levels.length)) } } : {}),
    };
    marking = base;
    variants.push({ scheme: base, fr: "moyenne pondérée telle que la grille l'imprime", en: "weighted mean as the grid prints it" });
    if (grouped) variants.push({ scheme: { ...base, groups: [] }, fr: "moyenne de tous les items, sans les sections", en: "mean of all items, sections aside" });
    if (groupable && !grouped) variants.push({ scheme: { ...base, groups: usedGroups }, fr: "moyenne des sections", en: "mean of the sections" });
    if (grouped && usedGroups.some((g) => g.weight !== 1)) variants.push({ scheme: { ...base, groups: usedGroups.map((g) => ({ ...g, weight: 1 })) }, fr: "sections de même poids", en: "sections of equal weight" });
    if (Object.keys(itemWeights).length > 0) variants.push({ scheme: { ...base, weights: {} }, fr: "items de même poids", en: "items of equal weight" });
    // No points printed: levels worth 1…n (Grille's default) or 0…n−1 (the lowest worth nothing), as the file's totals tell.
    if (scale.kind === "levels" && scale.levels.every((l) => l.points === undefined)) {
      const fromZero: Scale = { ...scale, levels: scale.levels.map((l, i) => ({ ...l, points: i })) };
      for (const variant of [...variants]) variants.push({ ...variant, scale: fromZero, fr: `${variant.fr}, le niveau le plus faible à 0`, en: `${variant.en}, the lowest level worth 0` });
    }
    if (form.markMax === null && form.fields.some((f) => f.kind === "mark")) {
      notes.push(note("mark", "low", "Maximum de la note non imprimé : /20 supposé — à confirmer", "The mark's maximum is not printed: /20 assumed — to confirm", { sheet }));
    }
  }

  const id = slugOf(title, "grille-apprise");
  const file: GridFile = {
    schemaVersion: 1,
    referential: { id, title, diploma: "Grille apprise", source: `Appris de la feuille « ${sheet.trim()} »`, nodes },
    grid: {
      id,
      title,
      diploma: "Grille apprise",
      anchors,
      scale,
      items,
      fields,
      ...(form.panel ? { panel: (({ row: _r, col: _c, ...panel }) => panel)(form.panel) } : {}),
      ...(marking ? { marking } : {}),
      rules: [],
    },
  };
  const score = items.length * 2 + header.levels.length + fields.length + (rated.rows.size > 0 ? 3 : 0);
  return { sheet, layout: "sheet", file, notes, score, variants, roundingPrinted: form.rounding !== null };
}

function describeForm(form: LearnedForm, notes: LearnNote[], sheet: string): void {
  const identity = form.fields.filter((f) => f.kind === "identity" || f.kind === "date");
  if (identity.length > 0) {
    const labels = identity.map((f) => `« ${f.label} »`).join(", ");
    notes.push(note("fields", "medium", `Champs lus : ${labels} — obligatoires à confirmer`, `Fields read: ${labels} — which are required is to confirm`, { sheet }));
  } else {
    notes.push(note("fields", "low", "Aucun champ pour le nom du candidat : les candidats seront nommés d'après la feuille", "No field for the candidate's name: candidates will be named after the sheet", { sheet }));
  }
  for (const field of form.fields.filter((f) => f.kind === "appraisal")) {
    notes.push(
      note(
        "appraisal",
        "medium",
        `Appréciation : « ${field.label} »${field.required ? " (obligatoire selon la grille)" : " ; facultative, rien ne dit qu'elle est obligatoire — à confirmer"}`,
        `Appraisal: "${field.label}"${field.required ? " (mandatory, says the grid)" : "; optional, nothing says it is mandatory — to confirm"}`,
        { sheet },
      ),
    );
  }
  if (form.panel) notes.push(note("panel", "medium", `Commission : « ${form.panel.label} »`, `Panel: "${form.panel.label}"`, { sheet }));
  const mark = form.fields.find((f) => f.kind === "mark");
  if (mark) {
    const formula = form.markFormula ? ` ; formule de la feuille : ${form.markFormula.formula ? `=${form.markFormula.formula}` : "présente"}` : "";
    const formulaEn = form.markFormula ? `; the sheet's formula: ${form.markFormula.formula ? `=${form.markFormula.formula}` : "present"}` : "";
    notes.push(note("mark", "high", `Note : « ${mark.label} »${form.markMax !== null ? ` sur ${form.markMax}` : ""}${formula}`, `Mark: "${mark.label}"${form.markMax !== null ? ` out of ${form.markMax}` : ""}${formulaEn}`, { sheet }));
  } else {
    notes.push(note("mark", "low", "Aucune cellule de note trouvée : la note proposée ne sera pas écrite dans la feuille", "No mark cell found: the proposed mark will not be written to the sheet", { sheet }));
  }
}
