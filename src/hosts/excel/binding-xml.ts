/**
 * The binding map as a custom XML part: `<grille xmlns="…"><![CDATA[{json}]]></grille>`. Custom XML
 * parts travel with the workbook (Excel on Windows, Mac and the web) and are invisible to the teacher;
 * the part's id is kept in the document settings under SETTING_KEY.
 */

export const BINDING_NAMESPACE = "https://grille.app/binding-map/1";
export const SETTING_KEY = "grille.bindingMapPartId";

/**
 * JSON text as CDATA: "]]>" cannot appear inside one CDATA section, so it is split across two. U+FFFE and
 * U+FFFF, which JSON leaves as they are but XML forbids, are written as JSON escapes.
 */
function cdata(text: string): string {
  const safe = text.replace(/[\uFFFE\uFFFF]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `<![CDATA[${safe.split("]]>").join("]]]]><![CDATA[>")}]]>`;
}

export function bindingMapXml(map: unknown): string {
  return `<grille xmlns="${BINDING_NAMESPACE}">${cdata(JSON.stringify(map))}</grille>`;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** "&lt;&#233;&#x20AC;" → "<é€"; an unknown entity makes the text unreadable (null). */
function unescapeXml(text: string): string | null {
  let ok = true;
  const out = text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const known = ENTITIES[entity];
    if (known === undefined) ok = false;
    return known ?? "";
  });
  return ok ? out : null;
}

/**
 * The text content of the root element: CDATA sections as they are, character data unescaped. Excel
 * may give the part back re-serialised (a declaration, a namespace prefix, CDATA turned into escaped
 * text), so all of these are read; a child element or a stray "&" is not a map (null).
 */
function rootText(xml: string): string | null {
  const body = xml.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>)?\s*(<!--[\s\S]*?-->\s*)*/, "");
  const open = /^<([A-Za-z_][\w.-]*:)?grille\b[^>]*?(\/?)>/.exec(body);
  if (!open) return null;
  if (open[2] === "/") return "";
  const close = new RegExp(`</${(open[1] ?? "").replace(/\./g, "\\.")}grille\\s*>\\s*$`).exec(body);
  if (!close) return null;
  let rest = body.slice(open[0].length, close.index);
  let text = "";
  while (rest !== "") {
    if (rest.startsWith("<![CDATA[")) {
      const end = rest.indexOf("]]>");
      if (end < 0) return null;
      text += rest.slice(9, end);
      rest = rest.slice(end + 3);
    } else if (rest.startsWith("<!--")) {
      const end = rest.indexOf("-->");
      if (end < 0) return null;
      rest = rest.slice(end + 3);
    } else if (rest.startsWith("<")) {
      return null;
    } else {
      const next = rest.indexOf("<");
      const chunk = unescapeXml(next < 0 ? rest : rest.slice(0, next));
      if (chunk === null) return null;
      text += chunk;
      rest = next < 0 ? "" : rest.slice(next);
    }
  }
  return text;
}

/** The stored map as parsed JSON (recognition validates it), or undefined when the part is not readable. */
export function parseBindingMapXml(xml: string): unknown {
  const text = rootText(xml);
  if (text === null || text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
