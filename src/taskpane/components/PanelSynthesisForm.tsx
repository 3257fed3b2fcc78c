import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { parseLooseNumber } from "../../core/text/numbers";
import type { SynthesisInput } from "../../recognition/plans/panel-synthesis";
import { useT } from "../i18n";
import { useShared } from "./styles";

export interface PanelSynthesisFormProps {
  domains: { groupId: string; label: string }[];
  initial: SynthesisInput;
  min: number;
  max: number;
  onPreview: (input: SynthesisInput) => void;
  onCancel: () => void;
}

/**
 * The chair's synthesis (CQP): per domain the percentage the jury agreed (prefilled with the members'
 * mean, which is only a proposal) and an optional reason, one synthesis comment, the chair's name.
 */
export function PanelSynthesisForm({ domains, initial, min, max, onPreview, onCancel }: PanelSynthesisFormProps) {
  const { t, number } = useT();
  const styles = useShared();
  const [percents, setPercents] = useState(() => Object.fromEntries(domains.map((d) => [d.groupId, initial.figures[d.groupId]?.percent == null ? "" : number(initial.figures[d.groupId]!.percent!)])));
  const [reasons, setReasons] = useState(() => Object.fromEntries(domains.map((d) => [d.groupId, initial.figures[d.groupId]?.reason ?? ""])));
  const [comment, setComment] = useState(initial.comment ?? "");
  const [chair, setChair] = useState(initial.chair ?? "");
  const [tried, setTried] = useState(false);
  const parsed = (groupId: string): number | null | "invalid" => {
    const raw = percents[groupId] ?? "";
    if (raw.trim() === "") return null;
    const value = parseLooseNumber(raw);
    return value !== null && value >= min && value <= max ? value : "invalid";
  };
  const valid = domains.every((d) => parsed(d.groupId) !== "invalid");

  return (
    <form
      noValidate
      className={styles.stack}
      aria-label={t("panelSynthesis.form")}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!valid) return;
        const figures = Object.fromEntries(domains.map((d) => [d.groupId, { percent: parsed(d.groupId) as number | null, reason: reasons[d.groupId]?.trim() || null }]));
        onPreview({ figures, comment: comment.trim() || null, chair: chair.trim() || null });
      }}
    >
      {domains.map((domain) => {
        const bad = tried && parsed(domain.groupId) === "invalid";
        return (
          <div key={domain.groupId} className={styles.stack}>
            <Field
              label={t("panelSynthesis.percent", { domain: domain.label })}
              validationState={bad ? "error" : "none"}
              validationMessage={bad ? t("panelSynthesis.percentInvalid", { min, max }) : undefined}
            >
              <Input
                inputMode="decimal"
                value={percents[domain.groupId] ?? ""}
                onChange={(_, data) => setPercents((p) => ({ ...p, [domain.groupId]: data.value }))}
                contentAfter={<span aria-hidden>{t("marks.percentSign")}</span>}
              />
            </Field>
            <Field label={t("panelSynthesis.reasonField", { domain: domain.label })}>
              <Input value={reasons[domain.groupId] ?? ""} onChange={(_, data) => setReasons((r) => ({ ...r, [domain.groupId]: data.value }))} />
            </Field>
          </div>
        );
      })}
      <Field label={t("panelSynthesis.commentField")}>
        <Textarea value={comment} onChange={(_, data) => setComment(data.value)} resize="vertical" />
      </Field>
      <Field label={t("panelSynthesis.chairField")}>
        <Input value={chair} onChange={(_, data) => setChair(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {t("panelSynthesis.preview")}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
