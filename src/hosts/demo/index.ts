/**
 * The browser demo host: the task pane runs on it without Office, over an in-memory workbook.
 * - demo-host.ts: `DemoHost`, the Host port over a snapshot (apply, select, binding map, subscribe);
 * - samples.ts: the sample class workbooks (E31, E33, CQP, PFMP), built in code;
 * - WorkbookView.tsx (+ sheet-grid.ts): a read-only spreadsheet view of the host's workbook;
 * - location.ts: `'Sheet'!A1` locations and selections.
 */
export { DemoHost, sameCellValue, type DemoApplied, type DemoEvent, type DemoHostOptions, type DemoListener, type DemoState } from "./demo-host";
export { cellKey, formatSelection, parseLocation, type DemoSelection } from "./location";
export { demoSample, demoSamples, type DemoSample, type DemoSampleId } from "./samples";
export { WorkbookView, type WorkbookViewProps } from "./WorkbookView";
export { MAX_COLUMNS, MAX_ROWS, testIdPart } from "./sheet-grid";
