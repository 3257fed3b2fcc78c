import { Badge, Body1, Button, Subtitle2 } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useState } from "react";
import type { DocumentRecognition } from "../../recognition/document/recognize";
import type { WorkbookReport } from "../../recognition/workbook/report";
import { BusyButton } from "../components/BusyButton";
import { ConfidenceBadge } from "../components/ConfidenceBadge";
import { Data } from "../components/Data";
import { gridTitle } from "../components/gridTitle";
import { Loading } from "../components/Loading";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import type { Pane } from "../state/usePaneState";

const GridChooser = lazy(() => import(/* webpackChunkName: "grid-chooser" */ "../components/GridChooser").then((m) => ({ default: m.GridChooser })));

/** What recognition found in the document: grid, how it was read, confidence, candidates, the reader's notes. */
function Found({ report, recognition }: { report: WorkbookReport & { grid: NonNullable<WorkbookReport["grid"]> }; recognition: DocumentRecognition }) {
  const { t, text } = useT();
  const styles = useShared();
  const notes = recognition.layout.notes;
  return (
    <dl className={styles.details}>
      <dt className={styles.term}>{t("recognize.grid")}</dt>
      <dd className={styles.definition}>
        <Data>{gridTitle(report.grid)}</Data>
      </dd>
      <dt className={styles.term}>{t("wordRecognize.source")}</dt>
      <dd className={styles.definition}>{t(`wordRecognize.source.${recognition.source}`)}</dd>
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
      {notes.length > 0 && (
        <>
          <dt className={styles.term}>{t("wordRecognize.notes")}</dt>
          <dd className={styles.definition}>
            <ul className={styles.list}>
              {notes.map((note, i) => (
                <li key={i}>
                  <Data>{text(note)}</Data>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

/** Step 1 in Word: « Reconnaître la grille » on the open document (its tables, fields and content controls). */
export function WordRecognizeStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const styles = useShared();
  const { state, report, grids, actions } = pane;
  const [choosing, setChoosing] = useState(false);
  const busy = state.busy !== null;
  const recognition = state.document;
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
      {report?.grid && recognition && <Found report={{ ...report, grid: report.grid }} recognition={recognition} />}
      {nothing && (
        <>
          <Subtitle2 as="h3">{t("recognize.nothing")}</Subtitle2>
          <Body1>{t("wordRecognize.nothingHint")}</Body1>
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
