import { Body1, Button } from "@fluentui/react-components";
import { LocationRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { documentCell, documentMarkPlan, type DocumentRecognition } from "../../recognition/document/recognize";
import type { MarkPlan } from "../../recognition/plans/marks";
import { cellText } from "../../recognition/snapshot/cells";
import type { CandidateReport, WorkbookReport } from "../../recognition/workbook/report";
import { Data } from "../components/Data";
import { NeedsReport } from "../components/NeedsReport";
import { useShared } from "../components/styles";
import { WritePreview } from "../components/WritePreview";
import { useT } from "../i18n";
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
  const { t, number } = useT();
  const marks: MarkPlan = useMemo(() => documentMarkPlan({ ...recognition, report }), [recognition, report]);
  const outOf = (candidate: CandidateReport | undefined, value: number) => {
    const result = candidate?.assessment.result;
    return result?.kind === "mark" ? t("marks.value", { value, max: result.max }) : number(value);
  };
  return (
    <WritePreview
      pane={pane}
      report={report}
      marks={marks}
      step="write-mark"
      title={t("wordWrite.preview", { count: marks.plan.changes.length })}
      empty={t("wordWrite.nothingToWrite")}
      describe={(change, candidate) => {
        const value = typeof change.value === "number" ? outOf(candidate, change.value) : String(change.value);
        return t("wordWrite.change", { label: candidate ? markLabel(recognition, report, candidate, change.sheet) : "", previous: t("common.empty"), value });
      }}
      changeTestId="word-write-change"
      confirmBody={(count) => t("wordWrite.confirmBody", { count })}
      place={(at) => <Place pane={pane} at={at} recognition={recognition} />}
    />
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
