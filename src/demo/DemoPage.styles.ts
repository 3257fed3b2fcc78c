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
    // A phone-narrow window, or 400 % zoom: the page scrolls as a whole, the pane at its full height.
    "@media (max-width: 480px)": { height: "auto", minHeight: "100vh" },
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
    // A short window (200 % zoom: 640×400): one line of header, the pane keeps the height. Not when
    // narrow too (400 % zoom: 320×200), where the page reflows (below): no two queries here overlap.
    "@media (max-height: 500px) and (min-width: 481px)": {
      flexWrap: "nowrap",
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
    },
  },
  title: {
    margin: 0,
    flexShrink: 0,
    "@media (max-height: 500px) and (min-width: 481px)": { fontSize: tokens.fontSizeBase400 },
  },
  switcher: {
    minWidth: 0,
    "@media (max-height: 500px) and (min-width: 481px)": { flexWrap: "nowrap", overflowX: "auto", flexShrink: 1 },
    // The samples wrap on lines of their own rather than widen the page.
    "@media (max-width: 480px)": { flexWrap: "wrap", flexBasis: "100%", maxWidth: "100%" },
  },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalL,
    "@media (max-height: 500px) and (min-width: 481px)": { flexWrap: "nowrap", flexShrink: 0 },
  },
  description: {
    flexBasis: "100%",
    color: tokens.colorNeutralForeground2,
    "@media (max-height: 500px) and (min-width: 481px)": { display: "none" },
  },
  body: {
    flexGrow: 1,
    minHeight: 0,
    display: "grid",
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH}`,
    gridTemplateRows: "minmax(0, 1fr)",
    // A narrow window: the workbook view yields space, the pane keeps at least 240 px beside it. The
    // queries do not overlap: Griffel writes each in a style element of its own, in an order that does
    // not follow the source (with « max-width: 720px » alone, it won over the one below at 320 px and
    // left the pane 1 px wide).
    "@media (min-width: 481px) and (max-width: 720px)": {
      gridTemplateColumns: `minmax(0, 1fr) minmax(240px, ${PANE_WIDTH})`,
    },
    // A phone-narrow window, or 400 % zoom: the pane first, the workbook under it.
    "@media (max-width: 480px)": {
      gridTemplateColumns: "minmax(0, 1fr)",
      gridTemplateRows: "auto 70vh",
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
    "@media (max-width: 480px)": {
      order: -1,
      width: "auto",
      overflowY: "visible",
      borderLeft: "none",
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      // The pane fills Excel's pane height (its root's min-height: 100vh); stacked, it is as tall as it has to be.
      "& > * > main": { minHeight: "auto" },
    },
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: {
    color: tokens.colorNeutralForeground2,
  },
});
