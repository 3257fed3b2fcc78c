import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkRegular, ErrorCircleFilled } from "@fluentui/react-icons";
import type { CompiledGrid } from "../../core/model/compile";
import type { RatedItem } from "../../core/model/grid";
import type { CoverageResult } from "../../core/marking/result";
import { useT } from "../i18n";
import { Data } from "./Data";
import { VisuallyHidden } from "./VisuallyHidden";

const useStyles = makeStyles({
  /** The table fits the 320 px pane with its six periods (narrow cells); it scrolls, the competency column staying in view, when it cannot. */
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    maxHeight: "60vh",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, minWidth: "100%" },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "center", whiteSpace: "nowrap", overflowWrap: "normal", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3 },
  first: { position: "sticky", left: 0, zIndex: 1, textAlign: "left", whiteSpace: "nowrap", backgroundColor: tokens.colorNeutralBackground1 },
  corner: { zIndex: 2, backgroundColor: tokens.colorNeutralBackground3 },
  gap: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  icon: { verticalAlign: "middle", marginRight: tokens.spacingHorizontalXXS },
});

/** PFMP: competency × period, the competencies never practised highlighted (colour, icon and words). */
export function CoverageTable({ grid, result, name, itemName }: { grid: CompiledGrid; result: CoverageResult; name: string; itemName: (item: RatedItem) => string }) {
  const { t } = useT();
  const styles = useStyles();
  const periods = [...grid.levels.keys()];
  const practised = new Map(result.items.map((i) => [i.itemId, new Set(i.periods)]));
  const missing = new Set(result.missing);
  return (
    <div role="region" aria-label={t("marks.coverageTable", { name })} tabIndex={0} className={styles.scroll}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.first, styles.corner)}>
              {t("marks.competency")}
            </th>
            {periods.map((p) => (
              <th key={p} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                <Data>{p}</Data>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.grid.items.map((item) => {
            const gap = missing.has(item.id);
            const done = practised.get(item.id);
            return (
              <tr key={item.id}>
                <th scope="row" className={mergeClasses(styles.cell, styles.first, gap && styles.gap)}>
                  {gap && <ErrorCircleFilled className={styles.icon} aria-hidden />}
                  <Data>{itemName(item)}</Data>
                  {gap && <VisuallyHidden>{t("marks.gap")}</VisuallyHidden>}
                </th>
                {periods.map((p) => (
                  <td key={p} className={mergeClasses(styles.cell, gap && styles.gap)}>
                    {done?.has(p) ? <CheckmarkRegular aria-label={t("marks.practised")} role="img" /> : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
