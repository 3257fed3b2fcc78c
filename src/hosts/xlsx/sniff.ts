/**
 * What a file is, judged by its bytes rather than its extension: teachers rename files, mail clients
 * strip extensions, and an « .xlsx » saved by an old Excel may really be an OLE2 .xls.
 */
export type FileKind =
  | { kind: "empty-file" }
  | { kind: "xlsx" }
  | { kind: "xlsb" }
  | { kind: "encrypted-ooxml" }
  | { kind: "xls" }
  | { kind: "ods" }
  /** Something we can name that is not a workbook: a Word or PowerPoint file, a PDF, a text document. */
  | { kind: "other-document"; what: string }
  /** A zip whose central directory cannot be read (truncated download, broken copy). */
  | { kind: "broken-zip" }
  /** A readable zip that holds no workbook part. */
  | { kind: "zip-without-workbook" }
  | { kind: "unknown" };

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_DIRECTORY_ENTRY = 0x02014b50;

const utf16 = (text: string) => Buffer.from(text, "utf16le");

/** OLE2 directory entries are UTF-16LE names anywhere in the file: a search is enough to tell them apart. */
function sniffOle2(buf: Buffer): FileKind {
  if (buf.includes(utf16("EncryptedPackage"))) return { kind: "encrypted-ooxml" };
  if (buf.includes(utf16("WordDocument"))) return { kind: "other-document", what: "un document Word 97-2003 (.doc)" };
  if (buf.includes(utf16("PowerPoint Document"))) return { kind: "other-document", what: "une présentation PowerPoint 97-2003 (.ppt)" };
  return { kind: "xls" };
}

/** The names in a zip's central directory, or null when the directory is missing or damaged. */
export function zipEntryNames(buf: Buffer): string[] | null {
  // The end-of-directory record is 22 bytes plus a comment of at most 65535 bytes.
  const floor = Math.max(0, buf.length - 22 - 0xffff);
  let end = -1;
  for (let i = buf.length - 22; i >= floor; i--) {
    if (buf.readUInt32LE(i) === ZIP_END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  let offset = buf.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== ZIP_DIRECTORY_ENTRY) return null;
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > buf.length) return null;
    names.push(buf.toString("utf8", offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * OpenDocument files store their media type first, uncompressed, in an entry named « mimetype »: the
 * text sits right after the first local header, so no decompression is needed.
 */
function openDocumentType(buf: Buffer): string | null {
  if (buf.length < 30) return null;
  const nameLength = buf.readUInt16LE(26);
  const extraLength = buf.readUInt16LE(28);
  if (buf.toString("latin1", 30, 30 + nameLength) !== "mimetype") return null;
  const size = buf.readUInt32LE(18);
  const start = 30 + nameLength + extraLength;
  return buf.toString("latin1", start, Math.min(buf.length, start + Math.min(size, 200))).trim();
}

function sniffZip(buf: Buffer): FileKind {
  const mimetype = openDocumentType(buf);
  if (mimetype === "application/vnd.oasis.opendocument.spreadsheet") return { kind: "ods" };
  if (mimetype?.startsWith("application/vnd.oasis.opendocument.text")) return { kind: "other-document", what: "un document texte OpenDocument (.odt)" };
  const names = zipEntryNames(buf);
  if (!names) return { kind: "broken-zip" };
  const has = (name: string) => names.includes(name);
  if (has("xl/workbook.xml")) return { kind: "xlsx" };
  if (has("xl/workbook.bin")) return { kind: "xlsb" };
  if (has("word/document.xml")) return { kind: "other-document", what: "un document Word (.docx)" };
  if (has("ppt/presentation.xml")) return { kind: "other-document", what: "une présentation PowerPoint (.pptx)" };
  return { kind: "zip-without-workbook" };
}

export function sniff(buf: Buffer): FileKind {
  if (buf.length === 0) return { kind: "empty-file" };
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE2_MAGIC)) return sniffOle2(buf);
  if (buf.length >= 4 && buf.readUInt32LE(0) === ZIP_LOCAL_HEADER) return sniffZip(buf);
  if (buf.subarray(0, 5).toString("latin1") === "%PDF-") return { kind: "other-document", what: "un PDF" };
  return { kind: "unknown" };
}
