import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Body1, Caption1, Subtitle2, mergeClasses } from "@fluentui/react-components";
import { qualified } from "../../recognition/snapshot/cells";
import { typedMark } from "../state/next";
import { forGrid } from "../i18n/nouns";
import type { CompiledGrid } from "../../core/model/compile";
import type { EvaluationResult } from "../../core/marking/result";
import type { CandidateReport } from "../../recognition/workbook/report";
import { CandidateName } from "../components/CandidateName";
import { CopyRecord, recordFileName } from "../components/CopyRecord";
import { CoverageTable } from "../components/CoverageTable";
import { Data } from "../components/Data";
import { DomainFigures } from "../components/DomainFigures";
import { placeText } from "../components/place";
import { NeedsReport } from "../components/NeedsReport";
import { useShared } from "../components/styles";
import { useT, type Translator } from "../i18n";
import { cellLookup } from "../state/plans";
import { candidateKey } from "../state/selectors";
import type { Pane } from "../state/usePaneState";

/** The result in a few words: « 15 / 20 », « 35 / 37 compétences », « Commission : 74,44 % · 56,67 % · 76,67 % ». */
export function resultSummary(result: EvaluationResult | null, t: Translator["t"]): string {
  if (!result) return t("marks.noMarking");
  switch (result.kind) {
    case "mark":
      if (result.absent) return t("marks.absent");
      return result.value === null ? t("marks.incomplete") : t("marks.value", { value: result.value, max: result.max });
    case "coverage":
      return t("marks.coverage", { practised: result.practised, total: result.total });
    case "domains": {
      const figures = result.panel.map((p) => (p.percent === null ? t("marks.notRated") : t("common.percent", { value: p.percent })));
      return t("marks.panelFigure", { value: figures.join(" · ") });
    }
  }
}

function CandidateResult({ grid, candidate, pane }: { grid: CompiledGrid; candidate: CandidateReport; pane: Pane }) {
  const { t, text } = useT();
  const styles = useShared();
  const result = candidate.assessment.result;
  const engine = pane.engine;
  return (
    <div className={styles.stack}>
      {pane.hostKind !== "word" && engine && (
        <CopyRecord
          name={candidate.name ?? t("candidate.unnamed")}
          fileName={recordFileName(grid.grid.id, candidate.name)}
          json={() => JSON.stringify(engine.evaluationExport(grid.grid.id, candidate.name, candidate.evaluation, engine.proposedMarkOf(result)), null, 2)}
        />
      )}
      {result?.kind === "coverage" && <CoverageTable grid={grid} result={result} name={candidate.name ?? candidate.sheet} itemName={(item) => pane.engine?.itemShortName(grid, item) ?? item.id} />}
      {result?.kind === "domains" && (
        <DomainFigures
          grid={grid}
          result={result}
          current={engine?.currentSynthesis(candidate) ?? { figures: {}, comment: null, chair: null }}
          plan={(input) => engine!.panelSynthesisPlan(pane.report!, candidate, input, cellLookup(pane.state.snapshot!), { existingSheets: pane.state.snapshot!.sheets.map((s) => s.name), container: pane.hostKind === "word" ? "document" : "workbook" })}
          write={(plan) => void pane.actions.writePanelSynthesis(plan)}
          busy={pane.state.busy !== null}
          inDocument={pane.hostKind === "word"}
          placeOf={(sheet, address) => pane.describe?.(qualified(sheet, address)) ?? placeText(t, qualified(sheet, address))}
        />
      )}
      {result && result.trace.length > 0 && (
        <>
          <Subtitle2 as="h4">{t("marks.trace")}</Subtitle2>
          <ol className={styles.numbered} aria-label={t("marks.trace")}>
            {result.trace.map((step, i) => (
              <li key={i} className={styles.wrap}>
                <Data>{text(step)}</Data>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** Where a candidate is in the workbook: their mark cell, else their row, else their sheet's first cell. */
function whereIs(candidate: CandidateReport): string {
  if (candidate.markCell) return qualified(candidate.markCell.sheet, candidate.markCell.address);
  return qualified(candidate.sheet, `A${candidate.row ?? 1}`);
}

/**
 * Step 4: « Note proposée »: each candidate's result with its trace; the CQP chair's synthesis; PFMP coverage; in a
 * workbook, « Copier la fiche » (the candidate's evaluation, for the Word pane).
 */
export function MarksStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const styles = useShared();
  const report = pane.report;
  if (!report?.grid) return <NeedsReport />;
  const grid = report.grid;
  const note = grid.grid.marking?.note;
  return (
    <div className={styles.stack}>
      {note && (
        <Caption1 className={styles.muted}>
          <Data>{note}</Data>
        </Caption1>
      )}
      {report.candidates.length === 0 ? (
        <Body1>{t(forGrid("check.noCandidate", grid))}</Body1>
      ) : (
        <Accordion
          multiple
          collapsible
          onToggle={(_, data) => {
            // Opening a candidate shows their sheet (their mark cell, or their row) in the workbook.
            const candidate = report.candidates.find((c) => candidateKey(c) === data.value);
            const opened = (data.openItems as unknown[]).includes(data.value);
            if (candidate && opened && pane.hostKind !== "word") void pane.actions.select(whereIs(candidate));
          }}
        >
          {report.candidates.map((candidate) => {
            const typed = typedMark(report, candidate);
            const warned = candidate.assessment.findings.some((f) => f.severity === "warning");
            return (
              <AccordionItem key={candidateKey(candidate)} value={candidateKey(candidate)}>
                <AccordionHeader as="h3" size="small">
                  <span className={mergeClasses(styles.row, styles.wrap)}>
                    <CandidateName candidate={candidate} />
                    <strong>{resultSummary(candidate.assessment.result, t)}</strong>
                    {typed !== null && <span className={styles.muted}>{t("marks.typed", { value: typed })}</span>}
                    {warned && (
                      <Badge appearance="tint" shape="rounded" color="warning">
                        {t("marks.toCheck")}
                      </Badge>
                    )}
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <CandidateResult grid={grid} candidate={candidate} pane={pane} />
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </div>
  );
}
