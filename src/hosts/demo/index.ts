/**
 * The browser demo hosts: the task pane runs on them without Office, over an in-memory workbook or
 * an in-memory Word document.
 * - demo-host.ts: `DemoHost`, the Host port over a snapshot (apply, select, binding map, subscribe);
 * - samples.ts: the sample class workbooks (E31, E33, CQP, PFMP), built in code;
 * - WorkbookView.tsx (+ sheet-grid.ts): a read-only spreadsheet view of the host's workbook;
 * - location.ts: `'Sheet'!A1` locations and selections;
 * - demo-word-host.ts: `DemoWordHost`, the Host port over a DocumentSnapshot (the pane's Word flow);
 * - word-samples.ts: the Word samples (a filled E33 grid, a report to insert a grid into);
 * - DocumentView.tsx: a read-only page view of the Word host's document.
 * - demo-store.ts: `DemoStore`, what both hosts share (state, subscribe, language, latency);
 * - view-parts.tsx: what both views share (frame and bar styles, the live announcement, scrolling).
 */
export { DemoHost, type DemoApplied, type DemoEvent, type DemoHostOptions, type DemoListener, type DemoState } from "./demo-host";
export { cellKey, formatSelection, parseLocation, type DemoSelection } from "./location";
export { demoSample, demoSampleEntries, demoSamples, type DemoSample, type DemoSampleEntry, type DemoSampleId } from "./samples";
export { WorkbookView, type WorkbookViewProps } from "./WorkbookView";
export { MAX_COLUMNS, MAX_ROWS, testIdPart } from "./sheet-grid";
export { DemoWordHost, blockKey, type DemoDocumentApplied, type DemoWordEvent, type DemoWordHostOptions, type DemoWordListener, type DemoWordState } from "./demo-word-host";
export { demoWordSample, demoWordSampleEntries, demoWordSamples, WORD_E33_CANDIDATE, type DemoWordSample, type DemoWordSampleEntry, type DemoWordSampleId } from "./word-samples";
export { DocumentView, type DocumentViewProps } from "./DocumentView";
