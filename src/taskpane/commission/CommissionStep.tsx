import { Body1, Field, Link, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentAddRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { BusyButton } from "../components/BusyButton";
import { NeedsReport } from "../components/NeedsReport";
import { useShared } from "../components/styles";
import { dataLocale, useT } from "../i18n";
import type { Pane } from "../state/usePaneState";

type Work = "download" | "insert";

/**
 * « Fiches pour la commission »: every candidate's filled official grid with Grille's box apart. In
 * Excel, one .docx for the class, built here and downloaded (nothing leaves the machine); in Word, the
 * sheets inserted one after another at the end of the document, each on its own page.
 */
export function CommissionStep({ pane }: { pane: Pane }) {
  const { t, locale } = useT();
  const styles = useShared();
  const { report, state, actions, hostKind, describe } = pane;
  const [running, setRunning] = useState<Work | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [ready, setReady] = useState<{ url: string; file: string } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => () => (ready ? URL.revokeObjectURL(ready.url) : undefined), [ready]);
  if (!report?.grid) return <NeedsReport />;
  const grid = report.grid.grid;
  const incomplete = report.candidates.filter((c) => !c.assessment.complete).length;

  const run = async (work: Work) => {
    setRunning(work);
    setFailed(null);
    try {
      // The builders (and JSZip) load on the first click: opening the step stays light.
      const { buildSheets, commissionBlob, download, insertPlan } = await import(/* webpackChunkName: "commission-build" */ "./build");
      const sheets = await buildSheets(report, dataLocale(locale), describe, (done, total) => setProgress({ done, total }));
      if (work === "insert") {
        await actions.insertGrid(insertPlan(sheets, state.document?.layout.sheets[0]?.name ?? "Document"));
        return;
      }
      const file = t("commission.fileName", { grid: grid.epreuve?.code ?? grid.id });
      const blob = await commissionBlob(sheets, `${grid.title} — ${file}`);
      setReady({ url: download(blob, file, ready?.url ?? null), file });
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(null);
      setProgress(null);
    }
  };
  const busy = running !== null || state.busy !== null;

  return (
    <div className={styles.stack} data-testid="commission">
      <Body1>{t("commission.intro")}</Body1>
      <Body1>{t("commission.count", { count: report.candidates.length })}</Body1>
      {incomplete > 0 && <Body1>{t("commission.incomplete", { count: incomplete })}</Body1>}
      <BusyButton appearance="primary" icon={<ArrowDownloadRegular />} running={running === "download"} disabled={busy || report.candidates.length === 0} onClick={() => void run("download")}>
        {t("commission.download")}
      </BusyButton>
      {hostKind === "word" && (
        <Field hint={t("commission.insertHint")}>
          <BusyButton icon={<DocumentAddRegular />} running={running === "insert"} disabled={busy || report.candidates.length === 0} onClick={() => void run("insert")}>
            {t("commission.insert")}
          </BusyButton>
        </Field>
      )}
      {progress && (
        <Field label={t("commission.progress")} hint={t("commission.progressCount", { done: progress.done, total: progress.total })}>
          <ProgressBar value={progress.total === 0 ? 1 : progress.done / progress.total} />
        </Field>
      )}
      {ready && !running && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("commission.ready", { file: ready.file })}{" "}
            <Link href={ready.url} download={ready.file}>
              {t("commission.downloadAgain", { file: ready.file })}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {failed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("commission.failed")} {failed}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
