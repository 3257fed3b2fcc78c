import { Body1, Checkbox, Subtitle2, useRestoreFocusTarget } from "@fluentui/react-components";
import { EditRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { qualified } from "../../recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { CandidateReport, WorkbookReport } from "../../recognition/workbook/report";
import type { Engine } from "../engine/load";
import { BusyButton } from "../components/BusyButton";
import { CandidateName } from "../components/CandidateName";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { Data } from "../components/Data";
import { NeedsReport } from "../components/NeedsReport";
import { Notice } from "../components/Notice";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import { cellLookup, differenceKey, formulaLookup, overwrites, planWithReplacements, typedText } from "../state/plans";
import type { Pane } from "../state/usePaneState";

function Preview({ pane, engine, report, snapshot }: { pane: Pane; engine: Engine; report: WorkbookReport; snapshot: WorkbookSnapshot }) {
  const { t, text, data } = useT();
  const styles = useShared();
  const marks = useMemo(() => engine.markPlan(report, cellLookup(snapshot), formulaLookup(snapshot)), [engine, report, snapshot]);
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  // The dialog opens from this button without a DialogTrigger: focus comes back to it when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const plan = planWithReplacements(marks, replace);
  const overwriting = overwrites(plan);
  const byCell = new Map<string, CandidateReport>(report.candidates.flatMap((c) => (c.markCell ? [[`${c.markCell.sheet}!${c.markCell.address}`, c] as const] : [])));
  const busy = pane.state.busy !== null;
  const write = () => {
    setConfirming(false);
    void pane.actions.writeMarks(plan);
  };
  const toggle = (key: string, checked: boolean) => {
    const next = new Set(replace);
    if (checked) next.add(key);
    else next.delete(key);
    setReplace(next);
  };

  return (
    <div className={styles.stack}>
      <Subtitle2 as="h3">{t("write.preview")}</Subtitle2>
      {marks.plan.changes.length === 0 ? (
        <Body1>{t("write.nothingToWrite")}</Body1>
      ) : (
        <ul className={styles.list} aria-label={t("write.preview")}>
          {marks.plan.changes.map((change) =>
            change.kind === "cell" ? (
              <li key={`${change.sheet}!${change.address}`} className={styles.tight}>
                {byCell.get(`${change.sheet}!${change.address}`) && <CandidateName candidate={byCell.get(`${change.sheet}!${change.address}`)!} />}
                <span className={styles.wrap}>
                  {t("write.change", { cell: qualified(change.sheet, change.address), previous: t("common.empty"), value: typeof change.value === "number" ? change.value : String(change.value) })}
                </span>
              </li>
            ) : null,
          )}
        </ul>
      )}
      {marks.differences.length > 0 && (
        <>
          <Subtitle2 as="h3">{t("write.differences")}</Subtitle2>
          <ul className={styles.list} aria-label={t("write.differences")}>
            {marks.differences.map((d) => {
              const key = differenceKey(d);
              const cell = d.candidate.markCell ? qualified(d.candidate.markCell.sheet, d.candidate.markCell.address) : d.candidate.sheet;
              return (
                <li key={key}>
                  <Checkbox
                    checked={replace.has(key)}
                    onChange={(_, state) => toggle(key, state.checked === true)}
                    label={
                      <span className={styles.tight}>
                        <span className={styles.row}>
                          <CandidateName candidate={d.candidate} />
                          <Data>{cell}</Data>
                        </span>
                        <span>{t("write.replace", { typed: typedText(d.typed, data), proposed: d.proposed })}</span>
                      </span>
                    }
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
      {marks.skipped.length > 0 && (
        <>
          <Subtitle2 as="h3">{t("write.skipped")}</Subtitle2>
          <ul className={styles.list} aria-label={t("write.skipped")}>
            {marks.skipped.map(({ candidate, reason }, i) => (
              <li key={i} className={styles.tight}>
                <CandidateName candidate={candidate} />
                <Data className={styles.muted}>{text(reason)}</Data>
              </li>
            ))}
          </ul>
        </>
      )}
      <BusyButton
        {...restoreFocus}
        appearance="primary"
        icon={<EditRegular />}
        running={pane.state.busy === "write"}
        disabled={busy || plan.changes.length === 0}
        onClick={() => (overwriting > 0 ? setConfirming(true) : write())}
      >
        {t("write.button", { count: plan.changes.length })}
      </BusyButton>
      {pane.state.notice?.step === "write" && <Notice message={pane.state.notice.message} />}
      <ConfirmDialog
        open={confirming}
        title={t("write.confirmTitle")}
        body={t("write.confirmBody", { count: overwriting })}
        confirm={t("write.confirm")}
        onConfirm={write}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}

/** Step 5: « Écrire les notes »: preview, the differences to replace one by one, one batch. */
export function WriteStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const { report } = pane;
  const snapshot = pane.state.snapshot;
  if (!report?.grid || !snapshot || !pane.engine) return <NeedsReport />;
  if (report.grid.grid.marking?.kind !== "weighted-mean") return <Body1>{t("write.notMarking")}</Body1>;
  return <Preview pane={pane} engine={pane.engine} report={report} snapshot={snapshot} />;
}
