import { Badge, Button, Subtitle2 } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useState, type ReactNode } from "react";
import type { WorkbookReport } from "../../recognition/workbook/report";
import { useT } from "../i18n";
import type { Pane } from "../state/usePaneState";
import { LearnEntry } from "../learn/LearnEntry";
import { BusyButton } from "./BusyButton";
import { ConfidenceBadge } from "./ConfidenceBadge";
import { Data } from "./Data";
import { gridTitle } from "./gridTitle";
import { Loading } from "./Loading";
import { useFocusTarget } from "../navigation";
import { forGrid } from "../i18n/nouns";
import { useShared } from "./styles";

/** Only when recognition fails or the teacher doubts it: loaded then. */
const GridChooser = lazy(() => import(/* webpackChunkName: "grid-chooser" */ "./GridChooser").then((m) => ({ default: m.GridChooser })));

export type FoundReport = WorkbookReport & { grid: NonNullable<WorkbookReport["grid"]> };

/** One term of a recognition summary and what it says. */
export function Detail({ term, children }: { term: string; children: ReactNode }) {
  const styles = useShared();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.definition}>{children}</dd>
    </>
  );
}

/**
 * What recognition found, Excel and Word: grid, how it was read (`read`: the layout, or the document's
 * source), confidence, candidates, templates, then what the host adds (`children`: ignored sheets, the
 * reader's notes).
 */
export function RecognitionSummary({ report, read, children }: { report: FoundReport; read: { term: string; value: ReactNode }; children?: ReactNode }) {
  const { t } = useT();
  const styles = useShared();
  return (
    <dl className={styles.details}>
      <Detail term={t("recognize.grid")}>
        <Data>{gridTitle(report.grid)}</Data>
      </Detail>
      <Detail term={read.term}>{read.value}</Detail>
      <Detail term={t("recognize.confidence")}>
        <ConfidenceBadge confidence={report.confidence} />
      </Detail>
      <Detail term={t(forGrid("recognize.candidates", report.grid))}>{t(forGrid("recognize.candidateCount", report.grid), { count: report.candidates.length })}</Detail>
      {report.templates.length > 0 && (
        <Detail term={t("recognize.templates")}>
          <Data>{report.templates.join(", ")}</Data>
        </Detail>
      )}
      {children}
    </dl>
  );
}

export interface RecognizePanelProps {
  pane: Pane;
  /** What was found, when a grid was (the host's RecognitionSummary). */
  found: ReactNode;
  /** Under « nothing recognised »: the host's hint and what it adds. */
  nothing: ReactNode;
}

/**
 * Step 1's body, Excel and Word: « Reconnaître la grille », the grid imposed by the teacher if any, what
 * was found or why nothing was, and the grid chooser when nothing was found, the teacher asks for another
 * grid, or a custom grid was rejected.
 */
export function RecognizePanel({ pane, found, nothing }: RecognizePanelProps) {
  const { t } = useT();
  const styles = useShared();
  const { state, report, grids, actions } = pane;
  const [choosing, setChoosing] = useState(false);
  const result = useFocusTarget<HTMLDivElement>(pane, "recognition");
  const busy = state.busy !== null;
  const none = report !== null && report.grid === null;

  return (
    <div className={styles.stack}>
      <BusyButton appearance={pane.primary === "recognize" ? "primary" : "secondary"} icon={<SearchRegular />} running={state.busy === "recognize" || state.busy === "load-grid"} disabled={busy} onClick={() => void actions.recognise()}>
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
      {report && (
        // Focus lands here after « Reconnaître la grille »: what was found is read first.
        <div ref={result} tabIndex={-1} className={styles.stack}>
          {report.grid && found}
          {none && (
            <>
              <Subtitle2 as="h3">{t("recognize.nothing")}</Subtitle2>
              {nothing}
            </>
          )}
        </div>
      )}
      {report?.grid && !choosing && (
        <Button appearance="subtle" disabled={busy} onClick={() => setChoosing(true)}>
          {t("recognize.otherGrid")}
        </Button>
      )}
      {(none || choosing || state.rejectedGrid !== null) && (
        <Suspense fallback={<Loading />}>
          <GridChooser grids={grids} fileGrids={pane.fileGrids} busy={busy} rejected={state.rejectedGrid} actions={actions} />
        </Suspense>
      )}
      <LearnEntry pane={pane} />
    </div>
  );
}
