import type { Workbook } from "exceljs";
import { definedNamesRead, restoreDefinedNames } from "./package";
import { writeAtomically, writeInPlace, type InPlaceOptions, type WriteResult } from "../node/files";

export type { WriteResult };

// ExcelJS types its result as its own ArrayBuffer-like Buffer; at run time it is Node's Buffer.
const bytesOf = (workbook: Workbook) => async () => restoreDefinedNames((await workbook.xlsx.writeBuffer()) as unknown as Buffer, definedNamesRead(workbook));

/**
 * Writes the workbook next to its destination, then renames it into place: a crash or a full disk
 * never leaves a half-written classeur where the teacher's file was.
 */
export const writeXlsx = (workbook: Workbook, filePath: string): Promise<WriteResult> => writeAtomically(filePath, bytesOf(workbook), "Excel");

/** Overwrites the file the workbook was read from, after saving the original (« <file>.bak », or « .bak-2 »… when one exists); a read-only file only with `force`. */
export const writeXlsxInPlace = (workbook: Workbook, filePath: string, options: InPlaceOptions = {}): Promise<WriteResult> =>
  writeInPlace(filePath, bytesOf(workbook), "Excel", options);
