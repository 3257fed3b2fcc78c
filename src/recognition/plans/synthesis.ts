import type { Locale } from "../../core/i18n/locale";
import { sortFindings } from "../../core/completeness/finding";
import { formatNumber, parseLooseNumber } from "../../core/text/numbers";
import type { CandidateReport, WorkbookReport } from "../workbook/report";
import type { CellInput, CellStyle, WritePlan } from "./plan";
import { registrationField, registrationOf } from "./registration";
import { SheetBuilder } from "./sheet-builder";
import { a1 } from "../snapshot/cells";
import { sameSheetName } from "./sheet-names";
import { gridName } from "../../referentials/grid-name";

/**
 * « Synthèse »: one row per candidate (where, who, complete or not, what is missing, proposed and typed
 * mark), for the coordinator before the commission. A sheet of that name is replaced whole; nothing
 * else in the workbook is touched.
 */

export interface SynthesisOptions {
  existingSheets: string[];
  locale?: Locale;
  /** Default « Synthèse » (« Summary » in English). */
  sheetName?: string;
}

const RED = "#F8CBAD";
/** Width in characters of the findings column (wrapped, its rows made tall enough). */
const FINDINGS_WIDTH = 60;

/** A figure as a reader reads it: two decimals at most (74.4444… → 74.44). */
const readable = (figure: number): number => Math.round(figure * 100) / 100;
const GREEN = "#C6EFCE";
const ORANGE = "#FFEB9C";

const S = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  header: { bold: true, fill: "#D9E1F2", border: true, wrap: true, vertical: "middle", horizontal: "center" },
  cell: { border: true, vertical: "top" },
  wrapped: { border: true, vertical: "top", wrap: true },
  number: { border: true, vertical: "top", horizontal: "right" },
  footer: { italic: true, wrap: true, vertical: "top" },
} satisfies Record<string, CellStyle>;

const WORDS = {
  fr: {
    sheet: "Synthèse",
    noGrid: "Aucune grille reconnue",
    columns: ["Feuille", "Ligne", "Nom", "Statut", "Points bloquants", "Points à voir"],
    registration: "N° d'inscription",
    marks: ["Note proposée", "Note saisie", "Écart"],
    coverage: "Couverture",
    complete: "complète",
    incomplete: "incomplète",
    templates: "Modèles vierges",
    ignored: "Feuilles ignorées",
    panel: ["Chiffres de la commission", "Commentaire de synthèse", "Président du jury"],
    agreed: "retenus par le jury",
    proposal: "moyenne des membres (proposition de Grille)",
    provisional: "provisoires",
  },
  en: {
    sheet: "Summary",
    noGrid: "No grid recognised",
    columns: ["Sheet", "Row", "Name", "Status", "Blocking points", "Points to check"],
    registration: "Registration no.",
    marks: ["Proposed mark", "Typed mark", "Difference"],
    coverage: "Coverage",
    complete: "complete",
    incomplete: "incomplete",
    templates: "Blank templates",
    ignored: "Ignored sheets",
    panel: ["Panel's figures", "Synthesis comment", "Jury chair"],
    agreed: "agreed by the jury",
    proposal: "members' mean (Grille's proposal)",
    provisional: "provisional",
  },
} as const;

/** What the result columns hold, by the grid's marking. */
type Results =
  | { kind: "mark"; max: number | null; markFieldId: string | null }
  | { kind: "coverage" }
  | { kind: "domains"; groups: { id: string; label: string }[] }
  | { kind: "none" };

function resultsOf(report: WorkbookReport): Results {
  const grid = report.grid;
  const marking = grid?.grid.marking;
  switch (marking?.kind) {
    case "weighted-mean":
    case "points-sum":
      return { kind: "mark", max: marking.max, markFieldId: grid?.markField?.id ?? null };
    case "coverage":
      return { kind: "coverage" };
    case "domain-percent":
      return { kind: "domains", groups: marking.groups.map((g) => ({ id: g.id, label: g.label })) };
    default:
      return { kind: "none" };
  }
}

function resultHeaders(results: Results, locale: Locale): string[] {
  switch (results.kind) {
    case "mark":
      return [...WORDS[locale].marks];
    case "coverage":
      return [WORDS[locale].coverage];
    case "domains":
      return [...results.groups.map((g) => `${g.label} (%)`), ...WORDS[locale].panel];
    case "none":
      return [];
  }
}

const typedMark = (candidate: CandidateReport, fieldId: string | null): string | number | null => {
  const value = fieldId === null ? undefined : candidate.evaluation.fields[fieldId]?.value;
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;
};

/** The result cells of one candidate, with their styles. */
function resultCells(candidate: CandidateReport, results: Results, locale: Locale): { value: CellInput; style: CellStyle }[] {
  const result = candidate.assessment.result;
  switch (results.kind) {
    case "mark": {
      const proposed = result?.kind === "mark" ? (result.absent ? "ABS" : result.value) : null;
      const typed = typedMark(candidate, results.markFieldId);
      const typedNumber = typeof typed === "number" ? typed : typed === null ? null : parseLooseNumber(typed);
      const gap = typeof proposed === "number" && typedNumber !== null ? readable(typedNumber - proposed) : null;
      return [
        { value: proposed, style: S.number },
        { value: typeof typed === "number" ? readable(typed) : typed, style: S.number },
        { value: gap === 0 ? 0 : gap, style: gap !== null && gap !== 0 ? { ...S.number, fill: ORANGE } : S.number },
      ];
    }
    case "coverage": {
      if (result?.kind !== "coverage") return [{ value: null, style: S.cell }];
      const text = `${result.practised}/${result.total} (${formatNumber(result.ratio * 100, locale, 0)} %)`;
      return [{ value: text, style: result.missing.length > 0 ? { ...S.cell, fill: RED } : S.cell }];
    }
    case "domains": {
      const figures = results.groups.map((group) => {
        const figure = result?.kind === "domains" ? result.panel.find((p) => p.groupId === group.id)?.percent : null;
        // Rounded here, shown as is: « 0.## » would print « 65, » for a whole figure.
        return { value: figure === null || figure === undefined ? null : readable(figure), style: S.number };
      });
      if (result?.kind !== "domains") return [...figures, ...WORDS[locale].panel.map(() => ({ value: null, style: S.cell }))];
      // The chair's synthesis (commission engineer): whose figures these are, and whether they may still change.
      const words = WORDS[locale];
      const source = result.panel.every((p) => p.overridden) ? words.agreed : words.proposal;
      const status = result.provisional ? `${source}, ${words.provisional}` : source;
      return [
        ...figures,
        { value: status, style: result.provisional ? { ...S.wrapped, fill: ORANGE } : S.wrapped },
        { value: result.synthesis?.comment ?? null, style: S.wrapped },
        { value: result.synthesis?.chair ?? null, style: S.cell },
      ];
    }
    case "none":
      return [];
  }
}

/** The plan writing the synthesis sheet, in place of an existing one of that name. */
export function synthesisPlan(report: WorkbookReport, options: SynthesisOptions): WritePlan {
  const locale = options.locale ?? "fr";
  const words = WORDS[locale];
  const name = options.sheetName ?? words.sheet;
  const replaces = options.existingSheets.some((s) => sameSheetName(s, name));
  const results = resultsOf(report);
  const grid = report.grid?.grid;
  // The registration number after the name, when the grid has one (E31, E33): what the commission's lists go by.
  const registration = registrationField(grid) !== undefined;
  const [where, line, who, ...status] = words.columns;
  const headers = [where, line, who, ...(registration ? [words.registration] : []), ...status, ...resultHeaders(results, locale)];
  const resultWidths = results.kind === "domains" ? [...results.groups.map(() => 18), 22, 40, 20] : results.kind === "mark" ? [10, 10, 8] : results.kind === "coverage" ? [14] : [];
  const widths = [18, 7, 26, ...(registration ? [14] : []), 12, 11, FINDINGS_WIDTH, ...resultWidths];
  const last = headers.length - 1;
  const sheet = new SheetBuilder();

  sheet.area(0, 0, 0, last, grid ? gridName(grid) : words.noGrid, S.title);
  if (grid) sheet.area(1, 0, 1, last, grid.epreuve ? `${grid.diploma} — ${grid.epreuve.code} ${grid.epreuve.title}` : grid.diploma, S.subtitle);
  const headerRow = 2;
  headers.forEach((text, c) => {
    sheet.set(headerRow, c, text, S.header);
    // Bold capitals wrap at word ends: about a fifth less text per line.
    sheet.fitText(headerRow, text, widths[c]! * 0.8);
  });

  let row = headerRow + 1;
  for (const candidate of report.candidates) {
    const findings = sortFindings(candidate.assessment.findings);
    const blocking = findings.filter((f) => f.severity === "blocking").length;
    const complete = candidate.assessment.complete;
    const findingsText = findings.map((f) => f.message[locale]).join("\n");
    const number = registrationOf(grid, candidate);
    const cells: { value: CellInput; style: CellStyle }[] = [
      { value: candidate.sheet, style: S.wrapped },
      { value: candidate.row, style: S.number },
      { value: candidate.name, style: S.wrapped },
      // As typed, as text: a number such as 02612345678 keeps its leading zero.
      ...(registration ? [{ value: number === null ? null : String(number), style: S.cell }] : []),
      { value: complete ? words.complete : words.incomplete, style: { ...S.cell, bold: true, fill: complete ? GREEN : RED } },
      { value: blocking, style: S.number },
      { value: findingsText, style: S.wrapped },
      ...resultCells(candidate, results, locale),
    ];
    cells.forEach(({ value, style }, c) => {
      sheet.set(row, c, value, style);
      // Every wrapped cell makes its row tall enough: Excel does not fit rows to merged or written text.
      if (style.wrap && typeof value === "string") sheet.fitText(row, value, widths[c]!);
    });
    row++;
  }
  const tableEnd = row - 1;

  row++;
  if (report.templates.length > 0) {
    const text = `${words.templates} : ${report.templates.join(", ")}`;
    sheet.area(row, 0, row, last, text, S.footer);
    sheet.fitText(row, text, 150);
    row++;
  }
  if (report.ignored.length > 0) {
    const text = `${words.ignored} : ${report.ignored.map((i) => `${i.sheet} (${i.reason[locale]})`).join(", ")}`;
    sheet.area(row, 0, row, last, text, S.footer);
    sheet.fitText(row, text, 150);
    row++;
  }

  const built = sheet.build(name, {
    columnWidths: widths,
    frozenRows: headerRow + 1,
    landscape: true,
    // A4 landscape, one page wide, the header row again on each page.
    printArea: `A1:${a1(Math.max(tableEnd, row - 1), last)}`,
    printTitleRows: { first: headerRow + 1, last: headerRow + 1 },
  });
  return { changes: [{ kind: "sheet", sheet: built, replaces }] };
}
