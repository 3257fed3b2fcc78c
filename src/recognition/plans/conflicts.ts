import { text, type Text } from "../../core/i18n/locale";
import { cellText, isEmptyCell, parseA1 } from "../snapshot/cells";
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot/workbook";
import type { PlanChange, WritePlan } from "./plan";

export type PlanConflictCode = "sheet-missing" | "sheet-protected" | "cell-not-empty" | "cell-formula" | "sheet-exists";

/** A change of a plan that Grille must not apply as it stands, with why in the teacher's words. */
export interface PlanConflict {
  change: PlanChange;
  code: PlanConflictCode;
  message: Text;
}

const fold = (sheet: string) => sheet.toLocaleLowerCase("fr");

/** "Feuil1!$D$12", "'Candidat 1'!d12" → "feuil1!D12": one spelling per cell. */
export function outputKey(reference: string): string {
  const bang = reference.lastIndexOf("!");
  const rawSheet = reference.slice(0, bang);
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const address = reference.slice(bang + 1).replace(/\$/g, "").toUpperCase();
  return `${fold(sheet)}!${address}`;
}

/**
 * What stands in the way of a plan, checked against the workbook as read: a cell on a sheet that is
 * missing or protected, a non-empty cell that is not one of Grille's outputs (the bound mark cells…), a
 * new sheet whose name is taken while the plan does not say it replaces it. Sheets the plan itself adds
 * count as existing and empty for the changes after them.
 */
export function checkPlan(plan: WritePlan, snapshot: WorkbookSnapshot, allowedOutputs: Set<string>): PlanConflict[] {
  const allowed = new Set([...allowedOutputs].map(outputKey));
  const sheets = new Map<string, SheetSnapshot | "new">();
  for (const sheet of snapshot.sheets) sheets.set(fold(sheet.name), sheet);
  const conflicts: PlanConflict[] = [];
  const conflict = (change: PlanChange, code: PlanConflictCode, message: Text) => conflicts.push({ change, code, message });

  const sheetProblem = (change: PlanChange, name: string, where: Text): SheetSnapshot | "new" | null => {
    const sheet = sheets.get(fold(name));
    if (sheet === undefined) {
      conflict(change, "sheet-missing", text(`${where.fr} : la feuille « ${name} » n'existe pas (a-t-elle été renommée ou supprimée ?)`, `${where.en}: sheet "${name}" does not exist (renamed or deleted?)`));
      return null;
    }
    if (sheet !== "new" && sheet.protected) {
      conflict(change, "sheet-protected", text(`${where.fr} : la feuille « ${name} » est protégée, Grille n'y écrit pas`, `${where.en}: sheet "${name}" is protected, Grille does not write to it`));
      return null;
    }
    return sheet;
  };

  for (const change of plan.changes) {
    switch (change.kind) {
      case "cell": {
        const where = `${change.sheet}!${change.address}`;
        const sheet = sheetProblem(change, change.sheet, text(where, where));
        if (!sheet || sheet === "new") break;
        const at = parseA1(change.address);
        const current = at ? cellAt(sheet, at.row, at.col) : null;
        if (sheet.formulaCells?.includes(change.address.replace(/\$/g, ""))) {
          conflict(
            change,
            "cell-formula",
            text(`${where} contient une formule : Grille ne la remplace pas`, `${where} holds a formula: Grille does not replace it`),
          );
        } else if (!isEmptyCell(current) && !allowed.has(outputKey(where))) {
          conflict(
            change,
            "cell-not-empty",
            text(
              `${where} contient déjà « ${cellText(current)} » et n'est pas une cellule de résultat de Grille : elle n'est pas modifiée sans votre accord`,
              `${where} already holds "${cellText(current)}" and is not one of Grille's output cells: it is not changed without your consent`,
            ),
          );
        }
        break;
      }
      case "name":
        sheetProblem(change, change.sheet, text(`Nom « ${change.name} »`, `Name "${change.name}"`));
        break;
      case "sheet": {
        const name = change.sheet.name;
        const existing = sheets.get(fold(name));
        if (existing !== undefined && !change.replaces) {
          conflict(change, "sheet-exists", text(`Une feuille « ${name} » existe déjà : Grille ne la remplace pas sans votre accord`, `A sheet "${name}" already exists: Grille does not replace it without your consent`));
        } else if (existing !== undefined && existing !== "new" && existing.protected) {
          conflict(change, "sheet-protected", text(`La feuille « ${name} » est protégée : Grille ne la remplace pas`, `Sheet "${name}" is protected: Grille does not replace it`));
        } else {
          sheets.set(fold(name), "new");
        }
        break;
      }
      case "insert-table":
        // Inserted at the cursor or at the end: nothing it could overwrite.
        break;
    }
  }
  return conflicts;
}
