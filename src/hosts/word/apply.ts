/// <reference types="office-js" />
import { text, type Text } from "../../core/i18n/locale";
import { documentEdits, type DocumentEdit } from "../../recognition/document/edits";
import type { ContentControlInfo } from "../../recognition/document/snapshot";
import type { DocumentLayout } from "../../recognition/document/to-sheet";
import { refusedResult, type ApplyResult, type Gated } from "../../recognition/plans/gate";
import { wordTablePackage } from "../ooxml/package";
import type { WordHandles } from "./read";

/**
 * Document edits applied to the open document in one round trip. Every object is reached from the
 * paragraph collection by position (getFirst, getNext…): nothing is loaded, so nothing waits for a sync.
 * - a table cell: table.getCell(row, cell).body.insertText(text, "Replace"), or the text of the cell's
 *   content control when it has one, so that Grille's tag stays;
 * - a placeholder: found by searching the label and the placeholder in the paragraph, replaced by the
 *   value (or the value inserted after the label when there was only space);
 * - a grid: one insertOoxml at the cursor (or at the end) with the table, its merges, widths, shading and
 *   tagged content controls, after its Heading 1. One call, WordApi 1.1: no mergeCells (WordApi 1.4),
 *   no cell-by-cell content controls.
 */

/** Word's search syntax gives « ^ » a meaning; a search string is at most 255 characters. */
const searchable = (s: string): string => s.replace(/\^/g, "^^");
const tail = (s: string, n: number): string => (s.length > n ? s.slice(s.length - n) : s);

/** Proxies of body.paragraphs by index, built by walking getNext from the first one, once. */
function paragraphWalker(context: Word.RequestContext): (index: number) => Word.Paragraph {
  const list: Word.Paragraph[] = [];
  return (index) => {
    if (list.length === 0) list.push(context.document.body.paragraphs.getFirst());
    while (list.length <= index) list.push(list[list.length - 1]!.getNext());
    return list[index]!;
  };
}

/**
 * Queues the edits: first every object they touch is looked up (a load), then the writes. Word runs a
 * batch in order and stops at the first error, so a cell or a text gone since the read fails the batch
 * before anything is written.
 */
export function queueEdits(context: Word.RequestContext, edits: readonly DocumentEdit[], handles: WordHandles, idBase: number): void {
  const paragraph = paragraphWalker(context);
  const writes: (() => void)[] = [];
  let nextId = idBase;
  for (const edit of edits) {
    switch (edit.kind) {
      case "cell": {
        const cell = paragraph(handles.tables[edit.table - 1]!).parentTable.getCell(edit.row - 1, edit.cell - 1);
        if (edit.control) {
          const control = cell.body.contentControls.getFirst().load("tag");
          writes.push(() => control.insertText(edit.text, "Replace"));
        } else {
          const body = cell.body.load("text");
          writes.push(() => body.insertText(edit.text, "Replace"));
        }
        break;
      }
      case "paragraph": {
        const target = paragraph(handles.paragraphs[edit.paragraph - 1]!);
        const label = tail(edit.edit.label, 120);
        const previous = edit.edit.previous.trim();
        if (previous !== "") {
          const lead = edit.edit.previous.slice(0, edit.edit.previous.indexOf(previous));
          const around = target.search(searchable(`${label}${lead}${previous}`.slice(-250)), { matchCase: true }).getFirst();
          const range = around.search(searchable(tail(previous, 250)), { matchCase: true }).getFirst().load("text");
          writes.push(() => range.insertText(edit.text, "Replace"));
        } else {
          const range = target.search(searchable(label), { matchCase: true }).getFirst().load("text");
          writes.push(() => range.insertText(` ${edit.text}`, "After"));
        }
        break;
      }
      case "insert-table": {
        const pkg = wordTablePackage(edit.table, {
          idBase: nextId,
          pageBreakBefore: edit.pageBreakBefore,
          ...(edit.heading !== undefined && { heading: edit.heading }),
        });
        nextId += 1000;
        writes.push(() => {
          if (edit.position === "end") context.document.body.insertOoxml(pkg, "End");
          else context.document.getSelection().insertOoxml(pkg, "After");
        });
        break;
      }
    }
  }
  for (const write of writes) write();
}

/** What an Office error carries (duck-typed: the fake context throws the same shape). */
interface OfficeErrorLike {
  code: string;
  message?: string;
}

const isOfficeError = (error: unknown): error is OfficeErrorLike => typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";

/** Word's refusal as a text for the teacher; anything that is not Word's is a bug and rethrown. */
export function wordErrorText(error: unknown): Text {
  if (!isOfficeError(error)) throw error;
  switch (error.code) {
    case "ItemNotFound":
      return text(
        "Le document a changé depuis la lecture (paragraphe, tableau ou texte introuvable) : relancez « Reconnaître la grille ».",
        "The document changed since it was read (paragraph, table or text not found): run « Recognise the grid » again.",
      );
    case "AccessDenied":
      return text("Word refuse la modification : le document ou cette partie est protégé.", "Word refuses the change: the document or this part is protected.");
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return text("Le document est trop volumineux pour être traité en une fois par Word sur le web (plus de 5 Mo).", "The document is too large for Word on the web to handle at once (over 5 MB).");
    default:
      return text(`Word a refusé l'opération (${error.code}${error.message ? ` : ${error.message}` : ""}).`, `Word refused the operation (${error.code}${error.message ? `: ${error.message}` : ""}).`);
  }
}

/**
 * Applies a plan the gate let through to the open document in one round trip, whole or not at all: a
 * refused verdict, or a cell that is nowhere, refuses the plan before anything is sent.
 */
export async function applyDocumentPlan(
  context: Word.RequestContext,
  verdict: Gated,
  read: { layout: DocumentLayout; handles: WordHandles; controls: readonly ContentControlInfo[] },
): Promise<ApplyResult> {
  if (!verdict.ok) return refusedResult(verdict);
  const planned = documentEdits({ changes: [...verdict.changes] }, read.layout, read.controls);
  if (!planned.ok) return { ok: false, errors: planned.errors };
  try {
    queueEdits(context, planned.edits, read.handles, 10_000 + Math.floor(Math.random() * 1_000_000));
    await context.sync();
  } catch (error) {
    return { ok: false, errors: [wordErrorText(error)] };
  }
  return { ok: true, written: planned.edits.length };
}
