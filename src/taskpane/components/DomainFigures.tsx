import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { EditRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useState } from "react";
import type { CompiledGrid } from "../../core/model/compile";
import type { DomainResult } from "../../core/marking/result";
import type { SynthesisInput, SynthesisWritePlan } from "../../recognition/plans/panel-synthesis";
import type { WritePlan } from "../../recognition/plans/plan";
import { useT } from "../i18n";
import { BusyButton } from "./BusyButton";
import { Data } from "./Data";
import { Loading } from "./Loading";
import { useShared } from "./styles";

/** The chair's synthesis form, loaded when the chair first opens it. */
const PanelSynthesisForm = lazy(() => import(/* webpackChunkName: "panel-synthesis-form" */ "./PanelSynthesisForm").then((m) => ({ default: m.PanelSynthesisForm })));

const useStyles = makeStyles({
  domain: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  agreed: { fontWeight: tokens.fontWeightSemibold },
});

export interface DomainFiguresProps {
  grid: CompiledGrid;
  result: DomainResult;
  /** The synthesis as the file holds it (the agreed figures, else the means), to fill the form. */
  current: SynthesisInput;
  /** The plan that writes a synthesis into the workbook (its « Grille de synthèse », or a new one). */
  plan: (input: SynthesisInput) => SynthesisWritePlan;
  write: (plan: WritePlan) => void;
  busy: boolean;
  /** A Word document: the synthesis is said to be in the document, not in a workbook. */
  inDocument: boolean;
  /** A changed cell as the teacher finds it (« Synthèse, cellule C12 », « tableau 2, ligne 5 »). */
  placeOf: (sheet: string, address: string) => string;
}

/**
 * CQP: per domain the jury's agreed figure (read from the file's « Grille de synthèse ») or the members'
 * mean as Grille's proposal, each member's figure, the synthesis comment and chair; the chair writes the
 * synthesis into the file through a previewed plan, so it survives reopening.
 */
export function DomainFigures({ grid, result, current, plan, write, busy, inDocument, placeOf }: DomainFiguresProps) {
  const { t, text } = useT();
  const shared = useShared();
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [preview, setPreview] = useState<SynthesisWritePlan | null>(null);
  const scale = grid.grid.scale.kind === "percent" ? grid.grid.scale : { min: 0, max: 100 };
  const pct = (value: number | null | undefined) => (value === null || value === undefined ? t("marks.notRated") : t("common.percent", { value }));
  const synthesis = result.synthesis;

  return (
    <div className={shared.stack}>
      {result.provisional && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("panelSynthesis.provisional")}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={shared.list} aria-label={t("marks.domains")}>
        {result.panel.map((domain, g) => (
          <li key={domain.groupId} className={styles.domain}>
            <Subtitle2 as="h4">
              <Data>{domain.label}</Data>
            </Subtitle2>
            {domain.overridden && <span className={styles.agreed}>{t("panelSynthesis.agreed", { value: pct(domain.percent) })}</span>}
            <span>{t("panelSynthesis.mean", { value: pct(domain.mean) })}</span>
            {domain.reason && <Caption1>{t("panelSynthesis.reason", { reason: domain.reason })}</Caption1>}
            <ul className={shared.list} aria-label={t("marks.assessors")}>
              {result.assessors.map((assessor, i) => (
                <li key={i}>
                  <Caption1>{t("marks.assessorFigure", { name: assessor.name ?? t("marks.assessorUnnamed", { number: i + 1 }), value: pct(assessor.groups[g]?.percent) })}</Caption1>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {synthesis ? (
        <>
          <Caption1>{t(inDocument ? "panelSynthesis.whereDocument" : "panelSynthesis.where", { sheet: synthesis.sheet ?? "" })}</Caption1>
          {synthesis.comment && <Body1>{t("panelSynthesis.comment", { comment: synthesis.comment })}</Body1>}
          {synthesis.chair && <Body1>{t("panelSynthesis.chair", { name: synthesis.chair })}</Body1>}
        </>
      ) : (
        <Caption1>{t(inDocument ? "panelSynthesis.noneDocument" : "panelSynthesis.none")}</Caption1>
      )}
      {!editing && (
        <div className={shared.row}>
          <Button size="small" icon={<EditRegular />} onClick={() => setEditing(true)}>
            {t("panelSynthesis.edit")}
          </Button>
        </div>
      )}
      {editing && preview === null && (
        <Suspense fallback={<Loading />}>
          <PanelSynthesisForm
            domains={result.panel.map((d) => ({ groupId: d.groupId, label: d.label }))}
            initial={current}
            min={scale.min}
            max={scale.max}
            onPreview={(input) => setPreview(plan(input))}
            onCancel={() => setEditing(false)}
          />
        </Suspense>
      )}
      {preview && (
        <section aria-label={t("panelSynthesis.previewTitle")} className={shared.stack}>
          <Subtitle2 as="h4">{t("panelSynthesis.previewTitle")}</Subtitle2>
          {preview.refusal ? (
            <Body1 role="alert">{text(preview.refusal)}</Body1>
          ) : preview.changes.length === 0 ? (
            <Body1>{t(inDocument ? "panelSynthesis.nothingDocument" : "panelSynthesis.nothing")}</Body1>
          ) : (
            <ul className={shared.list}>
              {preview.changes.map((change, i) => (
                <li key={i} className={shared.wrap}>
                  <Data>{change.kind === "cell" ? t("panelSynthesis.change", { place: placeOf(change.sheet, change.address), reason: text(change.reason) }) : change.kind === "sheet" ? t("panelSynthesis.newSheet", { sheet: change.sheet.name }) : ""}</Data>
                </li>
              ))}
            </ul>
          )}
          <div className={shared.row}>
            <BusyButton
              appearance="primary"
              running={busy}
              disabled={preview.changes.length === 0}
              onClick={() => {
                write(preview);
                setPreview(null);
                setEditing(false);
              }}
            >
              {t(inDocument ? "panelSynthesis.writeDocument" : "panelSynthesis.write")}
            </BusyButton>
            <Button onClick={() => setPreview(null)}>{t("common.cancel")}</Button>
          </div>
        </section>
      )}
    </div>
  );
}
