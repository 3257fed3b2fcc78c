import { Badge, Caption1, Tab, TabList, mergeClasses } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import type { Locale } from "../../core/i18n/locale";
import { a1, columnLetters, qualified, type CellRange } from "../../recognition/snapshot/cells";
import { cellAt } from "../../recognition/snapshot/workbook";
import type { DemoApplied, DemoHost } from "./demo-host";
import { cellKey, formatSelection } from "./location";
import { MAX_COLUMNS, MAX_ROWS, areaOf, displayText, reachOf, sheetGrid, testIdPart, type GridCell } from "./sheet-grid";
import { AppliedStatus, joinParts, scrollToNearest, useViewStyles } from "./view-parts";
import { useWorkbookViewStyles } from "./WorkbookView.styles";

const WORDS = {
  fr: {
    sheets: "Feuilles du classeur",
    sheet: (name: string) => `Feuille « ${name} »`,
    changed: "modifiée",
    added: "nouvelle",
    formula: "formule",
    noSelection: "Aucune cellule sélectionnée",
    cut: (rows: number, columns: number) =>
      `Affichage limité aux ${MAX_ROWS} premières lignes et ${MAX_COLUMNS} premières colonnes (la feuille en compte ${rows} × ${columns}).`,
    applied: ({ cells, sheets }: DemoApplied) =>
      joinParts(
        [
          cells.length > 0 ? (cells.length === 1 ? "1 cellule mise à jour" : `${cells.length} cellules mises à jour`) : "",
          sheets.length > 0 ? (sheets.length === 1 ? "1 feuille ajoutée" : `${sheets.length} feuilles ajoutées`) : "",
        ],
        " ; ",
      ),
  },
  en: {
    sheets: "Workbook sheets",
    sheet: (name: string) => `Sheet "${name}"`,
    changed: "changed",
    added: "new",
    formula: "formula",
    noSelection: "No cell selected",
    cut: (rows: number, columns: number) => `Showing the first ${MAX_ROWS} rows and ${MAX_COLUMNS} columns only (the sheet has ${rows} × ${columns}).`,
    applied: ({ cells, sheets }: DemoApplied) =>
      joinParts(
        [
          cells.length > 0 ? (cells.length === 1 ? "1 cell updated" : `${cells.length} cells updated`) : "",
          sheets.length > 0 ? (sheets.length === 1 ? "1 sheet added" : `${sheets.length} sheets added`) : "",
        ],
        "; ",
      ),
  },
} as const;


export interface WorkbookViewProps {
  host: DemoHost;
  /** The view's language; the host's by default. */
  locale?: Locale;
}

const within = (range: CellRange, cell: GridCell) =>
  cell.row <= range.bottom && cell.row + cell.rowSpan - 1 >= range.top && cell.col <= range.right && cell.col + cell.colSpan - 1 >= range.left;

/** The first element of `list` after `value` (dir 1) or before it (dir -1); `value` when there is none. */
function step(list: readonly number[], value: number, dir: 1 | -1, count = 1): number {
  let index = -1;
  if (dir > 0) index = list.findIndex((v) => v > value);
  else for (let i = list.length - 1; i >= 0 && index < 0; i--) if (list[i]! < value) index = i;
  if (index < 0) return value;
  return list[Math.max(0, Math.min(list.length - 1, index + (count - 1) * dir))]!;
}

/**
 * A read-only view of the demo host's workbook, like Excel's grid: sheet tabs, column letters and
 * row numbers, merged cells, the selected cell (the pane points at findings there) and the cells a
 * plan changed, with a polite announcement of how many. Clicking a cell, or the arrow keys, select it
 * as the teacher would in Excel.
 */
export function WorkbookView({ host, locale }: WorkbookViewProps) {
  const styles = useWorkbookViewStyles();
  const shared = useViewStyles();
  const state = useSyncExternalStore(host.subscribe, host.getState);
  const language = locale ?? state.locale;
  const words = WORDS[language];
  const { workbook, selection } = state;
  const sheet = workbook.sheets.find((s) => s.name === selection?.sheet) ?? workbook.sheets[0];
  const range = sheet && selection?.sheet === sheet.name ? selection.range : null;
  // Recomputed when the sheet changes, not on each move of the selection (unless it goes further down).
  const reach = reachOf(range);
  const grid = useMemo(
    () => (sheet ? sheetGrid(sheet, language, { rows: reach.rows, columns: reach.columns }) : null),
    [sheet, language, reach.rows, reach.columns],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const focusAfterSelect = useRef(false);

  const anchor = sheet && range ? areaOf(sheet, range.top, range.left) : null;
  const activeAddress = anchor ? a1(anchor.top, anchor.left) : (grid?.cells[0]?.[0]?.address ?? "A1");

  useEffect(() => {
    if (!range) return;
    const cell = scrollToNearest(scroller.current, `[data-address="${activeAddress}"]`);
    if (focusAfterSelect.current) cell?.focus();
    focusAfterSelect.current = false;
  }, [range, activeAddress]);

  const rootClass = mergeClasses(shared.root, styles.root);
  if (!sheet || !grid) return <div data-testid="workbook-view" className={rootClass} />;

  const selectCell = (row: number, col: number) => {
    const area = areaOf(sheet, row, col);
    host.show(qualified(sheet.name, a1(area.top, area.left)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (!["ArrowRight", "ArrowLeft", "ArrowDown", "ArrowUp", "PageDown", "PageUp", "Home", "End"].includes(event.key)) return;
    event.preventDefault();
    focusAfterSelect.current = true;
    // Nothing selected on this sheet yet: the first key selects the focused cell, as Excel always has one.
    if (!anchor) {
      selectCell(grid.rows[0] ?? 0, grid.columns[0] ?? 0);
      return;
    }
    const from = anchor;
    let { top: row, left: col } = from;
    switch (event.key) {
      case "ArrowRight":
        col = step(grid.columns, from.right, 1);
        break;
      case "ArrowLeft":
        col = step(grid.columns, from.left, -1);
        break;
      case "ArrowDown":
        row = step(grid.rows, from.bottom, 1);
        break;
      case "ArrowUp":
        row = step(grid.rows, from.top, -1);
        break;
      case "PageDown":
        row = step(grid.rows, from.bottom, 1, 20);
        break;
      case "PageUp":
        row = step(grid.rows, from.top, -1, 20);
        break;
      case "Home":
        col = grid.columns[0] ?? 0;
        if (event.ctrlKey) row = grid.rows[0] ?? 0;
        break;
      case "End":
        col = grid.columns.at(-1) ?? 0;
        if (event.ctrlKey) row = grid.rows.at(-1) ?? 0;
        break;
    }
    selectCell(row, col);
  };

  const changedOn = (name: string) => [...state.changedCells].some((key) => key.startsWith(`${name}!`));
  const anchorValue = anchor ? displayText(cellAt(sheet, anchor.top, anchor.left), sheet.formats?.[a1(anchor.top, anchor.left)], language) : "";
  const anchorIsFormula = anchor ? (sheet.formulaCells ?? []).includes(a1(anchor.top, anchor.left)) : false;
  const sheetId = testIdPart(sheet.name);

  return (
    <section data-testid="workbook-view" className={rootClass} aria-label={words.sheet(sheet.name)}>
      <div className={shared.bar}>
        <Caption1 className={styles.address} data-testid="selection-address">
          {selection ? formatSelection(selection) : words.noSelection}
        </Caption1>
        <Caption1 className={styles.value} title={anchorValue} data-testid="selection-value">
          {anchorIsFormula ? `(${words.formula}) ` : ""}
          {anchorValue}
        </Caption1>
        <AppliedStatus applied={state.lastApplied} describe={words.applied} className={shared.status} data-testid="workbook-status" />
      </div>
      <div ref={scroller} className={styles.scroller}>
        <table
          role="grid"
          aria-label={words.sheet(sheet.name)}
          aria-readonly="true"
          aria-rowcount={grid.totalRows + 1}
          aria-colcount={grid.totalColumns + 1}
          className={styles.table}
          data-testid={`sheet-${sheetId}`}
          onKeyDown={onKeyDown}
        >
          <colgroup>
            <col style={{ width: "3.5em" }} />
            {grid.widths.map((width, i) => (
              <col key={grid.columns[i]} style={{ width: `${width}ch` }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row" aria-rowindex={1}>
              <td className={styles.corner} role="presentation" />
              {grid.columns.map((col) => (
                <th key={col} scope="col" role="columnheader" aria-colindex={col + 2} className={styles.columnHeader}>
                  {columnLetters(col)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, r) => (
              <tr key={row} role="row" aria-rowindex={row + 2}>
                <th scope="row" role="rowheader" aria-colindex={1} className={styles.rowHeader}>
                  {row + 1}
                </th>
                {grid.cells[r]!.map((cell) => {
                  const selected = range !== null && within(range, cell);
                  const changed = state.changedCells.has(cellKey(sheet.name, cell.address));
                  const long = cell.text.length > 60 || cell.text.includes("\n");
                  return (
                    <td
                      key={cell.address}
                      role="gridcell"
                      aria-colindex={cell.col + 2}
                      aria-selected={selected ? "true" : "false"}
                      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                      tabIndex={cell.address === activeAddress ? 0 : -1}
                      title={long ? cell.text : undefined}
                      data-address={cell.address}
                      data-testid={`cell-${sheetId}-${cell.address}`}
                      data-changed={changed ? "true" : undefined}
                      className={mergeClasses(styles.cell, changed && shared.changed, selected && shared.selected)}
                      onClick={() => selectCell(cell.row, cell.col)}
                    >
                      <div className={styles.clamp}>{cell.text}</div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {grid.cut && <Caption1 className={styles.note}>{words.cut(grid.totalRows, grid.totalColumns)}</Caption1>}
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={sheet.name}
        onTabSelect={(_, data) => host.show(qualified(String(data.value), "A1"))}
        aria-label={words.sheets}
      >
        {workbook.sheets.map((s) => {
          const added = state.addedSheets.has(s.name);
          const changed = !added && changedOn(s.name);
          return (
            <Tab key={s.name} value={s.name} data-testid={`sheet-tab-${testIdPart(s.name)}`}>
              {s.name}
              {(added || changed) && (
                <>
                  {" "}
                  <Badge size="tiny" appearance="filled" color="success" aria-hidden="true" />
                  <span className={shared.hidden}>{` (${added ? words.added : words.changed})`}</span>
                </>
              )}
            </Tab>
          );
        })}
      </TabList>
    </section>
  );
}
