import type { CellStyle } from "../plan";

/** The styles of a « Nouvelle grille » sheet, close to the official documents' look. */
export const S = {
  title: { bold: true, size: 14 },
  subtitle: { bold: true, size: 12 },
  anchor: { italic: true },
  header: { bold: true, fill: "#D9E1F2", border: true, horizontal: "center", vertical: "middle", wrap: true },
  item: { bold: true, fill: "#F2F2F2", border: true, wrap: true, vertical: "middle" },
  code: { bold: true, border: true, vertical: "top" },
  text: { border: true, wrap: true, vertical: "top" },
  filler: { border: true, fill: "#F2F2F2" },
  level: { border: true, horizontal: "center", vertical: "middle" },
  phase: { bold: true, italic: true, fill: "#FFF2CC", border: true },
  group: [
    { bold: true, fill: "#1F4E79", color: "#FFFFFF", border: true, wrap: true, vertical: "middle" },
    { bold: true, fill: "#DDEBF7", border: true, wrap: true, vertical: "middle" },
  ],
  fieldLabel: { bold: true, vertical: "middle", wrap: true },
  fieldValue: { border: true, vertical: "middle" },
  markLabel: { bold: true, horizontal: "right", vertical: "middle", wrap: true },
  mark: { bold: true, border: true, horizontal: "center", vertical: "middle", size: 12 },
  note: { italic: true, size: 9, wrap: true, vertical: "top" },
  /** Official texts printed with the grid: a bold heading, then plain paragraphs. */
  textHeading: { bold: true, vertical: "top", wrap: true },
  officialText: { wrap: true, vertical: "top" },
  tableText: { border: true, wrap: true, vertical: "top", size: 9 },
  area: { border: true, wrap: true, vertical: "top", horizontal: "left" },
  border: { border: true },
  proposalLabel: { bold: true, italic: true, color: "#1F4E79", horizontal: "right", vertical: "middle", wrap: true },
  proposal: { bold: true, border: true, color: "#1F4E79", fill: "#DDEBF7", horizontal: "center", vertical: "middle", size: 12 },
} satisfies Record<string, CellStyle | CellStyle[]>;

/** What a teacher puts in a level cell of a generated grid. */
export const CROSS = "X";

/** The label of the cell beside the grid where Grille's formula proposes the mark. */
export const PROPOSAL_LABEL = "Note proposée par Grille :";
