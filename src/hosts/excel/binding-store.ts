/// <reference types="office-js" />
import type { Text } from "../../core/i18n/locale";
import type { BindingMap } from "../../recognition/workbook/binding-map";
import { absolute } from "./addresses";
import { bindingNames } from "./binding-names";
import { BINDING_NAMESPACE, bindingMapXml, SETTING_KEY } from "./binding-xml";
import { NAME_TRACE, officeErrorText } from "./errors";
import { officeEnv, type DocumentSettings, type OfficeEnv } from "./office-env";
import { BINDING_SHEET } from "./read";

export type SaveResult =
  | {
      ok: true;
      partId: string;
      /** The workbook names defined on bound cells. */
      names: string[];
      /** false when Office could not save the settings: the map is still found, by its namespace. */
      settingsSaved: boolean;
    }
  | { ok: false; errors: Text[] };

/**
 * Stores the binding map in the workbook, in two syncs: the first reads the sheets, the names and
 * Grille's previous parts; the second deletes those parts, adds the new one, and defines a workbook name
 * on every bound cell (replacing a name of that name). The new part's id then goes into the document
 * settings, saved with `saveAsync`. Names Grille defined for an earlier map and not redefined now stay.
 */
export async function saveBindingMap(context: Excel.RequestContext, map: BindingMap, env: OfficeEnv = officeEnv()): Promise<SaveResult> {
  let part: Excel.CustomXmlPart;
  let defined: string[];
  try {
    const worksheets = context.workbook.worksheets.load("items/name,items/position");
    const names = context.workbook.names.load("items/name");
    const parts = context.workbook.customXmlParts.getByNamespace(BINDING_NAMESPACE).load("items/id");
    await context.sync();

    const order = [...worksheets.items]
      .sort((a, b) => a.position - b.position)
      .map((ws) => ws.name)
      .filter((name) => name !== BINDING_SHEET);
    const existing = new Set(names.items.map((n) => n.name.toLowerCase()));
    for (const old of parts.items) old.delete();
    part = context.workbook.customXmlParts.add(bindingMapXml(map));
    part.load("id");
    const sheets = new Map<string, Excel.Worksheet>();
    const sheet = (name: string) => sheets.get(name) ?? sheets.set(name, context.workbook.worksheets.getItem(name)).get(name)!;
    const cells = bindingNames(map, order);
    for (const { name, sheet: sheetName, address } of cells) {
      context.trace(NAME_TRACE + name);
      if (existing.has(name.toLowerCase())) context.workbook.names.getItem(name).delete();
      context.workbook.names.add(name, sheet(sheetName).getRange(absolute(address)));
    }
    await context.sync();
    defined = cells.map((c) => c.name);
  } catch (error) {
    return { ok: false, errors: [officeErrorText(error)] };
  }
  env.settings.set(SETTING_KEY, part.id);
  const settingsSaved = await saveSettings(env.settings);
  return { ok: true, partId: part.id, names: defined, settingsSaved };
}

function saveSettings(settings: DocumentSettings): Promise<boolean> {
  return new Promise((resolve) => settings.saveAsync((result) => resolve(String(result.status) !== "failed")));
}
