import { compileGrid, itemLabel, itemShortName, type CompiledGrid } from "../../core/model/compile";
import { parseGridJson } from "../../core/model/parse";
import { evaluationExport } from "../../recognition/document/evaluation-export";
import { proposedMarkOf } from "../../recognition/document/record-mark";
import { markPlan } from "../../recognition/plans/marks";
import { newGridPlan } from "../../recognition/plans/new-grid";
import { synthesisPlan } from "../../recognition/plans/synthesis";
import { currentSynthesis, synthesisPlan as panelSynthesisPlan } from "../../recognition/plans/panel-synthesis";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { SheetBinding } from "../../recognition/sheet/binding";
import { refusedTarget } from "../../recognition/sheet/target-cell";
import { bindingMapOf } from "../../recognition/workbook/binding-map";
import { mapWithGrid, storedGridFiles, withStoredGrids } from "../../recognition/workbook/stored-grids";
import { recognizeWorkbook } from "../../recognition/workbook/recognize";
import type { WorkbookReport } from "../../recognition/workbook/report";
import { builtInGrids } from "../../referentials";
import type { BindingTarget } from "../state/rebind";

/**
 * Everything the pane computes with: the grids (zod-validated JSON), recognition, marking, plans. It is
 * loaded apart from the pane's first screen (see load.ts), so that the pane paints before the engine
 * has arrived.
 */

/** How the teacher knows a binding target: the item's code (« 1.1 ») or the field's label. */
function targetName(compiled: CompiledGrid, target: BindingTarget): string {
  if (target.kind === "item") {
    const item = compiled.grid.items.find((i) => i.id === target.id);
    return item ? itemShortName(compiled, item) : target.id;
  }
  return compiled.grid.fields.find((f) => f.id === target.id)?.label ?? target.id;
}

/** A teacher's grid file, compiled, or the core's (French) errors. */
function parseGrid(text: string): { ok: true; grid: CompiledGrid } | { ok: false; errors: string[] } {
  const parsed = parseGridJson(text);
  return parsed.ok ? { ok: true, grid: compileGrid(parsed.value) } : parsed;
}

export const engine = {
  grids: (): CompiledGrid[] => [...builtInGrids().values()],
  /** The grids stored in the file (learned, or a built-in grid's variant), compiled (`stored`: the snapshot's raw map). */
  storedGrids: (stored: unknown): CompiledGrid[] => storedGridFiles(stored).map(compileGrid),
  recognise: (snapshot: WorkbookSnapshot, forced: CompiledGrid | null): WorkbookReport => recognizeWorkbook(snapshot, forced ? { forcedGrid: forced } : {}),
  parseGrid,
  targetName,
  /** Why the cells a teacher chose cannot hold an item or field (a label, « / 20 », a formula); null when they can. */
  refusedTarget,
  itemLabel,
  itemShortName,
  markPlan,
  synthesisPlan,
  /** CQP: the chair's synthesis, as the file holds it and as a plan that writes it. */
  currentSynthesis,
  panelSynthesisPlan,
  newGridPlan,
  /** The map of these bindings, keeping the grids stored in the file (`stored`: the snapshot's raw map). */
  bindingMapOf: (gridId: string, bindings: readonly SheetBinding[], stored?: unknown) => withStoredGrids(bindingMapOf(gridId, bindings), storedGridFiles(stored)),
  /** The stored map with a grid the teacher confirmed kept beside it. */
  mapWithGrid,
  /** One candidate's evaluation as « Copier la fiche » exports it, for the Word pane to import, with the mark Grille proposes. */
  evaluationExport,
  proposedMarkOf,
};

export type Engine = typeof engine;
