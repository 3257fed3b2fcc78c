import { text } from "../../core/i18n/locale";
import { isCellError, isEmptyCell, type CellValue } from "../snapshot/cells";
import type { PlanChange, WritePlan } from "./plan";

/**
 * What the last write of marks changed, kept in the file next to the binding map until the next write,
 * so that the teacher can undo it even after closing the file: each cell, the value Grille wrote and the
 * value it replaced.
 */
export interface LastWrite {
  /** When it was written (ISO 8601). */
  at: string;
  cells: { sheet: string; address: string; written: string | number | boolean; previous: string | number | boolean | null }[];
}

/** A cell value as kept in a LastWrite (an error value is kept as its text, « #N/A »). */
const kept = (value: CellValue): string | number | boolean | null => (isEmptyCell(value) ? null : isCellError(value) ? value.error : value);

/** The LastWrite of a plan Grille just applied: its cell changes that wrote a plain value (never a formula). Null when none. */
export function lastWriteOf(plan: WritePlan, at: Date): LastWrite | null {
  const cells: LastWrite["cells"] = [];
  for (const change of plan.changes) {
    if (change.kind !== "cell" || change.value === null || typeof change.value === "object") continue;
    cells.push({ sheet: change.sheet, address: change.address, written: change.value, previous: kept(change.previous) });
  }
  return cells.length === 0 ? null : { at: at.toISOString(), cells };
}

/**
 * The plan that puts back what the last write replaced: each cell gets its previous value again (an
 * empty string where it was empty, which every host writes as an empty cell). Each change says it
 * replaces the value Grille wrote, so a host refuses the whole plan when a cell has been changed since.
 */
export function undoPlan(last: LastWrite): WritePlan {
  const changes: PlanChange[] = last.cells.map((cell) => ({
    kind: "cell",
    sheet: cell.sheet,
    address: cell.address,
    value: cell.previous ?? "",
    previous: cell.written,
    reason: text("Annuler la dernière écriture de Grille : remettre la valeur d'avant", "Undo Grille's last write: put back the value before it"),
  }));
  return { changes };
}

/** Whether a stored value is a LastWrite (what a file holds may be anything). */
export function isLastWrite(value: unknown): value is LastWrite {
  if (typeof value !== "object" || value === null) return false;
  const { at, cells } = value as Partial<LastWrite>;
  const plain = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  return (
    typeof at === "string" &&
    Array.isArray(cells) &&
    cells.every((c: unknown) => {
      const cell = c as Partial<LastWrite["cells"][number]> | null;
      return cell !== null && typeof cell === "object" && typeof cell.sheet === "string" && typeof cell.address === "string" && plain(cell.written) && (cell.previous === null || plain(cell.previous));
    })
  );
}
