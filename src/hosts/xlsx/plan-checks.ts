import type { Workbook } from "exceljs";
import { excelPlanProblems } from "../../recognition/plans/excel-rules";
import type { PlanChange, WritePlan } from "../../recognition/plans/plan";
import { isProtected } from "./exceljs-internals";

/**
 * Everything that would make a plan fail half-way, found before anything is written: the adapter
 * applies a plan whole or not at all. Messages are French, for the teacher.
 */

/** What stands in the way of the plan, in order; empty when it can be applied whole. */
export function planProblems(workbook: Workbook, plan: WritePlan): string[] {
  const problems: string[] = [];
  /** Sheet name → protected, as the sheets will be when each change comes. */
  const sheets = new Map<string, boolean>();
  for (const ws of workbook.worksheets) sheets.set(ws.name, isProtected(ws));
  const exists = (name: string) => sheets.has(name);

  const check = (change: PlanChange) => {
    switch (change.kind) {
      case "cell": {
        const at = `${change.sheet}!${change.address}`;
        if (!exists(change.sheet)) problems.push(`${at} : la feuille « ${change.sheet} » n’existe pas (a-t-elle été renommée ou supprimée ?).`);
        else if (sheets.get(change.sheet)) {
          problems.push(`${at} : la feuille « ${change.sheet} » est protégée, Grille n’y écrit pas. Ôtez la protection (Révision › Ôter la protection de la feuille) puis réessayez.`);
        }
        return;
      }
      case "name": {
        if (!exists(change.sheet)) problems.push(`Nom « ${change.name} » : la feuille « ${change.sheet} » n’existe pas.`);
        return;
      }
      case "sheet": {
        const name = change.sheet.name;
        const clash = [...sheets.keys()].find((s) => s.toLowerCase() === name.toLowerCase());
        if (!change.replaces && clash !== undefined) problems.push(`Une feuille « ${clash} » existe déjà : Grille ne l’écrase pas sans votre accord.`);
        if (change.replaces && clash !== undefined && clash !== name) problems.push(`Feuille « ${name} » : une feuille « ${clash} » existe déjà (casse différente).`);
        sheets.set(name, false);
        return;
      }
      case "insert-table":
        return;
    }
  };
  for (const change of plan.changes) check(change);
  // What Excel itself refuses (names, merges, lists, styles) is the same for files and for Office.js.
  return [...problems, ...excelPlanProblems(plan).map((problem) => problem.fr)];
}
