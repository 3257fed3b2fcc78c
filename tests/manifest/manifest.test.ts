/**
 * Offline checks of manifest.xml: what `office-addin-manifest validate` (online) cannot be run
 * for here. The manifest is read with office-addin-manifest's own reader, its resource ids and
 * URLs are checked, its icons are measured, and its conversion to the JSON (unified) manifest
 * is validated against the JSON schema that @microsoft/app-manifest ships.
 */
import { DOMParser } from "@xmldom/xmldom";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";
import { OfficeAddinManifest } from "office-addin-manifest";
import { convert } from "office-addin-manifest-converter";
import { drawIcon, ICON_SIZES } from "../../scripts/make-icons";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const DEV_BASE = "https://localhost:3000/";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

function parseManifest(): Document {
  const problems: string[] = [];
  const report = (msg: string) => problems.push(msg);
  const doc = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(
    readFileSync(MANIFEST, "utf8"),
    "text/xml",
  );
  if (problems.length > 0) throw new Error(`manifest.xml is not well-formed:\n${problems.join("\n")}`);
  return doc;
}

const doc = parseManifest();

function elements(root: Document | Element, ns: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, name));
}

function only(root: Document | Element, ns: string, name: string): Element {
  const found = elements(root, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as Element;
}

/** The one direct child element `name` of `parent`. */
function child(parent: Element, ns: string, name: string): Element {
  const found = Array.from(parent.childNodes).filter(
    (n): n is Element => n.nodeType === n.ELEMENT_NODE && (n as Element).namespaceURI === ns && (n as Element).localName === name,
  );
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${parent.tagName}>, found ${found.length}`);
  return found[0] as Element;
}

function allElements(root: Document | Element): Element[] {
  return Array.from(root.getElementsByTagName("*"));
}

const versionOverrides = only(doc, NS.ov, "VersionOverrides");
const resources = only(versionOverrides, NS.ov, "Resources");

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_ELEMENT: Record<ResourceKind, string> = {
  Images: "Image",
  Urls: "Url",
  ShortStrings: "String",
  LongStrings: "String",
};

/** The resources of one kind: id → { fr-FR default, en-US override }. */
function resourcesOf(kind: ResourceKind): Map<string, { fr: string; en: string | undefined }> {
  const map = new Map<string, { fr: string; en: string | undefined }>();
  for (const el of elements(only(resources, NS.bt, kind), NS.bt, RESOURCE_ELEMENT[kind])) {
    const id = el.getAttribute("id") ?? "";
    if (map.has(id)) throw new Error(`duplicate resource id ${id} in bt:${kind}`);
    const en = elements(el, NS.bt, "Override").find((o) => o.getAttribute("Locale") === "en-US");
    map.set(id, { fr: el.getAttribute("DefaultValue") ?? "", en: en?.getAttribute("Value") ?? undefined });
  }
  return map;
}

const RESOURCES: Record<ResourceKind, ReturnType<typeof resourcesOf>> = {
  Images: resourcesOf("Images"),
  Urls: resourcesOf("Urls"),
  ShortStrings: resourcesOf("ShortStrings"),
  LongStrings: resourcesOf("LongStrings"),
};

/** Which kind of resource an element's resid must name, from the element that carries it. */
function expectedKind(el: Element): ResourceKind {
  if (el.namespaceURI === NS.bt && el.localName === "Image") return "Images";
  switch (el.localName) {
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "Urls";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      throw new Error(`unexpected resid on <${el.tagName}>`);
  }
}

/** The PNG's width and height, read from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${path} is not a PNG`);
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${path}: IHDR is not the first chunk`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The PNG's header and decompressed scanlines: equal pixels whatever zlib compressed them. */
function pngContent(bytes: Buffer): { header: Buffer; scanlines: Buffer } {
  const idat: Buffer[] = [];
  let header: Buffer = Buffer.alloc(0);
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("ascii", at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") header = body;
    if (type === "IDAT") idat.push(body);
    at += 12 + length;
  }
  return { header, scanlines: inflateSync(Buffer.concat(idat)) };
}

/** assets/icon-32.png for https://localhost:3000/assets/icon-32.png. */
function assetPath(url: string): string {
  expect(url.startsWith(`${DEV_BASE}assets/`)).toBe(true);
  return join(ROOT, url.slice(DEV_BASE.length));
}

describe("manifest.xml, read by office-addin-manifest", () => {
  it("parses as a task pane add-in for Excel and Word", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info.manifestType).toBe("xml");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.id).toMatch(GUID);
    expect(info.version).toBe("0.1.0.0");
    expect(info.providerName).toBe("Grille");
    expect(info.defaultLocale).toBe("fr-FR");
    expect(info.displayName).toBe("Grille");
    expect(info.description).toMatch(/grilles d'évaluation/);
    expect(info.hosts).toEqual(["Workbook", "Document"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_BASE}taskpane.html`);
    expect(info.iconUrl).toBe(`${DEV_BASE}assets/icon-32.png`);
    expect(info.highResolutionIconUrl).toBe(`${DEV_BASE}assets/icon-64.png`);
    expect(info.supportUrl).toMatch(/^https:\/\//);
  });

  it("uses the 1.1 schema and VersionOverrides V1_0", () => {
    const root = doc.documentElement as Element;
    expect(root.namespaceURI).toBe(NS.officeApp);
    expect(root.getAttributeNS(NS.xsi, "type")).toBe("TaskPaneApp");
    expect(versionOverrides.getAttributeNS(NS.xsi, "type")).toBe("VersionOverridesV1_0");
  });

  it("overrides the display name and the description in en-US", () => {
    for (const name of ["DisplayName", "Description"]) {
      const el = only(doc.documentElement as Element, NS.officeApp, name);
      const en = elements(el, NS.officeApp, "Override").find((o) => o.getAttribute("Locale") === "en-US");
      expect(en?.getAttribute("Value")).toBeTruthy();
    }
  });
});

describe("the ribbon button", () => {
  const hosts = elements(versionOverrides, NS.ov, "Host");

  it("is declared for Workbook and Document", () => {
    expect(hosts.map((h) => h.getAttributeNS(NS.xsi, "type"))).toEqual(["Workbook", "Document"]);
  });

  it.each(["Workbook", "Document"])("%s: a « Grille » button on the Home tab opens the task pane", (type) => {
    const host = hosts.find((h) => h.getAttributeNS(NS.xsi, "type") === type) as Element;
    const tab = only(host, NS.ov, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = only(tab, NS.ov, "Group");
    const groupLabel = child(group, NS.ov, "Label").getAttribute("resid") ?? "";
    expect(RESOURCES.ShortStrings.get(groupLabel)?.fr).toBe("Grille");
    const control = only(group, NS.ov, "Control");
    expect(control.getAttributeNS(NS.xsi, "type")).toBe("Button");
    const label = child(control, NS.ov, "Label").getAttribute("resid") ?? "";
    expect(RESOURCES.ShortStrings.get(label)?.fr).toBe("Grille");
    const tooltip = only(only(control, NS.ov, "Supertip"), NS.ov, "Description").getAttribute("resid") ?? "";
    expect(RESOURCES.LongStrings.get(tooltip)?.fr).toBe("Reconnaître, vérifier et noter les grilles d'évaluation");
    const action = only(control, NS.ov, "Action");
    expect(action.getAttributeNS(NS.xsi, "type")).toBe("ShowTaskpane");
    expect(only(action, NS.ov, "TaskpaneId").textContent).toBe("GrilleTaskpane");
    const source = only(action, NS.ov, "SourceLocation").getAttribute("resid") ?? "";
    expect(RESOURCES.Urls.get(source)?.fr).toBe(`${DEV_BASE}taskpane.html`);
  });
});

describe("resources", () => {
  const withResid = allElements(versionOverrides).filter((el) => el.hasAttribute("resid"));

  it("every resid resolves to a resource of the right kind", () => {
    expect(withResid.length).toBeGreaterThan(0);
    const unresolved = withResid
      .map((el) => ({ el, kind: expectedKind(el), id: el.getAttribute("resid") ?? "" }))
      .filter(({ kind, id }) => !RESOURCES[kind].has(id))
      .map(({ el, kind, id }) => `<${el.tagName} resid="${id}"> has no bt:${kind} entry`);
    expect(unresolved).toEqual([]);
  });

  it("every resource is used", () => {
    const used = new Set(withResid.map((el) => el.getAttribute("resid")));
    const unused = Object.values(RESOURCES).flatMap((map) => [...map.keys()].filter((id) => !used.has(id)));
    expect(unused).toEqual([]);
  });

  it("every resource has a French default and an en-US override, within Office's limits", () => {
    const limits: Record<ResourceKind, number> = { Images: 2048, Urls: 2048, ShortStrings: 125, LongStrings: 250 };
    for (const [kind, map] of Object.entries(RESOURCES) as Array<[ResourceKind, ReturnType<typeof resourcesOf>]>) {
      expect(map.size).toBeGreaterThan(0);
      for (const [id, { fr, en }] of map) {
        expect({ id, resIdLength: id.length <= 32 }).toEqual({ id, resIdLength: true });
        expect(fr.length).toBeGreaterThan(0);
        expect(fr.length).toBeLessThanOrEqual(limits[kind]);
        expect(en).toBeDefined();
        expect((en ?? "").length).toBeLessThanOrEqual(limits[kind]);
      }
    }
  });

  it("declares the 16, 32 and 80 px images the ribbon needs", () => {
    for (const image of elements(versionOverrides, NS.bt, "Image").filter((el) => el.hasAttribute("resid"))) {
      const size = Number(image.getAttribute("size"));
      expect([16, 32, 80]).toContain(size);
      const resource = RESOURCES.Images.get(image.getAttribute("resid") ?? "");
      for (const url of [resource?.fr, resource?.en]) {
        expect(pngSize(assetPath(url ?? ""))).toEqual({ width: size, height: size });
      }
    }
  });
});

describe("URLs and icons", () => {
  /** Every URL the manifest gives Office: attribute values and texts, less namespace declarations. */
  const urls = allElements(doc)
    .flatMap((el) => [
      ...Array.from(el.attributes)
        .filter((a) => a.name !== "xmlns" && !a.name.startsWith("xmlns:"))
        .map((a) => a.value),
      ...Array.from(el.childNodes)
        .filter((n) => n.nodeType === n.TEXT_NODE)
        .map((n) => (n.nodeValue ?? "").trim()),
    ])
    .filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith("//"));

  it("are all https", () => {
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  it("all point at the dev server, which a production build rewrites to ADDIN_BASE_URL", () => {
    expect(urls.filter((url) => !url.startsWith(DEV_BASE))).toEqual([]);
  });

  it("the icons referenced exist in assets/ with the right pixel sizes", () => {
    const root = doc.documentElement as Element;
    const icon = only(root, NS.officeApp, "IconUrl").getAttribute("DefaultValue") ?? "";
    const hiRes = only(root, NS.officeApp, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "";
    expect(pngSize(assetPath(icon))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetPath(hiRes))).toEqual({ width: 64, height: 64 });
    for (const url of urls.filter((u) => u.endsWith(".png"))) {
      const path = assetPath(url);
      expect(existsSync(path)).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(pngSize(path)).toEqual({ width: size, height: size });
    }
  });

  it("the committed icons are what scripts/make-icons.ts draws", () => {
    for (const size of ICON_SIZES) {
      const committed = pngContent(readFileSync(join(ROOT, "assets", `icon-${size}.png`)));
      const drawn = pngContent(drawIcon(size).png());
      expect(committed.header.equals(drawn.header)).toBe(true);
      expect(committed.scanlines.equals(drawn.scanlines)).toBe(true);
    }
  });
});

describe("the JSON manifest converted from manifest.xml", () => {
  let dir: string;
  let manifest: Record<string, unknown> & { $schema: string };
  let localeFiles: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "grille-manifest-"));
    const out = join(dir, "json");
    await convert(MANIFEST, out, false, undefined, undefined, false);
    manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    localeFiles = readdirSync(out)
      .filter((f) => f !== "manifest.json" && f.endsWith(".json"))
      .map((f) => join(out, f));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The schema that @microsoft/app-manifest ships for a $schema URL, or fails. */
  function localSchema(url: string): object {
    const match = /\/json-schemas\/teams\/(v[\d.]+|vDevPreview)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)#?$/.exec(url);
    if (!match) throw new Error(`unexpected $schema ${url}`);
    const root = dirname(require.resolve("@microsoft/app-manifest/package.json"));
    const path = join(root, "build", "json-schemas", "teams", match[1] ?? "", match[2] ?? "");
    if (!existsSync(path)) throw new Error(`no local copy of ${url} (looked for ${path})`);
    return JSON.parse(readFileSync(path, "utf8"));
  }

  function validate(data: unknown, schema: object): string[] {
    // unicodeRegExp: false, because the Localization schema has patterns that are not valid with the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv, ["uri", "email", "regex"]);
    const check = ajv.compile(schema);
    return check(data) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
  }

  it("validates against the local JSON schema its $schema names", () => {
    expect(validate(manifest, localSchema(manifest.$schema))).toEqual([]);
  });

  it("its localization files validate against the local Localization schema", () => {
    expect(localeFiles.length).toBeGreaterThan(0);
    for (const file of localeFiles) {
      const data = JSON.parse(readFileSync(file, "utf8")) as { $schema: string };
      expect(validate(data, localSchema(data.$schema))).toEqual([]);
    }
  });

  it("keeps the id, the hosts, the task pane and the ribbon button", () => {
    const m = manifest as unknown as {
      id: string;
      version: string;
      extensions: Array<{
        requirements: { scopes: string[] };
        runtimes: Array<{ code: { page: string }; actions: Array<{ type: string; view: string }> }>;
        ribbons: Array<{ tabs: Array<{ builtInTabId: string; groups: Array<{ controls: Array<{ type: string }> }> }> }>;
      }>;
    };
    const xmlId = only(doc.documentElement as Element, NS.officeApp, "Id").textContent;
    expect(m.id).toBe(xmlId);
    expect(m.version).toBe("0.1.0");
    const extension = m.extensions[0];
    expect(extension?.requirements.scopes).toEqual(["workbook", "document"]);
    expect(extension?.runtimes[0]?.code.page).toBe(`${DEV_BASE}taskpane.html`);
    expect(extension?.runtimes[0]?.actions[0]).toMatchObject({ type: "openPage", view: "GrilleTaskpane" });
    // The converter (0.4.x) reads the first <Host> of VersionOverrides only: the Workbook ribbon.
    expect(extension?.ribbons[0]?.tabs[0]?.builtInTabId).toBe("TabHome");
    expect(extension?.ribbons[0]?.tabs[0]?.groups[0]?.controls[0]?.type).toBe("button");
  });
});
