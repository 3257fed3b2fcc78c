import { text, type Text } from "../../core/i18n/locale";
import { formatNumber } from "../../core/text/numbers";
import { wrongHost } from "../plans/conflicts";
import type { Consent } from "../plans/consent";
import { gate, type Gated } from "../plans/gate";
import type { CellInput, WritePlan } from "../plans/plan";
import { qualified } from "../snapshot/cells";
import { paragraphEdit, type ParagraphEdit } from "./paragraph";
import type { ContentControlInfo } from "./snapshot";
import type { DocumentLayout, WordLocation } from "./to-sheet";
import type { WordTable } from "./word-table";

/**
 * A write plan, made of pseudo-sheet cells, turned into what a Word adapter does: set a table cell's
 * text, replace a paragraph's placeholder between its label and its « / 20 », insert a table. Computed
 * here once, so the .docx and the Office.js adapters apply the same edits.
 */
export type DocumentEdit =
  | {
      kind: "cell";
      table: number;
      row: number;
      /** Physical cell index in the row, 1-based (Word's getCell is 0-based: cell - 1). */
      cell: number;
      text: string;
      /** The cell holds a content control (Grille's tag): write inside it, so it stays. */
      control: boolean;
    }
  | { kind: "paragraph"; paragraph: number; edit: ParagraphEdit; text: string }
  | { kind: "insert-table"; table: WordTable; heading?: string; position: "selection" | "end"; pageBreakBefore: boolean };

export type DocumentEditsResult = { ok: true; edits: DocumentEdit[] } | { ok: false; errors: Text[] };

/** What a value reads as in a document: numbers with a decimal comma, a formula as its result. */
export function documentText(value: CellInput): string {
  if (value === null) return "";
  if (typeof value === "object") return value.result === undefined ? "" : documentText(value.result);
  if (typeof value === "number") return formatNumber(value, "fr");
  if (typeof value === "boolean") return value ? "X" : "";
  return value;
}

/** A paragraph Grille may rewrite whole: some text, no colon (so no label to keep), short enough for Word's search. */
const freeParagraph = (text: string | undefined): boolean => text !== undefined && text.trim() !== "" && !text.includes(":") && text.length <= 250;

const sameCell = (a: WordLocation, b: ContentControlInfo["location"]) =>
  a.kind === "table" && b?.kind === "table" && a.table === b.table && a.row === b.row && a.cell === b.cell;

/**
 * The edits of a plan, in an order that keeps offsets right (several values on one paragraph: the last
 * one first), or why the plan cannot apply to a document (whole or not at all).
 */
export function documentEdits(plan: WritePlan, layout: DocumentLayout, controls: readonly ContentControlInfo[] = []): DocumentEditsResult {
  const edits: DocumentEdit[] = [];
  const errors: Text[] = [];
  for (const change of plan.changes) {
    switch (change.kind) {
      case "cell": {
        const at = qualified(change.sheet, change.address);
        const location = layout.locate(at);
        const value = documentText(change.value);
        if (!location) {
          errors.push(text(`${at} : cette cellule n’existe pas dans le document (a-t-il changé depuis la lecture ?)`, `${at}: this cell does not exist in the document (has it changed since it was read?)`));
        } else if (location.kind === "table") {
          const control = controls.some((c) => sameCell(location, c.location));
          edits.push({ kind: "cell", table: location.table, row: location.row, cell: location.cell, text: value, control });
        } else if (location.part === "label" && freeParagraph(layout.paragraph(location.paragraph)?.text)) {
          // A free paragraph (no « label : » to keep, e.g. the synthesis comment below « Commentaires : »): its whole text.
          const previous = layout.paragraph(location.paragraph)!.text;
          edits.push({ kind: "paragraph", paragraph: location.paragraph, edit: { start: 0, end: previous.length, replacement: value, label: "", previous, suffix: null }, text: value });
        } else if (location.part !== "value") {
          errors.push(text(`${layout.describe(at).fr} : Grille n’écrit que la valeur d’un champ, pas son intitulé`, `${layout.describe(at).en}: Grille writes a field's value only, not its label`));
        } else {
          const paragraph = layout.paragraph(location.paragraph);
          const edit = paragraph ? paragraphEdit(paragraph.text, location.segment, value) : null;
          if (!edit) errors.push(text(`${layout.describe(at).fr} : paragraphe introuvable`, `${layout.describe(at).en}: paragraph not found`));
          else edits.push({ kind: "paragraph", paragraph: location.paragraph, edit, text: value });
        }
        break;
      }
      case "insert-table":
        edits.push({
          kind: "insert-table",
          table: change.table,
          position: change.position,
          pageBreakBefore: change.pageBreakBefore === true,
          ...(change.heading !== undefined && { heading: change.heading }),
        });
        break;
      case "name":
      case "sheet":
        errors.push(wrongHost(change, "document")!);
        break;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  // Within a paragraph, later values first: the offsets of the earlier ones stay right.
  const order = (e: DocumentEdit) => (e.kind === "paragraph" ? -e.edit.start : 0);
  const paragraphs = edits.filter((e) => e.kind === "paragraph").sort((a, b) => (a.kind === "paragraph" && b.kind === "paragraph" ? a.paragraph - b.paragraph || order(a) - order(b) : 0));
  const rest = edits.filter((e) => e.kind !== "paragraph");
  return { ok: true, edits: [...rest.filter((e) => e.kind === "cell"), ...paragraphs, ...rest.filter((e) => e.kind === "insert-table")] };
}

/** The gate for a document: over its pseudo-sheets, with refusals naming « tableau 2, ligne 5, colonne 3 ». */
export const gateDocument = (plan: WritePlan, layout: DocumentLayout, consent: Consent): Gated =>
  gate(plan, { sheets: layout.sheets, names: [] }, consent, { target: "document", describe: (sheet, address) => layout.describe(qualified(sheet, address)) });
