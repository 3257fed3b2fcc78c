import { Body1, Checkbox, Subtitle2, useRestoreFocusTarget } from "@fluentui/react-components";
import { EditRegular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import type { MarkPlan } from "../../recognition/plans/marks";
import type { PlanChange } from "../../recognition/plans/plan";
import { qualified } from "../../recognition/snapshot/cells";
import type { CandidateReport, WorkbookReport } from "../../recognition/workbook/report";
import { useT } from "../i18n";
import type { StepId } from "../state/reducer";
import { differenceKey, overwrites, planWithReplacements, typedText } from "../state/plans";
import type { Pane } from "../state/usePaneState";
import { BusyButton } from "./BusyButton";
import { CandidateName } from "./CandidateName";
import { ConfirmDialog } from "./ConfirmDialog";
import { Data } from "./Data";
import { Notice } from "./Notice";
import { useShared } from "./styles";

type CellChange = Extract<PlanChange, { kind: "cell" }>;

export interface WritePreviewProps {
  pane: Pane;
  report: WorkbookReport;
  marks: MarkPlan;
  /** The step whose notice shows under the write button. */
  step: StepId;
  /** The preview's heading, also the accessible name of its list. */
  title: string;
  /** Said instead of the list when there is nothing to write. */
  empty: string;
  /** What one planned change reads (« Note : (vide) → 14 »), knowing whose mark it is. */
  describe: (change: CellChange, candidate: CandidateReport | undefined) => string;
  /** A test id on each change's text. */
  changeTestId?: string;
  /** The confirmation's body before marks the teacher typed are replaced. */
  confirmBody: (count: number) => string;
  /**
   * Where a mark goes, after its change and after its difference (Word: a button that selects it). Without
   * it, the mark cell is named inside each difference's label instead (Excel).
   */
  place?: (at: string) => ReactNode;
}

/**
 * The write steps' body, Excel and Word: the marks to write, the typed marks that differ (each replaced
 * only when its box is ticked), the candidates skipped and why, one write button that asks first when
 * anything would be overwritten.
 */
export function WritePreview({ pane, report, marks, step, title, empty, describe, changeTestId, confirmBody, place }: WritePreviewProps) {
  const { t, text, data } = useT();
  const styles = useShared();
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  // The dialog opens from the write button without a DialogTrigger: focus comes back to it when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const plan = planWithReplacements(marks, replace);
  const overwriting = overwrites(plan);
  const busy = pane.state.busy !== null;
  const byCell = new Map<string, CandidateReport>(report.candidates.flatMap((c) => (c.markCell ? [[qualified(c.markCell.sheet, c.markCell.address), c] as const] : [])));
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
      <Subtitle2 as="h3">{title}</Subtitle2>
      {marks.plan.changes.length === 0 ? (
        <Body1>{empty}</Body1>
      ) : (
        <ul className={styles.list} aria-label={title}>
          {marks.plan.changes.map((change) => {
            if (change.kind !== "cell") return null;
            const at = qualified(change.sheet, change.address);
            const candidate = byCell.get(at);
            return (
              <li key={at} className={styles.tight}>
                {candidate && <CandidateName candidate={candidate} />}
                <span className={styles.wrap} data-testid={changeTestId}>
                  {describe(change, candidate)}
                </span>
                {place?.(at)}
              </li>
            );
          })}
        </ul>
      )}
      {marks.differences.length > 0 && (
        <>
          <Subtitle2 as="h3">{t("write.differences")}</Subtitle2>
          <ul className={styles.list} aria-label={t("write.differences")}>
            {marks.differences.map((d) => {
              const key = differenceKey(d);
              const at = d.candidate.markCell ? qualified(d.candidate.markCell.sheet, d.candidate.markCell.address) : null;
              return (
                <li key={key} className={place ? styles.tight : undefined}>
                  <Checkbox
                    checked={replace.has(key)}
                    onChange={(_, state) => toggle(key, state.checked === true)}
                    label={
                      <span className={styles.tight}>
                        {place ? (
                          <CandidateName candidate={d.candidate} />
                        ) : (
                          <span className={styles.row}>
                            <CandidateName candidate={d.candidate} />
                            <Data>{at ?? d.candidate.sheet}</Data>
                          </span>
                        )}
                        <span>{t("write.replace", { typed: typedText(d.typed, data), proposed: d.proposed })}</span>
                      </span>
                    }
                  />
                  {place && at && place(at)}
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
        appearance={pane.primary === step ? "primary" : "secondary"}
        icon={<EditRegular />}
        running={pane.state.busy === "write"}
        disabled={busy || plan.changes.length === 0}
        onClick={() => (overwriting > 0 ? setConfirming(true) : write())}
      >
        {t("write.button", { count: plan.changes.length })}
      </BusyButton>
      {pane.state.notice?.step === step && <Notice message={pane.state.notice.message} />}
      <ConfirmDialog
        open={confirming}
        title={t("write.confirmTitle")}
        body={confirmBody(overwriting)}
        confirm={t("write.confirm")}
        onConfirm={write}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
