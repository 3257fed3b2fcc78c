import { makeStyles, tokens } from "@fluentui/react-components";

/** The pane's width in Excel, about. */
const PANE_WIDTH = "320px";

/** The demo page's layout (compiled at build time: webpack.prebuild-loader.js). */
export const useDemoPageStyles = makeStyles({
  provider: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // A short window (200 % zoom: 640×400): one line of header, the pane keeps the height.
    "@media (max-height: 500px)": {
      flexWrap: "nowrap",
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
    },
  },
  title: {
    margin: 0,
    flexShrink: 0,
    "@media (max-height: 500px)": { fontSize: tokens.fontSizeBase400 },
  },
  switcher: {
    minWidth: 0,
    "@media (max-height: 500px)": { flexWrap: "nowrap", overflowX: "auto", flexShrink: 1 },
  },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalL,
    "@media (max-height: 500px)": { flexWrap: "nowrap", flexShrink: 0 },
  },
  description: {
    flexBasis: "100%",
    color: tokens.colorNeutralForeground2,
    "@media (max-height: 500px)": { display: "none" },
  },
  body: {
    flexGrow: 1,
    minHeight: 0,
    display: "grid",
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH}`,
    gridTemplateRows: "minmax(0, 1fr)",
    // A narrow window: the workbook view yields space, the pane keeps at least 240 px beside it.
    "@media (max-width: 720px)": {
      gridTemplateColumns: `minmax(0, 1fr) minmax(240px, ${PANE_WIDTH})`,
    },
    // A phone-narrow window: the pane first, the workbook under it.
    "@media (max-width: 480px)": {
      gridTemplateColumns: "minmax(0, 1fr)",
      gridTemplateRows: "auto minmax(240px, 1fr)",
    },
  },
  workbook: {
    minHeight: 0,
    minWidth: 0,
  },
  pane: {
    minHeight: 0,
    overflowY: "auto",
    // Positioned, so that the pane's visually hidden texts scroll with it instead of stretching the page.
    position: "relative",
    width: PANE_WIDTH,
    maxWidth: "100%",
    "@media (max-width: 480px)": { order: -1, width: "auto", maxHeight: "70vh" },
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: {
    color: tokens.colorNeutralForeground2,
  },
});
