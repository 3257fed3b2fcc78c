import JSZip from "jszip";

/**
 * Damage done to a saved workbook or document at the package level, as copies, crashes and other
 * programs do it: a part removed, a sheet's XML edited by hand.
 */

export async function withoutPart(bytes: Buffer, part: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  if (!zip.file(part)) throw new Error(`no part ${part}`);
  zip.remove(part);
  return zip.generateAsync({ type: "nodebuffer" });
}

export async function editPart(bytes: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)?.async("string");
  if (xml === undefined) throw new Error(`no part ${part}`);
  const edited = edit(xml);
  if (edited === xml) throw new Error(`edit of ${part} changed nothing`);
  zip.file(part, edited);
  return zip.generateAsync({ type: "nodebuffer" });
}

export async function partText(bytes: Buffer, part: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(bytes)).file(part)?.async("string");
}

/** A merged area written straight into a sheet's XML (ExcelJS would build each of its cells). */
export const withMerge = (bytes: Buffer, part: string, ref: string): Promise<Buffer> =>
  editPart(bytes, part, (xml) => xml.replace("</sheetData>", `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`));
