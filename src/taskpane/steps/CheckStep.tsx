import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Switch, mergeClasses } from "@fluentui/react-components";
import { useState } from "react";
import { CandidateName, CandidatePlace } from "../components/CandidateName";
import { FindingList } from "../components/FindingList";
import { NeedsReport } from "../components/NeedsReport";
import { StatusBadge } from "../components/StatusBadge";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import { forGrid } from "../i18n/nouns";
import { candidateKey, visibleCandidates } from "../state/selectors";
import type { Pane } from "../state/usePaneState";

/** Step 3: « Vérifier »: each candidate's findings; a finding selects its cell (in Word, its table cell or paragraph, described). */
export function CheckStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const styles = useShared();
  const [onlyIncomplete, setOnlyIncomplete] = useState(false);
  const report = pane.report;
  if (!report?.grid) return <NeedsReport />;
  const complete = report.candidates.filter((c) => c.assessment.complete).length;
  const shown = visibleCandidates(report.candidates, onlyIncomplete);

  return (
    <div className={styles.stack}>
      <Body1>{t(forGrid("check.summary", report.grid), { count: complete, total: report.candidates.length })}</Body1>
      <Switch label={t("check.onlyIncomplete")} checked={onlyIncomplete} onChange={(_, data) => setOnlyIncomplete(data.checked)} />
      {shown.length === 0 ? (
        <Body1>{t(forGrid(report.candidates.length === 0 ? "check.noCandidate" : "check.allComplete", report.grid))}</Body1>
      ) : (
        <Accordion multiple collapsible>
          {shown.map((candidate) => {
            const findings = candidate.assessment.findings;
            return (
              <AccordionItem key={candidateKey(candidate)} value={candidateKey(candidate)}>
                <AccordionHeader as="h3" size="small">
                  <span className={styles.tight}>
                    <span className={styles.row}>
                      <CandidateName candidate={candidate} />
                      <StatusBadge complete={candidate.assessment.complete} />
                    </span>
                    <span className={mergeClasses(styles.row, styles.muted)}>
                      {pane.hostKind === "word" ? <span>{t("check.inDocument", { place: candidate.sheets.join(", ") })}</span> : <CandidatePlace candidate={candidate} />}
                      <span>{t("check.findingCount", { count: findings.length })}</span>
                    </span>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <FindingList findings={findings} label={t("check.findingsOf", { name: candidate.name ?? candidate.sheet })} onSelect={(at) => void pane.actions.select(at)} describe={pane.describe} />
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </div>
  );
}
