import type { WorkbookSnapshot } from "../snapshot/workbook";
import type { SheetIndex } from "../sheet/sheet-index";
import type { Draft } from "./draft";

/** Learns a row-per-candidate table (items in columns, one row per candidate); null when there is none. */
export function learnTable(workbook: WorkbookSnapshot, index: SheetIndex): Draft | null {
  void workbook;
  void index;
  return null;
}
