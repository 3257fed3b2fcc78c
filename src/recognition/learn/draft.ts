import type { GridFile, MarkingScheme } from "../../core/model/grid";
import type { Scale } from "../../core/model/scale";
import type { ReferentialNode } from "../../core/model/referential";
import { leadingCode, normalizeText } from "../text/normalize";
import type { LearnNote } from "./result";

/** A proposal before it is checked against the file's totals: the grid, and the markings worth trying. */
export interface Draft {
  sheet: string;
  layout: "sheet" | "table";
  file: GridFile;
  notes: LearnNote[];
  /** How grid-like the sheet is: the proposal from the best sheet wins. */
  score: number;
  /** Marking schemes to try against the file's own totals, the most likely first (the file's default is `file.grid.marking`). */
  variants: { scheme: MarkingScheme; fr: string; en: string; scale?: Scale }[];
  /** The rounding printed on the grid, which fitting must not change. */
  roundingPrinted: boolean;
}

/** An identifier from a text: « Rédiger un rapport » → "rediger-un-rapport". */
export function slugOf(text: string, fallback: string): string {
  const slug = normalizeText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return /^[a-z0-9]/.test(slug) ? slug : fallback;
}

/** Unique ids: codes where the grid prints them, else a short slug of the label. */
export class IdMaker {
  private readonly used = new Set<string>();
  make(code: string | null, label: string, fallback: string): string {
    const base = code ?? (slugOf(label, fallback).split("-").slice(0, 4).join("-") || fallback);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/**
 * A node of the learned referential. The code is kept apart from the label only in the numeric form
 * recognition reads at the start of a cell (« 1.2 »); other codes (« C1.2 », « A1-02 ») stay in the
 * label, so that the label matches the printed cell as a whole.
 */
export function nodeOf(id: string, kind: ReferentialNode["kind"], code: string | null, label: string, details?: string | null): ReferentialNode {
  const numeric = code !== null && leadingCode(normalizeText(code))?.code === code;
  const text = code && !numeric ? (label ? `${code} ${label}` : code) : label || code || id;
  return { id, kind, ...(numeric ? { code } : {}), label: text, ...(details ? { details } : {}) };
}
