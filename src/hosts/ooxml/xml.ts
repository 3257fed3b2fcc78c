import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * WordprocessingML as an ordered tree (fast-xml-parser's preserveOrder form), so that a document read
 * can be written back with every element, attribute and text it had, in order. An element is
 * `{ "w:p": [children…], ":@": { "@_w:rsidR": "…" } }`, a text `{ "#text": "…" }`.
 */

export type XmlNode = Record<string, unknown>;

const OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Numeric character references (&#233;) are decoded, so they are not escaped twice on the way back.
  htmlEntities: true,
  cdataPropName: "#cdata",
  commentPropName: "#comment",
} as const;

const parser = new XMLParser(OPTIONS);
const builder = new XMLBuilder({ ...OPTIONS, suppressEmptyNode: true, format: false });

/** Throws on malformed XML (the parser alone forgives unclosed elements): callers turn it into a read error. */
export function parseXml(xml: string): XmlNode[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`XML mal formé, ligne ${valid.err.line} : ${valid.err.msg}`);
  return parser.parse(xml) as XmlNode[];
}

/**
 * Characters XML 1.0 forbids even as references: C0 controls but tab, line feed and carriage return,
 * U+FFFE/U+FFFF and lone surrogates. A candidate name pasted from a terminal (\x1b) or a corrupt list
 * (\x01) would make Word refuse the whole document: they are dropped from everything written.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (text: string): string => text.replace(NOT_XML, "");

export function buildXml(nodes: XmlNode[]): string {
  return xmlSafe(builder.build(nodes) as string);
}

export function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ":@") return key;
  return null;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const children = tag === null ? undefined : node[tag];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

export const is = (node: XmlNode, tag: string): boolean => tagOf(node) === tag;

export function attr(node: XmlNode, name: string): string | undefined {
  const attributes = node[":@"] as Record<string, unknown> | undefined;
  const value = attributes?.[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

export function child(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => is(c, tag));
}

export function children(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((c) => is(c, tag));
}

/** The text of a text node, or null for an element. */
export function textValue(node: XmlNode): string | null {
  const value = node["#text"];
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : null;
}

export function element(tag: string, attributes: Record<string, string> = {}, content: XmlNode[] = []): XmlNode {
  const node: XmlNode = { [tag]: content };
  const entries = Object.entries(attributes);
  if (entries.length > 0) node[":@"] = Object.fromEntries(entries.map(([k, v]) => [`@_${k}`, v]));
  return node;
}

export const textNode = (text: string): XmlNode => ({ "#text": text });

/** The first element of `tag` at any depth under `nodes`. */
export function findDeep(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (is(node, tag)) return node;
    const found = findDeep(childrenOf(node), tag);
    if (found) return found;
  }
  return undefined;
}

/** Every element of `tag` at any depth under `nodes`. */
export function findAllDeep(nodes: readonly XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (is(node, tag)) out.push(node);
    findAllDeep(childrenOf(node), tag, out);
  }
  return out;
}
