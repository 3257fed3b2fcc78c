import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import type { Locale } from "../../core/i18n/locale";
import type { BlockLocation, ContentControlInfo, ParagraphBlock, TableBlock } from "../../recognition/document/snapshot";
import { blockKey, type DemoDocumentApplied, type DemoWordHost } from "./demo-word-host";
import { AppliedStatus, joinParts, scrollToNearest, useViewStyles } from "./view-parts";

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

const WORDS = {
  fr: {
    document: (name: string) => `Document « ${name} »`,
    cursor: (place: string) => `Curseur : ${place}`,
    atEnd: "à la fin du document",
    paragraph: (n: number) => `paragraphe ${n}`,
    cell: (table: number, row: number, cell: number) => `tableau ${table}, ligne ${row}, cellule ${cell}`,
    caret: "(curseur)",
    control: (tag: string) => `Contrôle de contenu ${tag}`,
    applied: ({ cells, paragraphs, tables }: DemoDocumentApplied) =>
      joinParts(
        [
          cells > 0 ? `${count(cells, "cellule mise", "cellules mises")} à jour` : "",
          paragraphs > 0 ? `${count(paragraphs, "paragraphe mis", "paragraphes mis")} à jour` : "",
          tables > 0 ? count(tables, "grille insérée", "grilles insérées") : "",
        ],
        " ; ",
      ),
  },
  en: {
    document: (name: string) => `Document "${name}"`,
    cursor: (place: string) => `Cursor: ${place}`,
    atEnd: "at the end of the document",
    paragraph: (n: number) => `paragraph ${n}`,
    cell: (table: number, row: number, cell: number) => `table ${table}, row ${row}, cell ${cell}`,
    caret: "(cursor)",
    control: (tag: string) => `Content control ${tag}`,
    applied: ({ cells, paragraphs, tables }: DemoDocumentApplied) =>
      joinParts(
        [
          cells > 0 ? `${count(cells, "cell", "cells")} updated` : "",
          paragraphs > 0 ? `${count(paragraphs, "paragraph", "paragraphs")} updated` : "",
          tables > 0 ? count(tables, "grid inserted", "grids inserted") : "",
        ],
        "; ",
      ),
  },
} as const;

const useStyles = makeStyles({
  root: { backgroundColor: tokens.colorNeutralBackground3 },
  bar: { backgroundColor: tokens.colorNeutralBackground1 },
  where: { flexGrow: 1, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  scroller: { flexGrow: 1, minHeight: 0, overflow: "auto", padding: tokens.spacingVerticalL },
  page: {
    maxWidth: "800px",
    margin: "0 auto",
    padding: "48px 56px",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    fontFamily: "Calibri, Carlito, 'Segoe UI', Arial, sans-serif",
    fontSize: "11pt",
    lineHeight: 1.35,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  paragraph: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    minHeight: "1.35em",
    cursor: "text",
    borderRadius: tokens.borderRadiusSmall,
  },
  heading: { fontSize: "16pt", fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1, marginTop: tokens.spacingVerticalM },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalM} 0`,
    fontSize: "9.5pt",
  },
  fixed: { tableLayout: "fixed" },
  inserted: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorPaletteGreenBorder2}`, outlineOffset: "3px" },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    cursor: "text",
  },
  control: { boxShadow: `inset 0 0 0 1px ${tokens.colorBrandStroke2}` },
  bold: { fontWeight: tokens.fontWeightBold },
  before: { border: "none" },
  caret: {
    display: "inline-block",
    width: "2px",
    height: "1.1em",
    marginLeft: "1px",
    verticalAlign: "text-bottom",
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

export interface DocumentViewProps {
  host: DemoWordHost;
  /** The view's language; the host's by default. */
  locale?: Locale;
}

/** One drawn cell: the physical cell it is (1-based, as Word's getCell + 1), its spans, its grid column. */
interface DrawnCell {
  cell: number;
  column: number;
  text: string;
  colSpan: number;
  rowSpan: number;
  bold: boolean;
}

/** A table as HTML draws it: each w:vMerge area one cell spanning its rows, the covered cells left out. */
function drawnRows(table: TableBlock): { before: number; cells: DrawnCell[] }[] {
  const starts = table.rows.map((row) => {
    let col = row.gridBefore ?? 0;
    return row.cells.map((cell) => {
      const start = col;
      col += Math.max(1, cell.gridSpan);
      return start;
    });
  });
  const continues = (r: number, column: number) => {
    const i = starts[r]?.indexOf(column) ?? -1;
    return i >= 0 && table.rows[r]!.cells[i]!.vMerge === "continue";
  };
  return table.rows.map((row, r) => ({
    before: row.gridBefore ?? 0,
    cells: row.cells.flatMap((cell, i) => {
      const column = starts[r]![i]!;
      // Covered by the cell above that restarts the merge (an orphan « continue » is drawn as it is).
      if (cell.vMerge === "continue" && r > 0 && (continues(r - 1, column) || table.rows[r - 1]!.cells[starts[r - 1]!.indexOf(column)]?.vMerge === "restart")) return [];
      let rowSpan = 1;
      if (cell.vMerge === "restart") while (continues(r + rowSpan, column)) rowSpan++;
      return [{ cell: i + 1, column: column + 1, text: cell.text, colSpan: Math.max(1, cell.gridSpan), rowSpan, bold: cell.bold === true }];
    }),
  }));
}

const same = (a: BlockLocation | null, b: BlockLocation) => a !== null && blockKey(a) === blockKey(b);

/**
 * A read-only view of the demo's Word document, drawn as a page: paragraphs (headings larger), tables
 * with their merged cells, Grille's content controls outlined, the grids a plan inserted (dashed
 * outline, `data-inserted`), the cells and paragraphs it wrote (`data-changed`), the selection the pane
 * pointed at (`data-selected`) and the cursor, where « Insérer une grille » puts a grid. Clicking a
 * paragraph or a cell puts the cursor there, as in Word; so do the arrow keys, from block to block.
 *
 * Test ids: `document-view`, `doc-paragraph-<n>`, `doc-table-<n>`, `doc-table-<n>-r<row>-c<cell>`
 * (table, row and physical cell numbered from 1, as « tableau 2, ligne 5 » counts; `data-column` gives
 * the cell's first grid column), `document-cursor`, `document-status`.
 */
export function DocumentView({ host, locale }: DocumentViewProps) {
  const styles = useStyles();
  const shared = useViewStyles();
  const state = useSyncExternalStore(host.subscribe, host.getState);
  const words = WORDS[locale ?? state.locale];
  const { document, cursor, selection } = state;
  const page = useRef<HTMLDivElement>(null);

  const controls = useMemo(() => {
    const byCell = new Map<string, ContentControlInfo>();
    for (const control of document.contentControls) if (control.location) byCell.set(blockKey(control.location), control);
    return byCell;
  }, [document]);
  const tables = useMemo(() => new Map(document.blocks.flatMap((b) => (b.kind === "table" ? [[b.index, drawnRows(b)] as const] : []))), [document]);
  /** Every place the cursor can go, in reading order, for the arrow keys. */
  const stops = useMemo<BlockLocation[]>(
    () =>
      document.blocks.flatMap((block): BlockLocation[] =>
        block.kind === "paragraph"
          ? [{ kind: "paragraph", paragraph: block.index }]
          : (tables.get(block.index) ?? []).flatMap((row, r) => row.cells.map((c): BlockLocation => ({ kind: "table", table: block.index, row: r + 1, cell: c.cell }))),
      ),
    [document, tables],
  );

  const target = selection ?? cursor;
  const targetKey = target ? blockKey(target) : null;
  useEffect(() => {
    if (!targetKey) return;
    scrollToNearest(page.current, `[data-key="${targetKey}"]`);
  }, [targetKey]);

  const where = (location: BlockLocation | null) =>
    location === null ? words.atEnd : location.kind === "paragraph" ? words.paragraph(location.paragraph) : words.cell(location.table, location.row, location.cell);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (step === undefined || stops.length === 0) return;
    event.preventDefault();
    const at = cursor ? stops.findIndex((s) => same(cursor, s)) : -1;
    const next = at < 0 ? (step > 0 ? 0 : stops.length - 1) : Math.min(stops.length - 1, Math.max(0, at + step));
    host.show(stops[next]!);
  };

  /** The cursor drawn where it is, and said to screen readers. */
  const caret = (
    <>
      <span className={styles.caret} data-testid="document-cursor" aria-hidden="true" />
      <span className={shared.hidden}>{` ${words.caret}`}</span>
    </>
  );

  const paragraph = (block: ParagraphBlock) => {
    const location: BlockLocation = { kind: "paragraph", paragraph: block.index };
    const key = blockKey(location);
    const here = same(cursor, location);
    return (
      <p
        key={`p${block.index}`}
        data-key={key}
        data-testid={`doc-paragraph-${block.index}`}
        data-changed={state.changed.has(key) ? "true" : undefined}
        data-selected={same(selection, location) ? "true" : undefined}
        data-cursor={here ? "true" : undefined}
        className={mergeClasses(styles.paragraph, block.heading !== undefined && styles.heading, state.changed.has(key) && shared.changed, same(selection, location) && shared.selected)}
        onClick={() => host.show(location)}
      >
        {block.text}
        {here && caret}
      </p>
    );
  };

  const table = (block: TableBlock) => {
    const key = blockKey({ kind: "table", table: block.index });
    const inserted = state.inserted.has(key);
    /** An inserted grid is laid out as Word lays it: its columns in % of the page's width. */
    const widths = state.widths.get(key);
    return (
      <table
        key={`t${block.index}`}
        data-testid={`doc-table-${block.index}`}
        data-inserted={inserted ? "true" : undefined}
        className={mergeClasses(styles.table, inserted && styles.inserted, widths && styles.fixed)}
      >
        {widths && (
          <colgroup>
            {widths.map((width, i) => (
              <col key={i} style={{ width: `${width}%` }} />
            ))}
          </colgroup>
        )}
        <tbody>
          {(tables.get(block.index) ?? []).map((row, r) => (
            <tr key={r}>
              {row.before > 0 && <td colSpan={row.before} className={styles.before} />}
              {row.cells.map((c) => {
                const location: BlockLocation = { kind: "table", table: block.index, row: r + 1, cell: c.cell };
                const key = blockKey(location);
                const control = controls.get(key);
                const here = same(cursor, location);
                const selected = same(selection, location);
                const changed = state.changed.has(key);
                return (
                  <td
                    key={key}
                    data-key={key}
                    data-testid={`doc-table-${block.index}-r${r + 1}-c${c.cell}`}
                    data-column={c.column}
                    data-changed={changed ? "true" : undefined}
                    data-selected={selected ? "true" : undefined}
                    data-cursor={here ? "true" : undefined}
                    data-tag={control?.tag}
                    title={control ? words.control(control.tag) : undefined}
                    colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                    rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                    className={mergeClasses(styles.cell, c.bold && styles.bold, control && styles.control, changed && shared.changed, selected && shared.selected)}
                    onClick={() => host.show(location)}
                  >
                    {c.text}
                    {here && caret}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    );
  };

  return (
    <section data-testid="document-view" className={mergeClasses(shared.root, styles.root)} aria-label={words.document(document.name)}>
      <div className={mergeClasses(shared.bar, styles.bar)}>
        <Caption1 className={styles.where} data-testid="document-cursor-place">
          {words.cursor(where(cursor))}
        </Caption1>
        <AppliedStatus applied={state.lastApplied} describe={words.applied} className={shared.status} data-testid="document-status" />
      </div>
      <div className={styles.scroller}>
        <div ref={page} className={styles.page} tabIndex={0} role="document" aria-label={words.document(document.name)} onKeyDown={onKeyDown}>
          {document.blocks.map((block) => (block.kind === "paragraph" ? paragraph(block) : table(block)))}
        </div>
      </div>
    </section>
  );
}
