import { text, type Text } from "../../core/i18n/locale";
import type { CompiledGrid } from "../../core/model/compile";
import type { ReferentialNode } from "../../core/model/referential";
import type { Block, BlockLocation, DocumentSnapshot, TableCellBlock, TableRowBlock } from "../../recognition/document/snapshot";
import { parseRangeA1, type CellRange } from "../../recognition/snapshot/cells";
import { builtInGrid } from "../../referentials";

/**
 * The demo's Word documents, built in code as a teacher types them (browser-safe: plain data, no .docx):
 * - « Word : E33 »: the official MCV E33 grid filled in for one candidate, the identity in a two-column
 *   table, the grid with its merged two-row header, the panel, « Note : ……… / 20 » still to fill; the
 *   candidate's number was forgotten (a finding in « tableau 1 »);
 * - « Word : rapport »: a CCF report with prose and no grid yet, the cursor after its second paragraph,
 *   where « Insérer une grille » puts one.
 * Every label comes from the built-in grid's data, as in the workbook samples.
 */

export type DemoWordSampleId = "word-e33" | "word-report";

/** What the switcher shows of a Word sample. */
export interface DemoWordSampleEntry {
  id: DemoWordSampleId;
  /** Short, for the switcher: « Word : E33 ». */
  label: Text;
  description: Text;
}

type DemoSampleTexts = Pick<DemoWordSampleEntry, "label" | "description">;

/** A Word sample's document, and where its cursor is. */
interface DemoWordDocument {
  document: DocumentSnapshot;
  /** Where the cursor is when the document opens (null: at the end). */
  cursor: BlockLocation | null;
}

export type DemoWordSample = DemoWordSampleEntry & DemoWordDocument;

/** A cell of a table being typed: its text, bold or not; null for an empty or merged-over cell. */
type TypedCell = string | { text: string; bold: true } | null;

/** Builds a document block by block, numbering paragraphs and tables as Word counts them. */
class DocumentTyping {
  private readonly blocks: Block[] = [];
  private paragraphs = 0;
  private tables = 0;

  paragraph(value: string, options: { heading?: number } = {}): this {
    this.blocks.push({
      kind: "paragraph",
      index: ++this.paragraphs,
      text: value,
      ...(options.heading !== undefined && { heading: options.heading, style: `Heading${options.heading}` }),
    });
    return this;
  }

  /** The index the next paragraph will get: where the cursor can be put. */
  get nextParagraph(): number {
    return this.paragraphs + 1;
  }

  /**
   * A table from its grid of cells, one entry per grid column, and its merged areas in the table's own
   * A1 coordinates (« A1:B2 »): the areas become w:gridSpan and w:vMerge cells, as Word stores them.
   */
  table(rows: TypedCell[][], merges: string[] = []): this {
    const areas = merges.map((m) => parseRangeA1(m)).filter((m): m is CellRange => m !== null);
    const width = Math.max(1, ...rows.map((r) => r.length));
    const blockRows: TableRowBlock[] = rows.map((row, r) => {
      const cells: TableCellBlock[] = [];
      for (let c = 0; c < width; c++) {
        const area = areas.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
        if (area && c !== area.left) continue;
        const typed = area && r !== area.top ? null : (row[c] ?? null);
        const value = typed === null ? "" : typeof typed === "string" ? typed : typed.text;
        cells.push({
          text: value,
          gridSpan: area ? area.right - area.left + 1 : 1,
          vMerge: area && area.bottom > area.top ? (r === area.top ? "restart" : "continue") : null,
          nested: false,
          ...(typed !== null && typeof typed === "object" && value !== "" && { bold: true }),
        });
      }
      return { cells };
    });
    this.blocks.push({ kind: "table", index: ++this.tables, rows: blockRows, merges: "exact" });
    return this;
  }

  document(name: string): DocumentSnapshot {
    return { name, blocks: this.blocks, contentControls: [] };
  }
}

function grid(id: string): CompiledGrid {
  const compiled = builtInGrid(id);
  if (!compiled) throw new Error(`Grille demo: no built-in grid ${id}`);
  return compiled;
}

function anchor(compiled: CompiledGrid, start: string): string {
  const found = compiled.grid.anchors.find((a) => a.startsWith(start));
  if (!found) throw new Error(`Grille demo: ${compiled.grid.id} has no anchor « ${start}… »`);
  return found;
}

function label(compiled: CompiledGrid, id: string): string {
  const found = compiled.grid.fields.find((f) => f.id === id);
  if (!found) throw new Error(`Grille demo: ${compiled.grid.id} has no field ${id}`);
  return found.label;
}

const childrenOf = (node: ReferentialNode | undefined, kind: ReferentialNode["kind"]) => (node?.children ?? []).filter((c) => c.kind === kind);

const PLACEHOLDER = "………………";

/** The E33 candidate of the Word sample: her profiles, her identity (the number left empty), the panel. */
export const WORD_E33_CANDIDATE = {
  name: "DUPONT Léa",
  profiles: { traiter: "3", contribuer: "3", evaluer: "2", communiquer: "4" } as Record<string, string>,
  fields: {
    session: "2026",
    "exam-centre": "Lycée Gustave Eiffel",
    date: "03/06/2026",
    candidate: "DUPONT Léa",
    registration: "",
    appraisal: "Action de fidélisation pertinente, bilan chiffré ; communication claire et convaincante.",
  } as Record<string, string>,
  panel: [
    ["Mme BERNARD Sophie", "Professeure d’économie-gestion"],
    ["M. LEROY Paul", "Responsable de magasin"],
  ],
  /** 20 × mean(0,75 ; 0,75 ; 0,5 ; 1) = 15. */
  mark: 15,
} as const;

/** The official MCV E33 grid as a teacher keeps it in Word, filled for DUPONT Léa, the mark still to write. */
function wordE33Document(): DemoWordDocument {
  const g = grid("mcv-e33");
  const who = WORD_E33_CANDIDATE;
  const codes = [...g.levels.keys()];
  const doc = new DocumentTyping()
    .paragraph(g.grid.diploma)
    .paragraph(anchor(g, "Sous-épreuve E33 : FID"))
    .paragraph(anchor(g, "GRILLE D'ÉVALUATION"))
    .table(["session", "exam-centre", "date", "candidate", "registration"].map((id) => [`${label(g, id)} :`, who.fields[id] || null]))
    .paragraph("");
  const rows: TypedCell[][] = [
    [anchor(g, "Critères et indicateurs"), null, g.grid.scale.label, null, null, null],
    [null, null, ...codes],
  ];
  for (const item of g.grid.items) {
    const node = g.itemNodes.get(item.id);
    const indicators = childrenOf(node, "indicator").map((i) => (i.details ? `${i.label} ${i.details}` : i.label));
    rows.push([{ text: node?.label ?? item.id, bold: true }, indicators.join("\n"), ...codes.map((code) => (who.profiles[item.id] === code ? "X" : null))]);
  }
  doc
    .table(rows, ["A1:B2", "C1:F1"])
    .paragraph(`${label(g, "appraisal")} :`)
    .paragraph(who.fields["appraisal"]!)
    .table([[g.grid.panel!.label, g.grid.panel!.roleLabel ?? "Fonction"], ...who.panel.map(([name, role]) => [name, role])])
    .paragraph(`${label(g, "mark")} : ${PLACEHOLDER} / 20`);
  return {
    document: doc.document("E33 - DUPONT Léa.docx"),
    cursor: null,
  };
}

/** A CCF report with prose and no grid: the cursor after its second paragraph, where a grid goes. */
function wordReportDocument(): DemoWordDocument {
  const doc = new DocumentTyping()
    .paragraph("Dossier CCF — bilan", { heading: 1 })
    .paragraph("Baccalauréat professionnel Métiers du commerce et de la vente, session 2026. La grille d’évaluation de la sous-épreuve E33 est insérée ci-dessous.");
  const cursor = doc.nextParagraph - 1;
  doc
    .paragraph("Situation d’évaluation : la candidate a conduit une action de fidélisation dans son entreprise d’accueil (relance des clients inactifs, offre de parrainage), puis en a présenté le bilan chiffré à la commission.")
    .paragraph("Déroulement : présentation orale de dix minutes appuyée sur un support numérique, suivie d’un entretien de vingt minutes avec les deux membres de la commission.")
    .paragraph("Points d’appui et axes de progrès : l’analyse des résultats est solide ; les propositions d’amélioration gagneraient à être chiffrées.")
    .paragraph("Fait à Lyon, le 3 juin 2026.");
  return {
    document: doc.document("Dossier CCF - bilan.docx"),
    cursor: { kind: "paragraph", paragraph: cursor },
  };
}

/** Each Word sample's words (known at once, for the switcher) and how its document is built (only when opened). */
const SAMPLES: Record<DemoWordSampleId, DemoSampleTexts & { build: () => DemoWordDocument }> = {
  "word-e33": {
    label: text("Word : E33", "Word: E33"),
    description: text(
      "Bac pro MCV, E33 dans Word : la grille officielle remplie pour Léa DUPONT (profils cochés, appréciation, commission) ; son numéro de candidate manque et la note reste à écrire.",
      "Bac pro MCV, E33 in Word: the official grid filled in for Léa DUPONT (profiles ticked, appraisal, panel); her candidate number is missing and the mark is still to be written.",
    ),
    build: wordE33Document,
  },
  "word-report": {
    label: text("Word : rapport", "Word: report"),
    description: text(
      "Un rapport dans Word (« Dossier CCF — bilan »), sans grille : le curseur est après le deuxième paragraphe ; « Insérer une grille » y met une grille officielle, vierge ou remplie avec une fiche copiée depuis Excel.",
      "A report in Word (“Dossier CCF — bilan”) with no grid: the cursor is after the second paragraph; “Insert a grid” puts an official grid there, blank or filled with a record copied from Excel.",
    ),
    build: wordReportDocument,
  },
};

/** The Word samples in the switcher's order, without their documents. */
export function demoWordSampleEntries(): DemoWordSampleEntry[] {
  return (Object.keys(SAMPLES) as DemoWordSampleId[]).map((id) => ({ id, label: SAMPLES[id].label, description: SAMPLES[id].description }));
}

const built = new Map<DemoWordSampleId, DemoWordSample>();

/** One Word sample, built the first time it is asked for (the demo's Word host copies a document before changing anything). */
export function demoWordSample(id: DemoWordSampleId): DemoWordSample {
  let sample = built.get(id);
  if (!sample) {
    const { label, description, build } = SAMPLES[id];
    sample = { id, label, description, ...build() };
    built.set(id, sample);
  }
  return sample;
}

/** The two Word samples, built. */
export function demoWordSamples(): readonly DemoWordSample[] {
  return demoWordSampleEntries().map((entry) => demoWordSample(entry.id));
}
