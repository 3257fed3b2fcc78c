import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { EditRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useState } from "react";
import type { CompiledGrid } from "../../core/model/compile";
import type { PanelOverride } from "../../core/model/evaluation";
import type { DomainResult } from "../../core/marking/result";
import { useT } from "../i18n";
import { Data } from "./Data";
import { Loading } from "./Loading";
import { useShared } from "./styles";

/** The chair's form, loaded when a chair first overrides a domain. */
const OverrideForm = lazy(() => import(/* webpackChunkName: "override-form" */ "./OverrideForm").then((m) => ({ default: m.OverrideForm })));

const useStyles = makeStyles({
  domain: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  overridden: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface DomainFiguresProps {
  grid: CompiledGrid;
  result: DomainResult;
  onOverride: (group: string, override: PanelOverride) => void;
  onRemove: (group: string) => void;
}

/** CQP: per domain, the panel's figure, each assessor's, and the chair's override with its reason. */
export function DomainFigures({ grid, result, onOverride, onRemove }: DomainFiguresProps) {
  const { t } = useT();
  const shared = useShared();
  const styles = useStyles();
  const [editing, setEditing] = useState<string | null>(null);
  const canOverride = grid.grid.assessors?.chairCanOverride !== false;
  const scale = grid.grid.scale.kind === "percent" ? grid.grid.scale : { min: 0, max: 100 };
  const pct = (value: number | null | undefined) => (value === null || value === undefined ? t("marks.notRated") : t("common.percent", { value }));

  return (
    <ul className={shared.list} aria-label={t("marks.domains")}>
      {result.panel.map((domain, g) => (
        <li key={domain.groupId} className={styles.domain}>
          <Subtitle2 as="h4">
            <Data>{domain.label}</Data>
          </Subtitle2>
          <span>{t("marks.panelFigure", { value: pct(domain.percent) })}</span>
          {domain.overridden && (
            <span className={styles.overridden}>{t("marks.overridden", { mean: pct(domain.mean), reason: domain.reason ?? "" })}</span>
          )}
          <ul className={shared.list} aria-label={t("marks.assessors")}>
            {result.assessors.map((assessor, i) => (
              <li key={i}>
                <Caption1>
                  {t("marks.assessorFigure", { name: assessor.name ?? t("marks.assessorUnnamed", { number: i + 1 }), value: pct(assessor.groups[g]?.percent) })}
                </Caption1>
              </li>
            ))}
          </ul>
          {canOverride && editing !== domain.groupId && (
            <div className={shared.row}>
              <Button size="small" icon={<EditRegular />} onClick={() => setEditing(domain.groupId)}>
                {t("marks.override")}
              </Button>
              {domain.overridden && (
                <Button size="small" appearance="subtle" onClick={() => onRemove(domain.groupId)}>
                  {t("marks.overrideRemove")}
                </Button>
              )}
            </div>
          )}
          {editing === domain.groupId && (
            <Suspense fallback={<Loading />}>
              <OverrideForm
              domain={domain.label}
              initial={{ percent: domain.overridden ? domain.percent : domain.mean, reason: domain.reason }}
              min={scale.min}
              max={scale.max}
              onSave={(override) => {
                onOverride(domain.groupId, override);
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
              />
            </Suspense>
          )}
        </li>
      ))}
    </ul>
  );
}
