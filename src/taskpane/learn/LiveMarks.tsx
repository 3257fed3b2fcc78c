import { Badge, Body1, Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { compileGrid } from "../../core/model/compile";
import { parseGridFile } from "../../core/model/parse";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import { recognizeWorkbook } from "../../recognition/workbook/recognize";
import { Data } from "../components/Data";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import type { Draft } from "./draft";

const useStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  errors: { color: tokens.colorPaletteRedForeground1 },
});

export interface LiveMark {
  key: string;
  name: string;
  proposed: number | null;
  file: number | null;
}

/** Every filled copy marked with the grid being edited, beside the total the file holds (its mark cell). */
export function liveMarks(snapshot: WorkbookSnapshot, draft: Draft): { ok: true; marks: LiveMark[] } | { ok: false; errors: string[] } {
  const parsed = parseGridFile(draft);
  if (!parsed.ok) return parsed;
  const grid = compileGrid(parsed.value);
  const report = recognizeWorkbook(snapshot, { forcedGrid: grid });
  const markId = grid.markField?.id;
  return {
    ok: true,
    marks: report.candidates.map((c) => {
      const result = c.assessment.result;
      const typed = markId === undefined ? undefined : c.evaluation.fields[markId]?.value;
      return {
        key: `${c.sheet}#${c.row ?? ""}`,
        name: c.name ?? c.sheet,
        proposed: result?.kind === "mark" ? result.value : null,
        file: typeof typed === "number" ? typed : null,
      };
    }),
  };
}

const same = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) <= 0.01;

/** « Notes proposées et totaux du fichier »: recomputed from the draft at every edit. */
export function LiveMarks({ snapshot, draft }: { snapshot: WorkbookSnapshot; draft: Draft }) {
  const { t, number } = useT();
  const styles = useStyles();
  const shared = useShared();
  const headingId = useId();
  const live = useMemo(() => liveMarks(snapshot, draft), [snapshot, draft]);
  const withTotals = live.ok ? live.marks.filter((m) => m.file !== null) : [];
  const matching = withTotals.filter((m) => same(m.proposed, m.file)).length;
  const show = (value: number | null) => (value === null ? "—" : number(value));

  return (
    <section className={shared.tight} aria-labelledby={headingId} data-testid="learn-marks">
      <Subtitle2 as="h4" id={headingId}>
        {t("learn.marks")}
      </Subtitle2>
      <Caption1 className={shared.muted}>{t("learn.marksHint")}</Caption1>
      {!live.ok && (
        <div role="alert" className={styles.errors}>
          <Body1>{t("learn.invalid")}</Body1>
          <ul className={shared.numbered}>
            {live.errors.map((e, i) => (
              <li key={i}>
                <Data>{e}</Data>
              </li>
            ))}
          </ul>
        </div>
      )}
      {live.ok && live.marks.length === 0 && <Body1>{t("learn.noCandidate")}</Body1>}
      {live.ok && live.marks.length > 0 && (
        <>
          {withTotals.length > 0 && (
            <Body1 role="status" data-testid="learn-matching">
              {t("learn.matching", { count: matching, total: withTotals.length })}
            </Body1>
          )}
          <Table size="extra-small" className={styles.table} aria-labelledby={headingId}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("learn.candidate")}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t("learn.proposed")}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t("learn.fileTotal")}</TableHeaderCell>
                <TableHeaderCell>{t("learn.same")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {live.marks.map((m) => (
                <TableRow key={m.key} data-testid="learn-mark-row">
                  <TableCell>
                    <Data>{m.name}</Data>
                  </TableCell>
                  <TableCell className={styles.number}>
                    <Data data-testid="learn-proposed">{show(m.proposed)}</Data>
                  </TableCell>
                  <TableCell className={styles.number}>
                    <Data>{show(m.file)}</Data>
                  </TableCell>
                  <TableCell>
                    {m.file !== null && (
                      <Badge appearance="tint" size="small" color={same(m.proposed, m.file) ? "success" : "danger"}>
                        {same(m.proposed, m.file) ? t("learn.equal") : t("learn.different")}
                      </Badge>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
