import JSZip from "jszip";
import { inflateRawSync } from "node:zlib";
import { text, type Text } from "../../core/i18n/locale";
import { parseA1, rangeA1, type CellRange } from "../../recognition/snapshot/cells";

/**
 * What ExcelJS would silently get wrong in a package, found before it loads it: a sheet the workbook
 * lists whose part is missing (ExcelJS drops the sheet, and a candidate with it), and a merged area so
 * large that ExcelJS would create each of its cells (A1:XFD1048576 is 17 billion: a hang). Giant
 * merges are clipped to the sheet's cells for reading; both are reported, and a workbook read with
 * either is never written back (the write would lose the sheet, or change the merge).
 */

/** Larger merges are clipped: no grid merges 100,000 cells, and ExcelJS builds one object per cell. */
export const MAX_MERGE_CELLS = 100_000;

export type PackageProblem =
  | { kind: "missing-sheet"; sheet: string }
  | { kind: "merge-clipped"; sheet: string; merge: string; clippedTo: string | null };

export const problemText = (problem: PackageProblem): Text => {
  if (problem.kind === "missing-sheet")
    return text(
      `la feuille « ${problem.sheet} » est illisible (sa partie manque dans le fichier) : ses candidats ne sont pas lus`,
      `sheet "${problem.sheet}" cannot be read (its part is missing from the file): its candidates are not read`,
    );
  const to = problem.clippedTo;
  return text(
    `la fusion ${problem.merge} de la feuille « ${problem.sheet} » couvre toute la feuille : lue ${to === null ? "comme des cellules non fusionnées" : `comme ${to}`}`,
    `merged area ${problem.merge} on sheet "${problem.sheet}" covers the whole sheet: read ${to === null ? "as unmerged cells" : `as ${to}`}`,
  );
};

const decodeXml = (value: string): string =>
  value.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity.toLowerCase()] ?? "";
  });

const attribute = (tag: string, name: string): string | null => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeXml(match[1]!) : null;
};

/** The workbook's sheets in order, each with the path of its part in the zip ("xl/worksheets/sheet1.xml"). */
async function listedSheets(zip: JSZip): Promise<{ name: string; part: string }[]> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (workbook === undefined || rels === undefined) return [];
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id !== null && target !== null) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; part: string }[] = [];
  for (const tag of workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const id = attribute(tag, "r:id");
    const part = id === null ? undefined : targets.get(id);
    if (name !== null && part !== undefined) sheets.push({ name, part });
  }
  return sheets;
}

const areaOf = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** The rectangle of the cells a sheet's XML stores (values or styles): what a merge may be clipped to. */
function storedCells(xml: string): CellRange | null {
  let box: CellRange | null = null;
  for (const match of xml.matchAll(/<c\b[^>]*?\sr="([A-Z]{1,3}\d{1,7})"/g)) {
    const at = parseA1(match[1]!);
    if (!at) continue;
    box = box
      ? { top: Math.min(box.top, at.row), left: Math.min(box.left, at.col), bottom: Math.max(box.bottom, at.row), right: Math.max(box.right, at.col) }
      : { top: at.row, left: at.col, bottom: at.row, right: at.col };
  }
  return box;
}

/** The sheet's XML with its giant merges clipped to its stored cells, or dropped when that is still too big. */
function clipMerges(sheet: string, xml: string, problems: PackageProblem[]): string {
  if (!xml.includes("<mergeCell ")) return xml;
  let cells: CellRange | null | undefined;
  const out = xml.replace(/<mergeCell ref="([^"]+)"\s*\/>/g, (whole, ref: string) => {
    const [from, to = from] = ref.split(":");
    const start = parseA1(from!);
    const end = parseA1(to!);
    if (!start || !end) return whole;
    const merge = { top: start.row, left: start.col, bottom: end.row, right: end.col };
    if (areaOf(merge) <= MAX_MERGE_CELLS) return whole;
    cells ??= storedCells(xml);
    const clipped = cells ? { ...merge, bottom: Math.min(merge.bottom, cells.bottom), right: Math.min(merge.right, cells.right) } : null;
    const keep = clipped !== null && clipped.bottom >= clipped.top && clipped.right >= clipped.left && areaOf(clipped) > 1 && areaOf(clipped) <= MAX_MERGE_CELLS;
    problems.push({ kind: "merge-clipped", sheet, merge: ref, clippedTo: keep ? rangeA1(clipped) : null });
    return keep ? `<mergeCell ref="${rangeA1(clipped)}"/>` : "";
  });
  return out.replace(/<mergeCells\b[^>]*>\s*<\/mergeCells>/g, "");
}

/** Parts larger than this (uncompressed) are not inspected. */
const MAX_INSPECTED_PART = 256 * 1024 * 1024;

/** What JSZip keeps of an entry as the zip stores it (untyped): its method and its compressed bytes. */
interface StoredEntry {
  compression?: { magic?: string };
  compressedContent?: Uint8Array;
}

const DEFLATE = "\x08\x00";
const STORED = "\x00\x00";

/**
 * A part's bytes, inflated by Node's zlib straight from the zip's own (compressed) bytes: no JavaScript
 * inflate, no string of a part that holds no merge. Null when the part is larger than
 * MAX_INSPECTED_PART once inflated, whatever its header says (a zip bomb), or cannot be inflated: it is
 * left to ExcelJS.
 */
async function partBytes(file: JSZip.JSZipObject): Promise<Buffer | null> {
  const stored = (file as unknown as { _data?: StoredEntry })._data;
  const content = stored?.compressedContent;
  try {
    if (content && stored?.compression?.magic === DEFLATE) return inflateRawSync(content, { maxOutputLength: MAX_INSPECTED_PART });
    if (content && stored?.compression?.magic === STORED) return content.length > MAX_INSPECTED_PART ? null : Buffer.from(content.buffer, content.byteOffset, content.length);
    const bytes = await file.async("nodebuffer");
    return bytes.length > MAX_INSPECTED_PART ? null : bytes;
  } catch {
    return null;
  }
}

/** The defined names each workbook was read with, for the write to put back what ExcelJS dropped. */
const namesRead = new WeakMap<object, readonly string[]>();
export const rememberDefinedNames = (workbook: object, names: readonly string[]): void => void namesRead.set(workbook, names);
export const definedNamesRead = (workbook: object): readonly string[] => namesRead.get(workbook) ?? [];

export interface PackageCheck {
  /** The bytes ExcelJS should load: the file's own, or with giant merges clipped. */
  bytes: Buffer;
  problems: PackageProblem[];
  /** The workbook's defined names as written (ExcelJS drops those holding a constant or a formula). */
  definedNames: string[];
  /** A VBA project (.xlsm, .xltm): ExcelJS cannot write it back. */
  macros: boolean;
}

const DEFINED_NAME = /<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g;

export const definedNameOf = (element: string): string => attribute(element, "name") ?? "";

/** A defined name's identity: its name and, for a sheet-level name, its sheet's index. */
const nameKey = (element: string): string => `${attribute(element, "name") ?? ""}|${attribute(element, "localSheetId") ?? ""}`;

/**
 * The workbook as ExcelJS wrote it, with the defined names it dropped put back as the file had them
 * (a name holding a constant, `Constante` = 5, would otherwise leave `=Constante*2` as #NAME?).
 */
export async function restoreDefinedNames(written: Buffer, original: readonly string[]): Promise<Buffer> {
  if (original.length === 0) return written;
  const zip = await JSZip.loadAsync(written);
  const xml = await zip.file("xl/workbook.xml")?.async("string");
  if (xml === undefined) return written;
  const present = new Set((xml.match(DEFINED_NAME) ?? []).map(nameKey));
  const missing = original.filter((element) => !present.has(nameKey(element)));
  if (missing.length === 0) return written;
  const restored = xml.includes("</definedNames>")
    ? xml.replace("</definedNames>", `${missing.join("")}</definedNames>`)
    : xml.replace("</sheets>", `</sheets><definedNames>${missing.join("")}</definedNames>`);
  zip.file("xl/workbook.xml", restored);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Looks into the package before ExcelJS does. Never throws: a zip JSZip cannot read is left to ExcelJS's message. */
export async function checkPackage(bytes: Buffer): Promise<PackageCheck> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { bytes, problems: [], definedNames: [], macros: false };
  }
  const problems: PackageProblem[] = [];
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const definedNames = workbookXml.match(DEFINED_NAME) ?? [];
  const macros = Object.keys(zip.files).some((name) => /^xl\/vbaProject\.bin$/i.test(name));
  let changed = false;
  for (const { name, part } of await listedSheets(zip)) {
    const file = zip.file(part);
    if (!file) {
      problems.push({ kind: "missing-sheet", sheet: name });
      continue;
    }
    // A part too large to hold as a string (a zip bomb) is left to ExcelJS, which refuses it.
    const bytes = await partBytes(file);
    // Most sheets merge nothing: their part is never decoded into a string.
    if (bytes === null || !bytes.includes("<mergeCell ")) continue;
    const xml = bytes.toString("utf8");
    const clipped = clipMerges(name, xml, problems);
    if (clipped !== xml) {
      zip.file(part, clipped);
      changed = true;
    }
  }
  return { bytes: changed ? await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : bytes, problems, definedNames, macros };
}
