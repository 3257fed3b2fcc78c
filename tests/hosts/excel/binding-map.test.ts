/// <reference types="office-js" />
import { saveBindingMap } from "../../../src/hosts/excel/binding-store";
import { isValidExcelName } from "../../../src/recognition/plans/excel-rules";
import { BINDING_NAMESPACE, bindingMapXml, parseBindingMapXml, SETTING_KEY } from "../../../src/hosts/excel/binding-xml";
import { bindingMapOf, type BindingMap } from "../../../src/recognition/workbook/binding-map";
import { recognizeWorkbook } from "../../../src/recognition/workbook/recognize";
import { fakeExcelFromExcelJs, type FakeExcel } from "../../support/fake-excel";
import { aWorkbook, e31Sheet } from "../../support/workbook-builder";
import { readFake } from "./support";

describe("the binding map as a custom XML part", () => {
  const tricky = { version: 1, gridId: "agora-e31", sheets: {}, note: "fin]]>suite <b>&amp; « é » \uFFFF ]]]]>" };

  it("round-trips through its XML, CDATA end markers and characters XML forbids included", () => {
    const xml = bindingMapXml(tricky);
    expect(xml.startsWith(`<grille xmlns="${BINDING_NAMESPACE}"><![CDATA[`)).toBe(true);
    expect(parseBindingMapXml(xml)).toEqual(tricky);
  });

  it("is read however Excel gives it back: declaration, prefix, escaped text instead of CDATA", () => {
    const json = JSON.stringify({ version: 1, gridId: "a<b", sheets: {} });
    const escaped = json.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
    expect(parseBindingMapXml(`<?xml version="1.0" encoding="UTF-8"?>\n<ns0:grille xmlns:ns0="${BINDING_NAMESPACE}">${escaped}</ns0:grille>`)).toEqual(JSON.parse(json));
    expect(parseBindingMapXml(`<grille xmlns="${BINDING_NAMESPACE}"><![CDATA[{"a":]]>&#49;<![CDATA[}]]></grille>`)).toEqual({ a: 1 });
  });

  it("anything else is no map, never an exception", () => {
    for (const xml of ["", "<autre/>", `<grille xmlns="${BINDING_NAMESPACE}"><x/></grille>`, `<grille>&nbsp;</grille>`, `<grille><![CDATA[{]]></grille>`, `<grille/>`]) {
      expect(parseBindingMapXml(xml)).toBeUndefined();
    }
  });
});

describe("saving the binding map in the workbook", () => {
  async function recognised(...names: string[]): Promise<{ fake: FakeExcel; map: BindingMap }> {
    const builder = aWorkbook();
    for (const name of names) builder.sheet(name, (s) => e31Sheet(s, { name, mark: 12 }));
    const fake = fakeExcelFromExcelJs(builder.build());
    const report = recognizeWorkbook(await readFake(fake));
    fake.resetStats();
    return { fake, map: bindingMapOf("agora-e31", report.bindings) };
  }

  it("writes one part in Grille's namespace, keeps its id in the saved settings, in 2 syncs", async () => {
    const { fake, map } = await recognised("Alice");
    const result = await saveBindingMap(fake.context(), map, fake.env());
    expect(result).toMatchObject({ ok: true, settingsSaved: true });
    expect(fake.syncCount).toBe(2);
    expect(fake.parts).toHaveLength(1);
    expect(fake.parts[0]!.namespaceUri).toBe(BINDING_NAMESPACE);
    expect(fake.settings.saved.get(SETTING_KEY)).toBe(fake.parts[0]!.id);
    expect((await readFake(fake)).bindingMap).toEqual(map);
  });

  it("replaces the previous part and its names when saved again", async () => {
    const { fake, map } = await recognised("Alice");
    await saveBindingMap(fake.context(), map, fake.env());
    const again = await saveBindingMap(fake.context(), { ...map, gridId: "agora-e31" }, fake.env());
    expect(again.ok).toBe(true);
    expect(fake.parts).toHaveLength(1);
    expect(fake.settings.saved.get(SETTING_KEY)).toBe(fake.parts[0]!.id);
    expect(new Set(fake.names.map((n) => n.name)).size).toBe(fake.names.length);
  });

  it("names every bound cell: grille_<item> on the item's label, grille_note on the mark cell, valid Excel names", async () => {
    const { fake, map } = await recognised("Alice");
    const result = await saveBindingMap(fake.context(), map, fake.env());
    const names = result.ok ? result.names : [];
    expect(names).toEqual(expect.arrayContaining(["grille_1_1", "grille_1_2", "grille_1_3", "grille_note", "grille_candidate"]));
    expect(names.every(isValidExcelName)).toBe(true);
    const binding = map.sheets["Alice"]!;
    const formula = (name: string) => fake.names.find((n) => n.name === name)?.formula;
    expect(formula("grille_1_1")).toBe(`=Alice!${binding.items["1.1"]!.label.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`);
    expect(formula("grille_note")).toBe(`=Alice!${binding.fields["mark"]!.value.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`);
  });

  it("with several sheets, each name carries the sheet's place: grille_s2_1_1", async () => {
    const { fake, map } = await recognised("Alice Martin", "Bruno Petit");
    const result = await saveBindingMap(fake.context(), map, fake.env());
    expect(result.ok && result.names).toEqual(expect.arrayContaining(["grille_s1_1_1", "grille_s2_1_1", "grille_s2_note"]));
    expect(fake.names.find((n) => n.name === "grille_s2_1_1")!.formula).toMatch(/^='Bruno Petit'!\$A\$\d+$/);
  });

  it("the stored map wins over detection when the workbook is read again", async () => {
    const { fake, map } = await recognised("Alice");
    fake.sheet("Alice").set("H2", 15);
    const rebound = structuredClone(map);
    rebound.sheets["Alice"]!.fields["mark"] = { ...rebound.sheets["Alice"]!.fields["mark"]!, value: "H2" };
    await saveBindingMap(fake.context(), rebound, fake.env());
    const report = recognizeWorkbook(await readFake(fake));
    expect(report.candidates[0]!.evaluation.fields["mark"]).toEqual({ value: 15, at: "Alice!H2" });
  });

  it("settings Office could not save: the map is still found, by its namespace", async () => {
    const { fake, map } = await recognised("Alice");
    fake.settings.failSave = true;
    expect(await saveBindingMap(fake.context(), map, fake.env())).toMatchObject({ ok: true, settingsSaved: false });
    fake.settings.values.clear();
    expect((await readFake(fake)).bindingMap).toEqual(map);
  });

  it("Excel's refusal is a text, not an exception", async () => {
    const { fake, map } = await recognised("Alice");
    fake.editMode = true;
    expect(await saveBindingMap(fake.context(), map, fake.env())).toEqual({ ok: false, errors: [expect.objectContaining({ fr: expect.stringContaining("en cours de modification") })] });
    expect(fake.parts).toHaveLength(0);
  });
});
