import { Body1 } from "@fluentui/react-components";
import type { WorkbookReport } from "../../recognition/workbook/report";
import { Data } from "../components/Data";
import { Detail, RecognitionSummary, RecognizePanel } from "../components/RecognizePanel";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import type { Pane } from "../state/usePaneState";

/** The sheets recognition left aside, each with why. */
function IgnoredSheets({ ignored }: { ignored: WorkbookReport["ignored"] }) {
  const { text } = useT();
  return (
    <ul className={useShared().list}>
      {ignored.map((i) => (
        <li key={i.sheet}>
          <Data>
            {i.sheet} ({text(i.reason)})
          </Data>
        </li>
      ))}
    </ul>
  );
}

/** Step 1: « Reconnaître la grille »: what was found (grid, layout, confidence, candidates, templates, ignored sheets). */
export function RecognizeStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const { report } = pane;
  return (
    <RecognizePanel
      pane={pane}
      found={
        report?.grid && (
          <RecognitionSummary report={{ ...report, grid: report.grid }} read={{ term: t("recognize.layout"), value: t(`layout.${report.layout}`) }}>
            {report.ignored.length > 0 && (
              <Detail term={t("recognize.ignored")}>
                <IgnoredSheets ignored={report.ignored} />
              </Detail>
            )}
          </RecognitionSummary>
        )
      }
      nothing={
        <>
          <Body1>{t("recognize.nothingHint")}</Body1>
          {report && report.ignored.length > 0 && <IgnoredSheets ignored={report.ignored} />}
        </>
      }
    />
  );
}
