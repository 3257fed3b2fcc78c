import { Body1, Field, ProgressBar, useRestoreFocusTarget } from "@fluentui/react-components";
import { TableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { BusyButton } from "../components/BusyButton";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { NeedsReport } from "../components/NeedsReport";
import { StepNotice } from "../components/Notice";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import { useFocusTarget } from "../navigation";
import { forGrid } from "../i18n/nouns";
import type { Pane } from "../state/usePaneState";

/** Step 6: « Synthèse de la classe »: one row per candidate in a sheet, prepared then applied. */
export function SynthesisStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const styles = useShared();
  const [confirming, setConfirming] = useState(false);
  // The dialog opens from « Remplacer la synthèse » without a DialogTrigger: focus comes back to it when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const applyButton = useFocusTarget<HTMLButtonElement>(pane, "synthesis-preview");
  const { state, actions, report } = pane;
  if (!report) return <NeedsReport />;
  const busy = state.busy !== null;
  const change = state.synthesis?.changes[0];
  const sheet = change?.kind === "sheet" ? change : null;
  const apply = () => {
    setConfirming(false);
    void actions.applySynthesis();
  };

  return (
    <div className={styles.stack}>
      <Body1>{t(forGrid("synthesis.intro", report.grid))}</Body1>
      <BusyButton appearance={pane.primary === "synthesis" && !sheet ? "primary" : "secondary"} icon={<TableRegular />} running={state.busy === "synthesis"} disabled={busy} onClick={() => void actions.prepareSynthesis()}>
        {t("synthesis.prepare")}
      </BusyButton>
      {state.busy === "synthesis" && state.progress && (
        <Field label={t("synthesis.progress")} hint={t(forGrid("synthesis.progressCount", report.grid), { done: state.progress.done, total: state.progress.total })}>
          <ProgressBar value={state.progress.total === 0 ? 1 : state.progress.done / state.progress.total} />
        </Field>
      )}
      {sheet && (
        <>
          <Body1>{t(sheet.replaces ? "synthesis.willReplace" : "synthesis.willCreate", { sheet: sheet.sheet.name })}</Body1>
          <Body1>{t(forGrid("recognize.candidateCount", report.grid), { count: report.candidates.length })}</Body1>
          <BusyButton {...restoreFocus} ref={applyButton} appearance="primary" running={state.busy === "apply-synthesis"} disabled={busy} onClick={() => (sheet.replaces ? setConfirming(true) : apply())}>
            {t(sheet.replaces ? "synthesis.applyReplace" : "synthesis.apply")}
          </BusyButton>
          <ConfirmDialog
            open={confirming}
            title={t("synthesis.confirmTitle", { sheet: sheet.sheet.name })}
            body={t("synthesis.confirmBody")}
            confirm={t("synthesis.applyReplace")}
            onConfirm={apply}
            onCancel={() => setConfirming(false)}
          />
        </>
      )}
      <StepNotice pane={pane} step="synthesis" />
    </div>
  );
}
