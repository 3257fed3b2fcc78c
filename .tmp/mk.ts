import { aWorkbook, cqpAssessorSheet, e33Sheet, pfmpSheet } from "../tests/support/workbook-builder";
const p = (a: number[]) => Object.fromEntries(a.map((v, i) => [`obs-${i + 1}`, v]));
async function main() {
  await aWorkbook()
    .sheet("Emma J1", (s) => cqpAssessorSheet(s, { assessor: "Mme LEROY, formatrice", candidate: "DUBOIS Emma", percents: p([70, 50, 100, 70, 30, 70, 50]) }))
    .sheet("Emma J2", (s) => cqpAssessorSheet(s, { assessor: "M. FABRE, tuteur", candidate: "DUBOIS Emma", percents: p([50, 50, 70, 70, 50, 70, 70]) }))
    .sheet("Hugo J1", (s) => cqpAssessorSheet(s, { assessor: "Mme LEROY, formatrice", candidate: "MOREL Hugo", percents: p([30, 50, 70, 70, 100, 70, 50]) }))
    .sheet("Hugo J2", (s) => cqpAssessorSheet(s, { assessor: "M. FABRE, tuteur", candidate: "MOREL Hugo", percents: p([50, 30, 70, 50, 50, 100, 70]) }))
    .toFile("/tmp/pr/cqp.xlsx");
  await aWorkbook()
    .sheet("DUPONT Léa", (s) => e33Sheet(s, {}))
    .sheet("MARTIN Alice", (s) => e33Sheet(s, { name: "MARTIN Alice", levels: { traiter: "2", contribuer: "4", evaluer: "3", communiquer: "3" } }))
    .sheet("PETIT Bruno", (s) => e33Sheet(s, { name: "PETIT Bruno", levels: { traiter: "2", contribuer: null, evaluer: "3", communiquer: "1" } }))
    .toFile("/tmp/pr/e33.xlsx");
  await aWorkbook()
    .sheet("MARTIN Alice", (s) => pfmpSheet(s, { name: "MARTIN Alice", ticks: { "1.1.1": ["P1"], "1.1.2": ["P1", "P3"] } }))
    .sheet("PETIT Bruno", (s) => pfmpSheet(s, { name: "PETIT Bruno", ticks: { "1.1.1": ["P2"], "2.1.1": ["P1", "P3"] } }))
    .toFile("/tmp/pr/pfmp.xlsx");
}
void main();
