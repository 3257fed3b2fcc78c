import { makeStyles, tokens } from "@fluentui/react-components";

/** The pane's frame, paths and entries (compiled at build time: webpack.prebuild-loader.js). */
export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    minHeight: "100vh",
    boxSizing: "border-box",
    // Words wrap whole; only a word wider than the pane (a long sheet name) is broken, with a hyphen where French allows.
    overflowWrap: "break-word",
    hyphens: "auto",
    "& h1, & h2, & h3, & h4, & h5, & p": { marginTop: 0, marginBottom: 0 },
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  tagline: { margin: 0, color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: "wrap", marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  number: {
    display: "inline-flex",
    justifyContent: "center",
    alignItems: "center",
    flexShrink: 0,
    minWidth: "20px",
    height: "20px",
    marginRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  done: { flexShrink: 0, marginRight: tokens.spacingHorizontalS, color: tokens.colorPaletteGreenForeground1, fontSize: "20px" },
  more: { marginTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
  panel: { paddingBottom: tokens.spacingVerticalM },
});
