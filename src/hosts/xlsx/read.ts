import { readFileBytes } from "../node/files";
import { Workbook } from "exceljs";
import { qualified } from "../../recognition/snapshot/cells";
import type { NamedItem, SheetSnapshot, WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import { BINDING_SHEET, isBindingSheet, readBindingMap } from "./binding-store";
import { readErrors, type ReadError } from "./errors";
import { sheetSnapshot, type SheetTooBig } from "./snapshot";
import { checkPackage, definedNameOf, rememberDefinedNames, type PackageProblem } from "./package";
import { sniff } from "./sniff";

/**
 * A workbook read, with what its package got wrong (`problems`: a missing sheet part, a giant merge);
 * a workbook with problems is read for checking but never written back.
 */
export type XlsxReadResult =
  | { ok: true; snapshot: WorkbookSnapshot; workbook: Workbook; problems: PackageProblem[]; /** A VBA project: never written back. */ macros: boolean }
  | { ok: false; error: ReadError };

const failure = (error: ReadError): XlsxReadResult => ({ ok: false, error });

/** Reads a workbook file. Never throws: a missing, locked or foreign file is a ReadError. */
export async function readXlsx(filePath: string): Promise<XlsxReadResult> {
  // The path as given: two folders may each hold a classe.xlsx.
  const name = filePath;
  const read = await readFileBytes(filePath);
  if (!read.ok) {
    const { failure: why } = read;
    if (why.kind === "not-found") return failure(readErrors.notFound(name));
    if (why.kind === "directory") return failure(readErrors.directory(name));
    if (why.kind === "not-a-file") return failure(readErrors.notAFile(name));
    return failure(readErrors.unreadable(name, why.reason.fr));
  }
  const buf = read.bytes;
  return readXlsxBuffer(buf, name);
}

/** Reads a workbook from its bytes; `name` is the file name shown in messages. Never throws. */
export async function readXlsxBuffer(buf: Buffer, name: string): Promise<XlsxReadResult> {
  const kind = sniff(buf);
  switch (kind.kind) {
    case "empty-file":
      return failure(readErrors.emptyFile(name));
    case "encrypted-ooxml":
      return failure(readErrors.passwordProtected(name));
    case "xls":
      return failure(readErrors.xls(name));
    case "xlsb":
      return failure(readErrors.xlsb(name));
    case "ods":
      return failure(readErrors.ods(name));
    case "other-document":
      return failure(readErrors.otherDocument(name, kind.what));
    case "broken-zip":
      return failure(readErrors.corrupt(name, "archive tronquée"));
    case "zip-without-workbook":
      return failure(readErrors.corrupt(name, "l’archive ne contient pas de classeur"));
    case "unknown":
      return failure(readErrors.corrupt(name, "ce n’est pas un classeur .xlsx"));
    case "xlsx":
      return loadXlsx(buf, name);
  }
}

async function loadXlsx(original: Buffer, name: string): Promise<XlsxReadResult> {
  const workbook = new Workbook();
  const { bytes: buf, problems, definedNames, macros } = await checkPackage(original);
  try {
    // ExcelJS declares its own global Buffer (an ArrayBuffer); Node's Buffer is what it really reads.
    await workbook.xlsx.load(buf as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  } catch (err) {
    return failure(readErrors.corrupt(name, "contenu du classeur illisible", describe(err)));
  }
  // Names ExcelJS did not load (constants, formulas) are put back when the workbook is written.
  const loaded = new Set(workbook.definedNames.model.map((n) => n.name));
  rememberDefinedNames(workbook, definedNames.filter((element) => !loaded.has(definedNameOf(element))));
  let snapshot: ReturnType<typeof workbookSnapshot>;
  try {
    snapshot = workbookSnapshot(workbook);
  } catch (err) {
    return failure(readErrors.corrupt(name, "contenu des feuilles illisible", describe(err)));
  }
  if (snapshot.tooBig) return failure(readErrors.tooBig(name, snapshot.tooBig));
  if (!snapshot.hasValues && !problems.some((p) => p.kind === "missing-sheet")) return failure(readErrors.empty(name));
  return { ok: true, snapshot: snapshot.snapshot, workbook, problems, macros };
}

/** The first line of what ExcelJS or the zip reader said. */
const describe = (err: unknown): string => {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split("\n")[0] ?? "").slice(0, 160) || "erreur de lecture";
};

/** "'gc_rhum'!$D$12" → { sheet: "gc_rhum", address: "$D$12" } (ExcelJS quotes every name that is not plain letters and digits). */
function splitRef(range: string): { sheet: string; address: string } | null {
  const match = /^(?:'((?:[^']|'')*)'|([^'!]+))!(.+)$/.exec(range);
  if (!match) return null;
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!, address: match[3]! };
}

/**
 * Workbook-level names, with references written as Excel writes them (gc_rhum!$D$12, 'Candidat 1'!$D$12).
 * ExcelJS only keeps names that point at cells: names holding constants or formulas are not seen.
 */
function namedItems(workbook: Workbook): NamedItem[] {
  const items: NamedItem[] = [];
  for (const { name, ranges } of workbook.definedNames.model) {
    if (name.startsWith("_xlnm.") || ranges.length === 0) continue;
    const parts = ranges.map((range) => splitRef(range));
    if (parts.some((p) => p?.sheet === BINDING_SHEET)) continue;
    items.push({ name, ref: parts.map((p, i) => (p ? qualified(p.sheet, p.address) : ranges[i]!)).join(",") });
  }
  return items;
}

/** The workbook as a snapshot; `tooBig`: the first sheet too big to hold even without its far cells (left out). */
export function workbookSnapshot(workbook: Workbook): { snapshot: WorkbookSnapshot; hasValues: boolean; tooBig?: SheetTooBig } {
  const sheets: SheetSnapshot[] = [];
  let hasValues = false;
  let tooBig: SheetTooBig | undefined;
  for (const ws of workbook.worksheets) {
    if (isBindingSheet(ws)) continue;
    const read = sheetSnapshot(ws);
    if ("tooBig" in read) {
      tooBig ??= read.tooBig;
      continue;
    }
    sheets.push(read.sheet);
    hasValues ||= read.hasValues;
  }
  const snapshot: WorkbookSnapshot = { sheets, names: namedItems(workbook) };
  const bindingMap = readBindingMap(workbook);
  if (bindingMap !== undefined) snapshot.bindingMap = bindingMap;
  return { snapshot, hasValues, ...(tooBig && { tooBig }) };
}
