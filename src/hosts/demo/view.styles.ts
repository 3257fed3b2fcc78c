import { makeStyles, tokens } from "@fluentui/react-components";

/** The views' frame, bar and marks (compiled at build time: webpack.prebuild-loader.js). */
export const useViewStyles = makeStyles({
  /** The view: a column filling its box (each view adds its background). */
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    height: "100%",
    color: tokens.colorNeutralForeground1,
  },
  /** The bar above the content: where the selection is, and the announcement. */
  bar: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minHeight: "1.5em",
  },
  status: {
    color: tokens.colorPaletteGreenForeground1,
    whiteSpace: "nowrap",
  },
  /** Written by a plan since the sample was loaded. */
  changed: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
  },
  /** Where the pane (or a click) pointed. */
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  /** Read by screen readers, not shown. */
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
