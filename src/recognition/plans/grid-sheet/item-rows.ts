import { itemLabel } from "../../../core/model/compile";
import type { RatedItem } from "../../../core/model/grid";
import { formatNumber } from "../../../core/text/numbers";
import { a1 } from "../../snapshot/cells";
import type { TextColumn } from "./columns";
import type { GridDraft } from "./draft";
import { CROSS, S } from "./styles";
import { COMPETENCIES, CRITERIA, bullets, childrenOf, codeAndLabel, sectionHeading, sectionsOf } from "./texts";

/** The rated items, one block per item, laid out by the grid's scale (see columns.ts). */
export function itemRows(draft: GridDraft): void {
  if (draft.layout === "levels") levelItems(draft);
  else if (draft.layout === "periods") periodItems(draft);
  else percentItems(draft);
  draft.row++;
}

/** The item's level (or period) cells on row `r`: a drop-down « X » in each, one workbook name over them. */
function levelCells(draft: GridDraft, r: number, itemId: string, prompt: string): void {
  const { sheet, cols } = draft;
  const cells = draft.levels.map((level, i) => ({ code: level.code, address: sheet.set(r, cols.levelStart + i, null, S.level) }));
  const range = `${a1(r, cols.levelStart)}:${a1(r, cols.last)}`;
  sheet.list(range, [CROSS], prompt);
  draft.name(itemId, range);
  draft.itemCells.set(itemId, { kind: "levels", range, cells });
}

/** E31, E33: the item across the text columns, its level cells, then its competencies and criteria (or indicators). */
function levelItems(draft: GridDraft): void {
  const { sheet, cols, compiled } = draft;
  let phase: string | undefined;
  for (const item of draft.grid.items) {
    const node = compiled.itemNodes.get(item.id);
    const indicators = childrenOf(node, "indicator");
    const itemPhase = indicators[0]?.phase;
    if (itemPhase && itemPhase !== phase) draft.line(itemPhase, S.phase);
    phase = itemPhase ?? phase;
    const label = itemLabel(compiled, item);
    sheet.area(draft.row, 0, draft.row, cols.text - 1, label, S.item);
    sheet.fitText(draft.row, label, draft.textWidth);
    levelCells(draft, draft.row, item.id, "Une croix (X) dans la colonne du palier atteint");
    draft.row++;
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
      draft.cell(draft.row, 0, left, S.text);
      draft.cell(draft.row, 1, right, S.text);
      sheet.area(draft.row, cols.levelStart, draft.row, cols.last, null, S.filler);
      draft.row++;
    }
  }
}

/** PFMP: one row per competency ([activity |] code | label | criteria | P1…P6) under its pôle and activity headings. */
function periodItems(draft: GridDraft): void {
  const { sheet, compiled, grid, cols } = draft;
  const at = (content: TextColumn) => cols.contents.indexOf(content);
  const open: string[] = [];
  let task: { id: string; top: number } | null = null;
  const closeTask = () => {
    if (task && at("task") >= 0) taskCell(draft, task.id, task.top, draft.row - 1, at("task"));
    task = null;
  };
  for (const item of grid.items) {
    sectionsOf(compiled, draft.parents, item).forEach((section, depth) => {
      if (open[depth] === section.id) return;
      closeTask();
      open.splice(depth, open.length - depth, section.id);
      draft.line(sectionHeading(grid, section), S.group[Math.min(depth, S.group.length - 1)]!);
    });
    const node = compiled.itemNodes.get(item.id);
    const parent = draft.parents.get(item.node);
    if (parent?.kind === "task" ? task?.id !== parent.id : task !== null) {
      closeTask();
      if (parent?.kind === "task") task = { id: parent.id, top: draft.row };
    }
    if (parent?.kind !== "task" && at("task") >= 0) sheet.set(draft.row, at("task"), null, S.text);
    sheet.set(draft.row, at("code"), node?.code ?? "", S.code);
    draft.cell(draft.row, at("item"), node?.label ?? item.id, S.text);
    draft.cell(draft.row, at("children"), bullets(childrenOf(node, "criterion")).join("\n"), S.text);
    levelCells(draft, draft.row, item.id, "Une croix (X) pour chaque période où la compétence a été mise en œuvre");
    draft.row++;
  }
  closeTask();
}

/**
 * The activity cell of the competencies of one task, merged down their rows. An activity the official
 * table lists with no competency of its own shares the cell of the one above it (PFMP 2.3.1).
 */
function taskCell(draft: GridDraft, taskId: string, top: number, bottom: number, col: number): void {
  const task = draft.compiled.nodes.get(taskId);
  const siblings = childrenOf(draft.parents.get(taskId));
  const after = siblings.slice(siblings.findIndex((s) => s.id === taskId) + 1);
  const end = after.findIndex((s) => s.kind !== "task" || childrenOf(s).length > 0);
  const labels = [task, ...after.slice(0, end < 0 ? after.length : end)].map((t) => t?.label ?? "");
  const text = labels.join("\n");
  draft.sheet.area(top, col, bottom, col, text, S.text);
  // Tall enough on its own rows: the last row takes what the rows above do not give.
  if (top === bottom) draft.sheet.fitText(top, text, draft.cols.widths[col] ?? 10);
}

/** CQP: one row per observation (domain | observation | questions [| notes] | %), the domain merged down its rows. */
function percentItems(draft: GridDraft): void {
  const { sheet, cols, compiled, grid } = draft;
  const at = (content: TextColumn) => cols.contents.indexOf(content);
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
    const top = draft.row;
    for (; index < grid.items.length && grid.items[index]!.group === first.group; index++) {
      const item = grid.items[index]!;
      const node = compiled.itemNodes.get(item.id);
      draft.cell(draft.row, at("item"), node ? codeAndLabel(node) : item.id, S.text);
      draft.cell(draft.row, at("children"), bullets(childrenOf(node)).join("\n"), S.text);
      // Room to write: the jury's notes during the observation.
      if (at("notes") >= 0) sheet.set(draft.row, at("notes"), null, S.text);
      // A real percentage cell: the teacher types 70, Excel keeps 0.7 and shows 70 %.
      const address = sheet.set(draft.row, cols.levelStart, null, { ...S.level, numberFormat: "0 %" });
      sheet.number(address, min / 100, max / 100, prompt);
      draft.name(item.id, address);
      draft.itemCells.set(item.id, { kind: "number", address, percent: true });
      draft.row++;
    }
    sheet.area(top, at("section"), draft.row - 1, at("section"), groupLabel(first), { ...S.item, vertical: "top" });
  }
}
