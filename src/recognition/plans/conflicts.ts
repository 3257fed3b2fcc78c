import { text, type Text } from "../../core/i18n/locale";
import { cellText, parseA1, splitQualified, type CellValue } from "../snapshot/cells";
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot/workbook";
import { consents, outputKey, type Consent } from "./consent";
import { cellProblems, nameProblems, newSheetProblems } from "./excel-rules";
import type { PlanChange } from "./plan";
import { foldSheetName } from "./sheet-names";

/** Where a plan goes: a workbook (Excel, .xlsx, the demo) or a Word document (Word, .docx, the demo's). */
export type GateTarget = "workbook" | "document";

export type RefusalCode = "sheet-missing" | "sheet-protected" | "cell-not-empty" | "cell-formula" | "sheet-exists" | "wrong-host" | "excel-rule";

/** A change of a plan that Grille must not apply as it stands, with why in the teacher's words. */
export interface Refusal {
  change: PlanChange;
  code: RefusalCode;
  message: Text;
}

/** A cell as the teacher finds it: « Léa Martin, cellule C35 », or « tableau 2, ligne 5, colonne 3 » in a document. */
export type Describe = (sheet: string, address: string) => Text;

/** « Léa Martin, cellule C35 », « cellules B7:E7 » without a sheet. */
function place(sheet: string | null, raw: string): Text {
  const address = raw.replace(/\$/g, "");
  const [fr, en] = address.includes(":") ? ["cellules", "cells"] : ["cellule", "cell"];
  return sheet === null ? text(`${fr} ${address}`, `${en} ${address}`) : text(`${sheet}, ${fr} ${address}`, `${sheet}, ${en} ${address}`);
}

export const describeCell: Describe = (sheet, raw) => place(sheet, raw);

/**
 * A sheet-qualified reference (`'Léa Martin'!C35`) as the teacher finds it, the sheet left out when the
 * reader already knows it (`knownSheet`: the sheet of the candidate the line is under): « cellule C35 ».
 */
export function cellPlace(at: string, knownSheet?: string): Text {
  const { sheet, address } = splitQualified(at);
  return place(sheet === knownSheet ? null : sheet, address);
}

/** What a change does that the gate must vet. */
type Touch =
  /** Writes into (or names a range of) an existing sheet: it must be there and not protected. */
  | { kind: "sheet"; sheet: string; subject: Text }
  /** Replaces one cell's content: not a formula, and empty unless the teacher agreed. */
  | { kind: "cell"; sheet: string; address: string; previous: CellValue }
  /** Adds a sheet, or replaces one whole when `replaces`. */
  | { kind: "new-sheet"; sheet: string; replaces: boolean };

/**
 * What the gate knows of each kind of change. A new kind of change is one entry here (TypeScript
 * insists): which hosts cannot take it and why, what it touches, what Excel would refuse in it.
 */
interface ChangeRule<C extends PlanChange> {
  refusedIn: Partial<Record<GateTarget, (change: C) => Text>>;
  touches(change: C): Touch[];
  excelProblems?(change: C): Text[];
}

type ChangeRules = { [K in PlanChange["kind"]]: ChangeRule<Extract<PlanChange, { kind: K }>> };

const RULES: ChangeRules = {
  cell: {
    refusedIn: {},
    touches: (c) => [{ kind: "cell", sheet: c.sheet, address: c.address, previous: c.previous }],
    excelProblems: cellProblems,
  },
  name: {
    refusedIn: { document: (c) => text(`Nom « ${c.name} » : un document Word n’a pas de noms de cellules`, `Name "${c.name}": a Word document has no cell names`) },
    touches: (c) => [{ kind: "sheet", sheet: c.sheet, subject: text(`Nom « ${c.name} »`, `Name "${c.name}"`) }],
    excelProblems: nameProblems,
  },
  sheet: {
    refusedIn: { document: (c) => text(`Feuille « ${c.sheet.name} » : un document Word n’a pas de feuilles`, `Sheet "${c.sheet.name}": a Word document has no sheets`) },
    touches: (c) => [{ kind: "new-sheet", sheet: c.sheet.name, replaces: c.replaces }],
    excelProblems: (c) => newSheetProblems(c.sheet),
  },
  "insert-table": {
    refusedIn: { workbook: () => text("Un tableau Word ne s'insère pas dans un classeur Excel : ouvrez le document dans Word.", "A Word table cannot be inserted into an Excel workbook: open the document in Word.") },
    // Inserted at the cursor or at the end: nothing it could overwrite.
    touches: () => [],
  },
};

const ruleOf = <C extends PlanChange>(change: C) => RULES[change.kind] as unknown as ChangeRule<C>;

/** Why `target` cannot take the change, or null when it can. */
export function wrongHost(change: PlanChange, target: GateTarget): Text | null {
  return ruleOf(change).refusedIn[target]?.(change) ?? null;
}

/**
 * What stands in the way of a plan, checked against the document as read and what the teacher agreed
 * to: a change this host cannot take; a cell on a sheet that is missing or protected, a formula, a
 * non-empty cell without consent; a new sheet whose name is taken while the plan does not say it
 * replaces it; what Excel itself would refuse (workbooks). Sheets the plan itself adds count as existing
 * and empty for the changes after them.
 */
export function planConflicts(changes: readonly PlanChange[], snapshot: WorkbookSnapshot, consent: Consent, target: GateTarget, describe: Describe = describeCell): Refusal[] {
  const outputs = new Set([...(consent.outputs ?? [])].map(outputKey));
  const sheets = new Map<string, SheetSnapshot | "new">();
  for (const sheet of snapshot.sheets) sheets.set(foldSheetName(sheet.name), sheet);
  const refusals: Refusal[] = [];

  const vet = (change: PlanChange, touch: Touch): void => {
    const refuse = (code: RefusalCode, message: Text) => refusals.push({ change, code, message });
    const sheet = sheets.get(foldSheetName(touch.sheet));
    const name = touch.sheet;
    if (touch.kind === "new-sheet") {
      if (sheet !== undefined && !touch.replaces) {
        refuse("sheet-exists", text(`Une feuille « ${name} » existe déjà : Grille ne la remplace pas sans votre accord`, `A sheet "${name}" already exists: Grille does not replace it without your consent`));
      } else if (sheet !== undefined && sheet !== "new" && sheet.protected) {
        refuse("sheet-protected", text(`La feuille « ${name} » est protégée : Grille ne la remplace pas`, `Sheet "${name}" is protected: Grille does not replace it`));
      } else sheets.set(foldSheetName(name), "new");
      return;
    }
    const where = touch.kind === "cell" ? describe(touch.sheet, touch.address) : touch.subject;
    if (sheet === undefined) {
      refuse("sheet-missing", text(`${where.fr} : la feuille « ${name} » n'existe pas (a-t-elle été renommée ou supprimée ?)`, `${where.en}: sheet "${name}" does not exist (renamed or deleted?)`));
      return;
    }
    if (sheet !== "new" && sheet.protected) {
      refuse(
        "sheet-protected",
        text(
          `${where.fr} : la feuille « ${name} » est protégée, Grille n'y écrit pas (Révision › Ôter la protection de la feuille, puis réessayez)`,
          `${where.en}: sheet "${name}" is protected, Grille does not write to it (Review › Unprotect Sheet, then try again)`,
        ),
      );
      return;
    }
    if (touch.kind !== "cell" || sheet === "new") return;
    const at = parseA1(touch.address);
    const current = at ? cellAt(sheet, at.row, at.col) : null;
    if (sheet.formulaCells?.includes(touch.address.replace(/\$/g, "").toUpperCase())) {
      refuse("cell-formula", text(`${where.fr} contient une formule : Grille ne la remplace pas`, `${where.en} holds a formula: Grille does not replace it`));
    } else if (!consents(consent, outputs, `${touch.sheet}!${touch.address}`, current, touch.previous)) {
      const value = cellText(current);
      refuse(
        "cell-not-empty",
        consent.previewed
          ? text(
              `${where.fr} contient « ${value} », que l'aperçu ne montrait pas : Grille ne le remplace pas sans votre accord (relancez la lecture)`,
              `${where.en} holds "${value}", which the preview did not show: Grille does not replace it without your consent (read the document again)`,
            )
          : text(`${where.fr} contient déjà « ${value} » : Grille ne le remplace pas sans votre accord`, `${where.en} already holds "${value}": Grille does not replace it without your consent`),
      );
    }
  };

  for (const change of changes) {
    const rule = ruleOf(change);
    const elsewhere = rule.refusedIn[target]?.(change);
    if (elsewhere) {
      refusals.push({ change, code: "wrong-host", message: elsewhere });
      continue;
    }
    for (const touch of rule.touches(change)) vet(change, touch);
    if (target === "workbook") for (const message of rule.excelProblems?.(change) ?? []) refusals.push({ change, code: "excel-rule", message });
  }
  return refusals;
}
