import { Body1, Checkbox, Subtitle2, useRestoreFocusTarget } from "@fluentui/react-components";
import { EditRegular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import type { MarkPlan } from "../../recognition/plans/marks";
import type { PlanChange } from "../../recognition/plans/plan";
import { qualified } from "../../recognition/snapshot/cells";
import type { CandidateReport, WorkbookReport } from "../../recognition/workbook/report";
import { useT } from "../i18n";
import type { StepId } from "../state/reducer";
import { differenceKey, overwrites, planWithChoices, splitIncomplete, typedText } from "../state/plans";
import { candidateKey } from "../state/selectors";
import type { Pane } from "../state/usePaneState";
import { BusyButton } from "./BusyButton";
import { CandidateName } from "./CandidateName";
import { ConfirmDialog } from "./ConfirmDialog";
import { Data } from "./Data";
import { StepNotice } from "./Notice";
import { placeUnderName } from "./place";
import { StatusBadge } from "./StatusBadge";
import { UndoLastWrite } from "./UndoLastWrite";
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
 * The write steps' body, Excel and Word: the marks to write, the marks of incomplete grids (apart,
 * unticked, with why), the typed marks that differ (each replaced only when its box is ticked), the
 * candidates skipped and why, one write button that asks first, naming whose mark changes, when anything
 * would be overwritten or an incomplete grid's mark written; then « Annuler la dernière écriture ».
 */
export function WritePreview({ pane, report, marks, step, title, empty, describe, changeTestId, confirmBody, place }: WritePreviewProps) {
  const { t, text, data, number } = useT();
  const styles = useShared();
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const [include, setInclude] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  // The dialog opens from the write button without a DialogTrigger: focus comes back to it when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const { ready, incomplete } = splitIncomplete(marks, report);
  const plan = planWithChoices(marks, report, replace, include);
  const overwriting = overwrites(plan);
  const included = incomplete.filter((i) => include.has(candidateKey(i.candidate)));
  const nameOf = (candidate: CandidateReport) => candidate.name ?? t("candidate.unnamed");
  const valueText = (value: unknown) => (typeof value === "number" ? number(value) : String(value));
  // The confirmation names whose mark changes: each replaced typed mark, each incomplete grid's mark.
  const who = [
    ...marks.differences
      .filter((d) => replace.has(differenceKey(d)))
      .map((d) => t("write.confirmReplace", { name: nameOf(d.candidate), previous: typedText(d.typed, data), value: number(d.proposed) })),
    ...included.map((i) => t("write.confirmIncomplete", { name: nameOf(i.candidate), previous: t("common.empty"), value: valueText(i.change.value) })),
  ];
  const busy = pane.state.busy !== null;
  const byCell = new Map<string, CandidateReport>(report.candidates.flatMap((c) => (c.markCell ? [[qualified(c.markCell.sheet, c.markCell.address), c] as const] : [])));
  const write = () => {
    setConfirming(false);
    void pane.actions.writeMarks(plan);
  };
  const toggle = (set: ReadonlySet<string>, apply: (next: ReadonlySet<string>) => void) => (key: string, checked: boolean) => {
    const next = new Set(set);
    if (checked) next.add(key);
    else next.delete(key);
    apply(next);
  };
  const toggleReplace = toggle(replace, setReplace);
  const toggleInclude = toggle(include, setInclude);

  return (
    <div className={styles.stack}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {ready.length === 0 ? (
        <Body1>{empty}</Body1>
      ) : (
        <ul className={styles.list} aria-label={title}>
          {ready.map((change) => {
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
      {incomplete.length > 0 && (
        <>
          <Subtitle2 as="h3">{t("write.incomplete")}</Subtitle2>
          <ul className={styles.list} aria-label={t("write.incomplete")}>
            {incomplete.map(({ candidate, change, reasons }) => {
              const key = candidateKey(candidate);
              const at = qualified(change.sheet, change.address);
              return (
                <li key={key} className={styles.tight}>
                  <Checkbox
                    checked={include.has(key)}
                    onChange={(_, state) => toggleInclude(key, state.checked === true)}
                    label={
                      <span className={styles.tight}>
                        <span className={styles.row}>
                          <CandidateName candidate={candidate} />
                          <StatusBadge complete={false} />
                        </span>
                        <span>{t("write.incompleteChange", { value: valueText(change.value) })}</span>
                        {reasons.map((reason, i) => (
                          <Data key={i} className={styles.muted}>
                            {text(reason)}
                          </Data>
                        ))}
                      </span>
                    }
                  />
                  {place?.(at)}
                </li>
              );
            })}
          </ul>
        </>
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
                    onChange={(_, state) => toggleReplace(key, state.checked === true)}
                    label={
                      <span className={styles.tight}>
                        {place ? (
                          <CandidateName candidate={d.candidate} />
                        ) : (
                          <span className={styles.row}>
                            <CandidateName candidate={d.candidate} />
                            <Data>{at ? placeUnderName(t, at, d.candidate.name) : d.candidate.sheet}</Data>
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
        onClick={() => (who.length > 0 ? setConfirming(true) : write())}
      >
        {t("write.button", { count: plan.changes.length })}
      </BusyButton>
      <StepNotice pane={pane} step={step} />
      <UndoLastWrite pane={pane} />
      <ConfirmDialog
        open={confirming}
        title={t(overwriting > 0 ? "write.confirmTitle" : "write.confirmIncompleteTitle")}
        body={overwriting > 0 ? confirmBody(overwriting) : t("write.incomplete")}
        items={who}
        listLabel={t("write.confirmWho")}
        confirm={t("write.confirm")}
        onConfirm={write}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
