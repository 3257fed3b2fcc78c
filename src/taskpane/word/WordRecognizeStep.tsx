import { Body1 } from "@fluentui/react-components";
import { Data } from "../components/Data";
import { Detail, RecognitionSummary, RecognizePanel } from "../components/RecognizePanel";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import type { Pane } from "../state/usePaneState";

/** Step 1 in Word: « Reconnaître la grille » on the open document (its tables, fields and content controls); what was found, with how it was read and the reader's notes. */
export function WordRecognizeStep({ pane }: { pane: Pane }) {
  const { t, text } = useT();
  const styles = useShared();
  const { report } = pane;
  const recognition = pane.state.document;
  const notes = recognition?.layout.notes ?? [];
  return (
    <RecognizePanel
      pane={pane}
      found={
        report?.grid &&
        recognition && (
          <RecognitionSummary report={{ ...report, grid: report.grid }} read={{ term: t("wordRecognize.source"), value: t(`wordRecognize.source.${recognition.source}`) }}>
            {notes.length > 0 && (
              <Detail term={t("wordRecognize.notes")}>
                <ul className={styles.list}>
                  {notes.map((note, i) => (
                    <li key={i}>
                      <Data>{text(note)}</Data>
                    </li>
                  ))}
                </ul>
              </Detail>
            )}
          </RecognitionSummary>
        )
      }
      nothing={<Body1>{t("wordRecognize.nothingHint")}</Body1>}
    />
  );
}
