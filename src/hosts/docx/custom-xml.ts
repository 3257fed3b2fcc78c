import { randomUUID } from "node:crypto";
import type JSZip from "jszip";
import { BINDING_NAMESPACE, bindingMapXml } from "../excel/binding-xml";
import type { DocxDocument } from "./read";

/**
 * Grille's custom XML part in a .docx, where Word (Office.js) keeps it too: customXml/itemN.xml with
 * its properties part, related from the main document part, so the payload (the binding map and the
 * grids the teacher confirmed) travels with the document and Word keeps it on save.
 */

const ITEM = /^customXml\/item(\d+)\.xml$/;
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

const relsPathOf = (part: string) => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

async function grilleItem(zip: JSZip): Promise<string | null> {
  for (const file of zip.file(ITEM)) if ((await file.async("string")).includes(BINDING_NAMESPACE)) return file.name;
  return null;
}

function nextItemNumber(zip: JSZip): number {
  let max = 0;
  for (const file of zip.file(ITEM)) max = Math.max(max, Number(ITEM.exec(file.name)![1]));
  return max + 1;
}

/** A relationship added to a .rels part (created when missing), with an id not taken yet. */
async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string): Promise<void> {
  const existing = (await zip.file(relsPath)?.async("string")) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set([...existing.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rIdGrille${n}`)) n++;
  const rel = `<Relationship Id="rIdGrille${n}" Type="${type}" Target="${target}"/>`;
  zip.file(relsPath, existing.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`));
}

async function addContentTypes(zip: JSZip, propsPart: string): Promise<void> {
  const path = "[Content_Types].xml";
  let types = (await zip.file(path)?.async("string")) ?? "";
  if (!/<Default\b[^>]*Extension="xml"/i.test(types)) types = types.replace(/(<Types\b[^>]*>)/, '$1<Default Extension="xml" ContentType="application/xml"/>');
  types = types.replace(/<\/Types>\s*$/, `<Override PartName="/${propsPart}" ContentType="${PROPS_TYPE}"/></Types>`);
  zip.file(path, types);
}

/** Stores `payload` as JSON in Grille's custom XML part (replaced when there is one, added otherwise). */
export async function storeDocxPayload(document: DocxDocument, payload: unknown): Promise<void> {
  const { zip } = document;
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${bindingMapXml(payload)}`;
  const existing = await grilleItem(zip);
  if (existing) {
    zip.file(existing, xml);
    return;
  }
  const n = nextItemNumber(zip);
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  const guid = `{${randomUUID().toUpperCase()}}`;
  zip.file(item, xml);
  zip.file(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${BINDING_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  await addRelationship(zip, relsPathOf(item), "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps", `itemProps${n}.xml`);
  await addRelationship(zip, relsPathOf(document.documentPath), REL_TYPE, `../customXml/item${n}.xml`);
  await addContentTypes(zip, props);
}
