import type { Field, GridFile, PointsSum } from "../../core/model/grid";
import type { ReferentialNode } from "../../core/model/referential";
import { foldMarker } from "../../core/marking/points";
import { cellText, isCellError, type CellRange } from "../snapshot/cells";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/workbook";
import type { SheetIndex } from "../sheet/sheet-index";
import { IdMaker, nodeOf, slugOf, type Draft } from "./draft";
import { learnForm } from "./fields";
import { AFTER_ITEMS, printedMaximum } from "./items";
import { itemCode } from "./codes";
import { normalizeText } from "../text/normalize";
import { note, type LearnNote } from "./result";

/** Texts teachers type for a criterion not attempted or a candidate absent. */
const NOT_ATTEMPTED = new Set(["NT", "NR", "ABS", "AB", "NE", "NN", "DISP", "EXC"]);

interface PointsRow {
  row: number;
  labelCol: number;
  code: string | null;
  label: string;
  maximum: number | null;
  /** The maximum's column: the points sit beside it. */
  maxCol: number | null;
}

/** Rows that print a maximum (« /5 », « sur 4 »), and the labelled rows between them (sections). */
function pointsRows(index: SheetIndex): PointsRow[] {
  const rows: PointsRow[] = [];
  for (let r = 0; r < index.rows; r++) {
    let label: { col: number; raw: string } | null = null;
    let maximum: number | null = null;
    let maxCol: number | null = null;
    for (let c = 0; c < (index.sheet.cells[r]?.length ?? 0); c++) {
      const value = index.value(r, c);
      if (typeof value !== "string" || value.trim() === "") continue;
      const max = printedMaximum(value);
      if (max !== null) {
        if (maximum === null) [maximum, maxCol] = [max, c];
      } else if (!label && /\p{L}{2,}/u.test(value)) label = { col: c, raw: value.trim() };
    }
    if (!label) continue;
    const coded = itemCode(label.raw);
    rows.push({ row: r, labelCol: label.col, code: coded?.code ?? null, label: coded?.rest || label.raw, maximum, maxCol });
  }
  return rows;
}

/** Not-attempted markers found in the points cells of the copies. */
function markersIn(copies: readonly SheetSnapshot[], rows: readonly PointsRow[]): string[] {
  const found = new Set<string>();
  for (const sheet of copies) {
    for (const row of rows) {
      for (const value of sheet.cells[row.row] ?? []) {
        if (typeof value !== "string" || isCellError(value)) continue;
        const marker = foldMarker(value);
        if (NOT_ATTEMPTED.has(marker)) found.add(value.trim());
      }
    }
  }
  return [...found];
}

/**
 * Learns a grid of points per criterion (« Critère … /5 »), with no level header: each item is marked in
 * points out of its printed maximum, the mark is their sum (scaled to the total's maximum when printed).
 */
export function learnPointsSheet(workbook: WorkbookSnapshot, index: SheetIndex): Draft | null {
  const all = pointsRows(index);
  const firstMax = all.findIndex((r) => r.maximum !== null);
  if (firstMax < 0) return null;
  // The body: from the first row with a maximum (and the headings just above it) to what follows the items.
  const body: PointsRow[] = [];
  let sectionAbove: PointsRow | null = null;
  for (let i = firstMax - 1; i >= 0 && i >= firstMax - 1; i--) if (all[i]!.row === all[firstMax]!.row - 1) sectionAbove = all[i]!;
  if (sectionAbove) body.push(sectionAbove);
  let total: PointsRow | null = null;
  for (const row of all.slice(firstMax)) {
    if (AFTER_ITEMS.test(normalizeText(cellText(index.value(row.row, row.labelCol))))) {
      if (row.maximum !== null && !total) total = row;
      if (body.some((r) => r.maximum !== null)) break;
      continue;
    }
    body.push(row);
  }
  const items = body.filter((r) => r.maximum !== null);
  if (items.length < 2) return null;
  const sheet = index.sheet.name;
  const where = { sheet };
  const notes: LearnNote[] = [];
  const last = body[body.length - 1]!.row;
  const area: CellRange[] = [{ top: body[0]!.row, bottom: last, left: 0, right: Number.MAX_SAFE_INTEGER }];
  const form = learnForm(index, area);

  const ids = new IdMaker();
  const nodes: ReferentialNode[] = [];
  const gridItems: { id: string; node: string; group?: string }[] = [];
  const maxima: Record<string, number> = {};
  let section: ReferentialNode | null = null;
  for (const row of body) {
    if (row.maximum === null) {
      section = nodeOf(ids.make(row.code, row.label, "section"), "domain", row.code, row.label);
      section.children = [];
      nodes.push(section);
      continue;
    }
    const node = nodeOf(ids.make(row.code, row.label, "item"), "criterion", row.code, row.label);
    (section?.children ?? nodes).push(node);
    gridItems.push({ id: node.id, node: node.id, ...(section ? { group: section.id } : {}) });
    maxima[node.id] = row.maximum;
  }
  const sum = Object.values(maxima).reduce((a, b) => a + b, 0);
  const totalMax = form.markMax ?? total?.maximum ?? sum;
  const copies = workbook.sheets.filter((s) => items.every((r) => cellText(s.cells[r.row]?.[r.labelCol] ?? null).trim() !== ""));
  const markers = markersIn(copies, items);
  const scheme: PointsSum = { kind: "points-sum", maxima, max: totalMax, notAttempted: markers.length > 0 ? markers : ["NT", "ABS"], notAttemptedAs: "zero", rounding: form.rounding ?? "none" };
  const fields: Field[] = form.fields.map(({ at: _a, row: _r, col: _c, ...field }) => field);
  if (!fields.some((f) => f.kind === "mark") && total) fields.push({ id: "mark", kind: "mark", label: cellText(index.value(total.row, total.labelCol)).trim().replace(/\s*:\s*$/, ""), aliases: [], required: true });

  notes.push(note("items", "high", `${gridItems.length} critères notés en points, chacun sur son maximum imprimé (total ${sum})`, `${gridItems.length} criteria marked in points, each out of its printed maximum (total ${sum})`, where));
  notes.push(
    note(
      "scale",
      "medium",
      `Pas d'échelle de niveaux : des points saisis par critère ; ${scheme.notAttempted.join(", ")} lus comme « non traité »${markers.length > 0 ? "" : " (supposé)"} — à confirmer`,
      `No level scale: points typed per criterion; ${scheme.notAttempted.join(", ")} read as not attempted${markers.length > 0 ? "" : " (assumed)"} — to confirm`,
      where,
    ),
  );
  if (totalMax !== sum) notes.push(note("mark", "medium", `Total des maxima ${sum}, note sur ${totalMax} : la somme est ramenée sur ${totalMax}`, `Maxima add up to ${sum}, mark out of ${totalMax}: the sum is scaled to ${totalMax}`, where));
  const title = index.cells.find((c) => c.row < body[0]!.row && typeof c.value === "string" && c.words.length >= 2 && !c.text.endsWith(":"))?.value;
  const name = typeof title === "string" ? title.split(/\r?\n/)[0]!.trim() : sheet.trim();
  const id = slugOf(name, "grille-apprise");
  const file: GridFile = {
    schemaVersion: 1,
    referential: { id, title: name, diploma: "Grille apprise", source: `Appris de la feuille « ${sheet.trim()} »`, nodes },
    grid: {
      id,
      title: name,
      diploma: "Grille apprise",
      anchors: [name],
      scale: { kind: "percent", id: "points", label: "Points", min: 0, max: Math.max(...Object.values(maxima)), anchors: [], descriptorSets: [] },
      items: gridItems,
      fields,
      ...(form.panel ? { panel: (({ row: _r, col: _c, ...panel }) => panel)(form.panel) } : {}),
      marking: scheme,
      rules: [],
    },
  };
  const variants: Draft["variants"] = [
    { scheme, fr: "somme des points sur la somme des maxima", en: "sum of points out of the sum of maxima" },
    { scheme: { ...scheme, notAttemptedAs: "excluded" }, fr: "somme des points, critères non traités hors total", en: "sum of points, criteria not attempted left out" },
  ];
  return { sheet, layout: "sheet", file, notes, score: gridItems.length * 2 + fields.length, variants, roundingPrinted: form.rounding !== null };
}
