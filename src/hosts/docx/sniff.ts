import { zipEntryNames } from "../xlsx/sniff";

/** What a file is, by its bytes (teachers rename files; an « .docx » may be an old .doc). */
export type DocxKind =
  | { kind: "empty-file" }
  | { kind: "docx" }
  | { kind: "doc" }
  | { kind: "encrypted" }
  | { kind: "workbook" }
  | { kind: "other"; what: string }
  | { kind: "broken-zip" }
  | { kind: "unknown" };

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL_HEADER = 0x04034b50;
const utf16 = (text: string) => Buffer.from(text, "utf16le");

export function sniffDocx(buf: Buffer): DocxKind {
  if (buf.length === 0) return { kind: "empty-file" };
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE2_MAGIC)) {
    // OLE2 stream names are UTF-16LE: a search tells an encrypted .docx from a .doc or an .xls.
    if (buf.includes(utf16("EncryptedPackage"))) return { kind: "encrypted" };
    if (buf.includes(utf16("WordDocument"))) return { kind: "doc" };
    if (buf.includes(utf16("Workbook")) || buf.includes(utf16("Book"))) return { kind: "other", what: "un classeur Excel 97-2003 (.xls)" };
    return { kind: "other", what: "un fichier Office 97-2003" };
  }
  if (buf.length >= 4 && buf.readUInt32LE(0) === ZIP_LOCAL_HEADER) {
    const names = zipEntryNames(buf);
    if (!names) return { kind: "broken-zip" };
    if (names.includes("word/document.xml")) return { kind: "docx" };
    if (names.includes("xl/workbook.xml")) return { kind: "workbook" };
    if (names.includes("ppt/presentation.xml")) return { kind: "other", what: "une présentation PowerPoint (.pptx)" };
    if (names.includes("content.xml")) return { kind: "other", what: "un document OpenDocument (.odt/.ods)" };
    return { kind: "other", what: "une archive zip" };
  }
  if (buf.subarray(0, 5).toString("latin1") === "%PDF-") return { kind: "other", what: "un PDF" };
  if (buf.subarray(0, 5).toString("latin1") === "{\\rtf") return { kind: "other", what: "un document RTF" };
  return { kind: "unknown" };
}
