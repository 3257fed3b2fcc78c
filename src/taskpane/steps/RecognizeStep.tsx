import { Badge, Body1, Button, Subtitle2 } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useState } from "react";
import type { WorkbookReport } from "../../recognition/workbook/report";
import { BusyButton } from "../components/BusyButton";
import { ConfidenceBadge } from "../components/ConfidenceBadge";
import { Data } from "../components/Data";
import { gridTitle } from "../components/gridTitle";
import { Loading } from "../components/Loading";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import type { Pane } from "../state/usePaneState";

/** Only when recognition fails or the teacher doubts it: loaded then. */
const GridChooser = lazy(() => import(/* webpackChunkName: "grid-chooser" */ "../components/GridChooser").then((m) => ({ default: m.GridChooser })));

/** The sheets recognition left aside, each with why. */
function IgnoredSheets({ ignored }: { ignored: WorkbookReport["ignored"] }) {
  const { text } = useT();
  return (
    <ul className={useShared().list}>
      {ignored.map((i) => (
        <li key={i.sheet}>
          <Data>
            {i.sheet} ({text(i.reason)})
          </Data>
        </li>
      ))}
    </ul>
  );
}

/** What recognition found: grid, layout, confidence, candidates, templates, ignored sheets. */
function Found({ report }: { report: WorkbookReport & { grid: NonNullable<WorkbookReport["grid"]> } }) {
  const { t } = useT();
  const styles = useShared();
  return (
    <dl className={styles.details}>
      <dt className={styles.term}>{t("recognize.grid")}</dt>
      <dd className={styles.definition}>
        <Data>{gridTitle(report.grid)}</Data>
      </dd>
      <dt className={styles.term}>{t("recognize.layout")}</dt>
      <dd className={styles.definition}>{t(`layout.${report.layout}`)}</dd>
      <dt className={styles.term}>{t("recognize.confidence")}</dt>
      <dd className={styles.definition}>
        <ConfidenceBadge confidence={report.confidence} />
      </dd>
      <dt className={styles.term}>{t("recognize.candidates")}</dt>
      <dd className={styles.definition}>{t("recognize.candidateCount", { count: report.candidates.length })}</dd>
      {report.templates.length > 0 && (
        <>
          <dt className={styles.term}>{t("recognize.templates")}</dt>
          <dd className={styles.definition}>
            <Data>{report.templates.join(", ")}</Data>
          </dd>
        </>
      )}
      {report.ignored.length > 0 && (
        <>
          <dt className={styles.term}>{t("recognize.ignored")}</dt>
          <dd className={styles.definition}>
            <IgnoredSheets ignored={report.ignored} />
          </dd>
        </>
      )}
    </dl>
  );
}

/** Step 1: « Reconnaître la grille ». */
export function RecognizeStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const styles = useShared();
  const { state, report, grids, actions } = pane;
  const [choosing, setChoosing] = useState(false);
  const busy = state.busy !== null;
  const nothing = report !== null && report.grid === null;

  return (
    <div className={styles.stack}>
      <BusyButton appearance="primary" icon={<SearchRegular />} running={state.busy === "recognize" || state.busy === "load-grid"} disabled={busy} onClick={() => void actions.recognise()}>
        {t("recognize.button")}
      </BusyButton>
      {state.forcedGrid && (
        <div className={styles.row}>
          <Badge appearance="outline">{t("recognize.forced")}</Badge>
          <Data className={styles.wrap}>{gridTitle(state.forcedGrid)}</Data>
          <Button appearance="subtle" size="small" disabled={busy} onClick={() => void actions.chooseBuiltInGrid(null)}>
            {t("recognize.unforce")}
          </Button>
        </div>
      )}
      {report?.grid && <Found report={{ ...report, grid: report.grid }} />}
      {nothing && (
        <>
          <Subtitle2 as="h3">{t("recognize.nothing")}</Subtitle2>
          <Body1>{t("recognize.nothingHint")}</Body1>
          {report.ignored.length > 0 && <IgnoredSheets ignored={report.ignored} />}
        </>
      )}
      {report?.grid && !choosing && (
        <Button appearance="subtle" disabled={busy} onClick={() => setChoosing(true)}>
          {t("recognize.otherGrid")}
        </Button>
      )}
      {(nothing || choosing || state.rejectedGrid !== null) && (
        <Suspense fallback={<Loading />}>
          <GridChooser grids={grids} busy={busy} rejected={state.rejectedGrid} actions={actions} />
        </Suspense>
      )}
    </div>
  );
}
