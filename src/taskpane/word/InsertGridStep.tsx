import { Body1, Button, Field, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { DocumentArrowUpRegular, TableAddRegular, ClipboardPasteRegular } from "@fluentui/react-icons";
import { useId, useMemo, useRef, useState } from "react";
import type { CompiledGrid } from "../../core/model/compile";
import { parseEvaluationExport, type EvaluationExportResult } from "../../recognition/document/evaluation-export";
import { recordEvaluation } from "../../recognition/document/record-mark";
import { fillWordTable, gridWordTable, wordTableParts, type WordTable } from "../../recognition/document/word-table";
import type { WritePlan } from "../../recognition/plans/plan";
import { BusyButton } from "../components/BusyButton";
import { ErrorBar } from "../components/ErrorBar";
import { JsonFileInput, RejectedFile } from "../components/JsonFile";
import { gridTitle } from "../components/gridTitle";
import { GridDropdown } from "../components/GridDropdown";
import { StepNotice } from "../components/Notice";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import { readText, type Pane } from "../state/usePaneState";

/** The rows the grid's tables hold in the document (its title lines go in as paragraphs). */
const tableRows = (table: WordTable): number => wordTableParts(table).reduce((n, part) => (part.kind === "table" ? n + part.last - part.first + 1 : n), 0);

type Content = "blank" | "filled";

/** A record read from a file or from pasted text, and where it came from (the file's name, or « collée »). */
interface ReadRecord {
  source: string;
  result: EvaluationExportResult;
}

/**
 * The table to insert and its heading (a Heading 1 in the document, in the grid's language): the official
 * grid, blank or filled with the record's evaluation. The table repeats the grid's full title: the
 * heading is the grid's name, « Bac Pro MCV — E33 » or « Bac Pro MCV — E33 — DUPONT Léa ».
 */
function gridToInsert(grid: CompiledGrid, record: ReadRecord | null, content: Content): { table: WordTable; heading: string } | null {
  const short = gridTitle(grid);
  if (content === "blank") return { table: gridWordTable(grid), heading: short };
  if (!record?.result.ok || record.result.value.gridId !== grid.grid.id) return null;
  const { candidate } = record.result.value;
  return { table: fillWordTable(gridWordTable(grid, { candidate }), recordEvaluation(record.result.value, grid)), heading: candidate ? `${short} — ${candidate}` : short };
}

/**
 * Step « Insérer une grille » in Word: a built-in grid inserted after the cursor's paragraph as a
 * formatted table whose level cells and fields sit in content controls tagged `grille:<grid>:<id>`, blank
 * or filled with one candidate's record (« Copier la fiche » in the Excel pane, pasted or imported as a
 * file). One plan with one insert-table change; refused when the cursor is inside a table.
 */
export function InsertGridStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const styles = useShared();
  const { grids, state, actions } = pane;
  const [gridId, setGridId] = useState<string | null>(null);
  const [content, setContent] = useState<Content>("blank");
  const [pasted, setPasted] = useState("");
  const [record, setRecord] = useState<ReadRecord | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const errorsId = useId();
  const grid = grids.find((g) => g.grid.id === gridId);
  const busy = state.busy !== null;

  const read = (value: string, source: string) => {
    const result = parseEvaluationExport(value);
    setRecord({ source, result });
    if (result.ok && grids.some((g) => g.grid.id === result.value.gridId)) setGridId(result.value.gridId);
  };

  const loaded = record?.result.ok ? record.result.value : null;
  const recordGrid = loaded ? grids.find((g) => g.grid.id === loaded.gridId) : undefined;
  const toInsert = useMemo(() => (grid ? gridToInsert(grid, record, content) : null), [grid, record, content]);
  const controls = toInsert ? toInsert.table.rows.flat().filter((c) => c.tag).length : 0;
  const sheet = state.document?.layout.sheets[0]?.name ?? "Document";
  // What was inserted last: the same grid again, at the same place, is not inserted twice by a second click.
  const [insertedFrom, setInsertedFrom] = useState<object | null>(null);
  const insertedNow = state.notice?.step === "insert-grid" && insertedFrom === toInsert;
  const insert = () => {
    if (!toInsert || insertedNow) return;
    setInsertedFrom(toInsert);
    const plan: WritePlan = { changes: [{ kind: "insert-table", sheet, table: toInsert.table, heading: toInsert.heading, position: "selection" }] };
    void actions.insertGrid(plan);
  };

  return (
    <div className={styles.stack}>
      <GridDropdown grids={grids} label={t("insert.grid")} placeholder={t("insert.placeholder")} chosen={gridId} onChoose={setGridId} disabled={busy} data-testid="insert-grid-choice" />
      <Field label={t("insert.content")}>
        <RadioGroup value={content} onChange={(_, data) => setContent(data.value === "filled" ? "filled" : "blank")} disabled={busy} data-testid="insert-content">
          <Radio value="blank" label={t("insert.blank")} />
          <Radio value="filled" label={t("insert.filled")} />
        </RadioGroup>
      </Field>
      {content === "filled" && (
        <div className={styles.stack}>
          <Body1>{t("insert.hint")}</Body1>
          <Field label={t("insert.paste")}>
            <Textarea value={pasted} onChange={(_, data) => setPasted(data.value)} rows={3} resize="vertical" data-testid="insert-record-text" />
          </Field>
          <div className={styles.row}>
            <Button icon={<ClipboardPasteRegular />} disabled={busy || pasted.trim() === ""} onClick={() => read(pasted, t("insert.pasted"))} aria-describedby={record && !record.result.ok ? errorsId : undefined}>
              {t("insert.read")}
            </Button>
            <Button icon={<DocumentArrowUpRegular />} disabled={busy} onClick={() => file.current?.click()} aria-describedby={record && !record.result.ok ? errorsId : undefined}>
              {t("insert.import")}
            </Button>
          </div>
          <JsonFileInput ref={file} label={t("insert.file")} data-testid="insert-record-file" onPick={(picked) => void readText(picked).then((value) => read(value, picked.name))} />
          {record && !record.result.ok && (
            <RejectedFile
              id={errorsId}
              summary={t("insert.rejected", { name: record.source, count: record.result.errors.length })}
              errors={record.result.errors}
              data-testid="insert-record-errors"
            />
          )}
          {loaded && !recordGrid && (
            <div role="alert" className={styles.wrap}>
              {t("insert.unknownGrid", { grid: loaded.gridId })}
            </div>
          )}
          {loaded && recordGrid && (
            <Body1 className={styles.wrap} data-testid="insert-record-loaded">
              {loaded.proposedMark
                ? t("insert.loadedMark", { name: loaded.candidate ?? t("candidate.unnamed"), grid: gridTitle(recordGrid), value: loaded.proposedMark.value, max: loaded.proposedMark.max })
                : t("insert.loaded", { name: loaded.candidate ?? t("candidate.unnamed"), grid: gridTitle(recordGrid) })}
            </Body1>
          )}
          {loaded && recordGrid && grid && loaded.gridId !== grid.grid.id && (
            <div role="alert" className={styles.wrap}>
              {t("insert.otherGrid", { record: gridTitle(recordGrid) })}
            </div>
          )}
          {!loaded && !record && <Body1 className={styles.muted}>{t("insert.needRecord")}</Body1>}
        </div>
      )}
      {!grid && <Body1>{t("insert.chooseFirst")}</Body1>}
      {toInsert && (
        <Body1 className={styles.wrap} data-testid="insert-preview">
          {t("insert.preview", { heading: toInsert.heading, rows: tableRows(toInsert.table), controls })}
        </Body1>
      )}
      <BusyButton appearance="primary" icon={<TableAddRegular />} running={state.busy === "insert-grid"} disabled={busy || !toInsert || insertedNow} onClick={insert}>
        {t("insert.button")}
      </BusyButton>
      {state.error?.step === "insert-grid" && <ErrorBar error={state.error} onDismiss={actions.dismissError} />}
      <StepNotice pane={pane} step="insert-grid" />
    </div>
  );
}
