import { learnGrid } from "../src/recognition/learn";
import type { WorkbookSnapshot } from "../src/recognition/snapshot/workbook";
import { aSheet, aWorkbookSnapshot } from "../tests/support/snapshot-builder";

const LEVELS = ["Insuffisant", "Fragile", "Satisfaisant", "Très bonne maîtrise"];
const CRITERIA = ["Analyser la situation", "Organiser son travail", "Communiquer à l'oral", "Rédiger un compte rendu", "Respecter les règles de sécurité", "Utiliser les outils numériques", "Travailler en équipe", "Évaluer son travail"];

/** 35 filled copies of a grid Grille does not know, each with its total typed: learning checks them all. */
function classWorkbook(): WorkbookSnapshot {
  const sheets = Array.from({ length: 35 }, (_, n) => {
    const sheet = aSheet(`Élève ${n + 1}`).cell("A1", "Grille d'évaluation — épreuve pratique").cell("A3", "Nom et prénom :").cell("B3", `Élève ${n + 1}`).row(5, ["Critères", ...LEVELS]);
    let points = 0;
    CRITERIA.forEach((label, i) => {
      const rank = (n + i) % LEVELS.length;
      points += rank + 1;
      sheet.row(6 + i, [label, ...LEVELS.map((_, j) => (j === rank ? "X" : null))]);
    });
    return sheet.row(15, ["Note sur 20 :", Math.round((points / (4 * CRITERIA.length)) * 2000) / 100]);
  });
  return aWorkbookSnapshot(...sheets);
}

export function benchLearn(): string {
  const snapshot = classWorkbook();
  learnGrid(snapshot);
  const runs = 3;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) learnGrid(snapshot);
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  return `learn-35-sheets-ms: ${ms.toFixed(0)}`;
}
