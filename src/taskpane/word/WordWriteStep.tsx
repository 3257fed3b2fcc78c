import { Body1, Button, Checkbox, Subtitle2, useRestoreFocusTarget } from "@fluentui/react-components";
import { EditRegular, LocationRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { documentCell, documentMarkPlan, type DocumentRecognition } from "../../recognition/document/recognize";
import type { MarkPlan } from "../../recognition/plans/marks";
import { cellText, qualified } from "../../recognition/snapshot/cells";
import type { CandidateReport, WorkbookReport } from "../../recognition/workbook/report";
import { BusyButton } from "../components/BusyButton";
import { CandidateName } from "../components/CandidateName";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { Data } from "../components/Data";
import { NeedsReport } from "../components/NeedsReport";
import { Notice } from "../components/Notice";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import { differenceKey, overwrites, planWithReplacements, typedText } from "../state/plans";
import type { Pane } from "../state/usePaneState";

/** What the teacher reads before the mark's place: the label of the field as typed in the document (« Note sur 20 … : »). */
function markLabel(recognition: DocumentRecognition, report: WorkbookReport, candidate: CandidateReport, sheet: string): string {
  const field = report.grid?.markField;
  const bound = field ? report.bindings.find((b) => b.sheet === sheet)?.fields[field.id] : undefined;
  const typed = bound ? documentCell(recognition.snapshot)(sheet, bound.label) : null;
  const label = typed === null ? "" : cellText(typed).replace(/\s+/g, " ").trim();
  if (label !== "") return label;
  return field ? `${field.label} :` : candidate.sheet;
}

/** The place of a pseudo-sheet cell in the document, as a button that selects it there. */
function Place({ pane, at, recognition }: { pane: Pane; at: string; recognition: DocumentRecognition }) {
  const { data } = useT();
  const styles = useShared();
  const place = pane.describe?.(at) ?? recognition.layout.describe(at)[data];
  return (
    <Button appearance="subtle" size="small" icon={<LocationRegular />} className={styles.rowButton} onClick={() => void pane.actions.select(at)}>
      <Data>{place}</Data>
    </Button>
  );
}

function Preview({ pane, recognition, report }: { pane: Pane; recognition: DocumentRecognition; report: WorkbookReport }) {
  const { t, text, data, number } = useT();
  const styles = useShared();
  const marks: MarkPlan = useMemo(() => documentMarkPlan({ ...recognition, report }), [recognition, report]);
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  // The dialog opens from the write button without a DialogTrigger: focus comes back to it when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const plan = planWithReplacements(marks, replace);
  const overwriting = overwrites(plan);
  const busy = pane.state.busy !== null;
  const byCell = new Map<string, CandidateReport>(report.candidates.flatMap((c) => (c.markCell ? [[qualified(c.markCell.sheet, c.markCell.address), c] as const] : [])));
  const outOf = (candidate: CandidateReport | undefined, value: number) => {
    const result = candidate?.assessment.result;
    return result?.kind === "mark" ? t("marks.value", { value, max: result.max }) : number(value);
  };
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
      <Subtitle2 as="h3">{t("wordWrite.preview", { count: marks.plan.changes.length })}</Subtitle2>
      {marks.plan.changes.length === 0 ? (
        <Body1>{t("wordWrite.nothingToWrite")}</Body1>
      ) : (
        <ul className={styles.list} aria-label={t("wordWrite.preview", { count: marks.plan.changes.length })}>
          {marks.plan.changes.map((change) => {
            if (change.kind !== "cell") return null;
            const at = qualified(change.sheet, change.address);
            const candidate = byCell.get(at);
            const value = typeof change.value === "number" ? outOf(candidate, change.value) : String(change.value);
            return (
              <li key={at} className={styles.tight}>
                {candidate && <CandidateName candidate={candidate} />}
                <span className={styles.wrap} data-testid="word-write-change">
                  {t("wordWrite.change", { label: candidate ? markLabel(recognition, report, candidate, change.sheet) : "", previous: t("common.empty"), value })}
                </span>
                <Place pane={pane} at={at} recognition={recognition} />
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
                <li key={key} className={styles.tight}>
                  <Checkbox
                    checked={replace.has(key)}
                    onChange={(_, state) => toggle(key, state.checked === true)}
                    label={
                      <span className={styles.tight}>
                        <CandidateName candidate={d.candidate} />
                        <span>{t("write.replace", { typed: typedText(d.typed, data), proposed: d.proposed })}</span>
                      </span>
                    }
                  />
                  {at && <Place pane={pane} at={at} recognition={recognition} />}
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
      {pane.state.notice?.step === "write-mark" && <Notice message={pane.state.notice.message} />}
      <ConfirmDialog
        open={confirming}
        title={t("write.confirmTitle")}
        body={t("wordWrite.confirmBody", { count: overwriting })}
        confirm={t("write.confirm")}
        onConfirm={write}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}

/**
 * Step « Écrire la note » in Word: each proposed mark into its place in the document (« Note sur 20 … :
 * ……… / 20 », or a tagged cell), previewed as « Note : (vide) → 14,5 / 20 »; a different mark typed
 * by the teacher is replaced only when its box is ticked, after a confirmation.
 */
export function WordWriteStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const { report } = pane;
  const recognition = pane.state.document;
  if (!report?.grid || !recognition) return <NeedsReport />;
  if (report.grid.grid.marking?.kind !== "weighted-mean") return <Body1>{t("write.notMarking")}</Body1>;
  return <Preview pane={pane} recognition={recognition} report={report} />;
}
