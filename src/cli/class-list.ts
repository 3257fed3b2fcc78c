import { text, type Text } from "../core/i18n/locale";
import { sniff } from "../hosts/xlsx/sniff";

/**
 * The text of a class list as the teacher's software saved it. French Excel's « CSV (séparateur :
 * point-virgule) » is Windows-1252, « CSV UTF-8 » has a BOM, Notepad may write UTF-16 with a BOM, other
 * tools UTF-8 without one: the BOM decides, else bytes that are valid UTF-8 are UTF-8, else
 * Windows-1252. A workbook or any binary file given as a class list is refused, never read as names.
 */

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type DecodedList = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: Text };

const SAVE_AS_CSV = text(
  "enregistrez la liste au format CSV (Fichier › Enregistrer sous › CSV (séparateur : point-virgule)) ou en texte, un nom par ligne",
  "save the list as CSV (File › Save As › CSV) or as text, one name per line",
);

function refusal(bytes: Buffer): Text | null {
  const kind = sniff(bytes);
  if (kind.kind === "xlsx" || kind.kind === "xls" || kind.kind === "xlsb" || kind.kind === "ods" || kind.kind === "encrypted-ooxml")
    return text(`c’est un classeur, pas une liste de noms : ${SAVE_AS_CSV.fr}`, `it is a workbook, not a list of names: ${SAVE_AS_CSV.en}`);
  if (kind.kind === "other-document") return text(`c’est ${kind.what}, pas une liste de noms : ${SAVE_AS_CSV.fr}`, `it is not a list of names: ${SAVE_AS_CSV.en}`);
  if (kind.kind === "broken-zip" || kind.kind === "zip-without-workbook" || bytes.includes(0))
    return text(`c’est un fichier binaire, pas une liste de noms : ${SAVE_AS_CSV.fr}`, `it is a binary file, not a list of names: ${SAVE_AS_CSV.en}`);
  return null;
}

/**
 * Windows-1252's 0x80–0x9F: €, ‚, ƒ, „, …, †, ‡, ˆ, ‰, Š, ‹, Œ, Ž, ‘, ’, “, ”, •, –, —, ˜, ™, š, ›, œ, ž, Ÿ
 * (five bytes are unassigned and kept as is). Node's decoder reads these bytes as Latin-1 controls, so
 * the typographic apostrophe of « N’Diaye » or the Œ of « ŒUVRARD » would be lost: they are mapped here.
 */
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

const windows1252 = (bytes: Buffer): string => {
  let out = "";
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
  return out;
};

const decode = (bytes: Buffer, encoding: Exclude<Encoding, "windows-1252">, skip: number) => new TextDecoder(encoding).decode(bytes.subarray(skip));

export function decodeClassList(bytes: Buffer): DecodedList {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ok: true, text: decode(bytes, "utf-8", 3), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: decode(bytes, "utf-16le", 2), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: decode(bytes, "utf-16be", 2), encoding: "utf-16be" };
  const refused = refusal(bytes);
  if (refused) return { ok: false, reason: refused };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { ok: true, text: windows1252(bytes), encoding: "windows-1252" };
  }
}
