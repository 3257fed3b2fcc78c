import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { PanelOverride } from "../../core/model/evaluation";
import { parseLooseNumber } from "../../core/text/numbers";
import { useT } from "../i18n";
import { useShared } from "./styles";

export interface OverrideFormProps {
  domain: string;
  initial: { percent: number | null; reason: string | null };
  min: number;
  max: number;
  onSave: (override: PanelOverride) => void;
  onCancel: () => void;
}

/** The chair's figure for a domain: a percentage and a mandatory reason. */
export function OverrideForm({ domain, initial, min, max, onSave, onCancel }: OverrideFormProps) {
  const { t, number } = useT();
  const styles = useShared();
  const [percent, setPercent] = useState(initial.percent === null ? "" : number(initial.percent));
  const [reason, setReason] = useState(initial.reason ?? "");
  const [tried, setTried] = useState(false);
  const value = parseLooseNumber(percent);
  const percentOk = value !== null && value >= min && value <= max;
  const reasonOk = reason.trim() !== "";

  return (
    <form
      noValidate
      className={styles.stack}
      aria-label={t("marks.overrideForm", { domain })}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (percentOk && reasonOk) onSave({ percent: value, reason: reason.trim() });
      }}
    >
      <Field
        label={t("marks.overridePercent")}
        validationState={tried && !percentOk ? "error" : "none"}
        validationMessage={tried && !percentOk ? t("marks.overridePercentInvalid", { min, max }) : undefined}
      >
        <Input aria-required inputMode="decimal" value={percent} onChange={(_, data) => setPercent(data.value)} contentAfter={<span aria-hidden>{t("marks.percentSign")}</span>} />
      </Field>
      <Field
        label={t("marks.overrideReason")}
        validationState={tried && !reasonOk ? "error" : "none"}
        validationMessage={tried && !reasonOk ? t("marks.overrideReasonMissing") : undefined}
      >
        <Textarea aria-required value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {t("marks.overrideSave")}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
