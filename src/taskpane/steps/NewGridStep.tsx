import { Body1, Field, Subtitle2, Textarea } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { BusyButton } from "../components/BusyButton";
import { Data } from "../components/Data";
import { ErrorBar } from "../components/ErrorBar";
import { gridTitle } from "../components/gridTitle";
import { GridDropdown } from "../components/GridDropdown";
import { StepNotice } from "../components/Notice";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import { takenSheetNames, type Pane } from "../state/usePaneState";

const namesOf = (text: string): string[] => text.split(/\r?\n/).map((n) => n.trim()).filter((n) => n !== "");

/**
 * « Nouvelle grille » (start of the year): sheets of a built-in grid, one per candidate or a blank one.
 * The preview says what will be added; a name a sheet already has is refused, never suffixed; the form
 * clears once the sheets are added.
 */
export function NewGridStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const styles = useShared();
  const { state, grids, actions, engine } = pane;
  const [gridId, setGridId] = useState<string | null>(null);
  const [text, setText] = useState("");
  const names = useDeferredValue(useMemo(() => namesOf(text), [text]));
  const grid = grids.find((g) => g.grid.id === gridId);
  const snapshot = state.snapshot;
  const taken = snapshot ? takenSheetNames(names, snapshot.sheets.map((s) => s.name)) : [];
  const sheetNames = useMemo(() => {
    if (!grid || !engine) return [];
    const plan = engine.newGridPlan(grid, { candidates: names, existingSheets: snapshot?.sheets.map((s) => s.name) ?? [], existingNames: snapshot?.names.map((n) => n.name) ?? [] });
    return plan.changes.flatMap((c) => (c.kind === "sheet" ? [c.sheet.name] : []));
  }, [engine, grid, names, snapshot]);
  const busy = state.busy !== null;
  const added = state.notice?.step === "new-grid" ? state.notice : null;
  useEffect(() => {
    // Sheets added: the form starts again empty, for the next class.
    if (added) {
      setText("");
      setGridId(null);
    }
  }, [added]);

  return (
    <div className={styles.stack}>
      <GridDropdown grids={grids} label={t("newGrid.grid")} placeholder={t("newGrid.placeholder")} chosen={gridId} onChoose={setGridId} />
      <Field
        label={t("newGrid.names")}
        hint={t("newGrid.namesHint")}
        validationState={taken.length > 0 ? "error" : "none"}
        validationMessage={taken.length > 0 ? t("newGrid.taken", { names: taken.join(", "), count: taken.length }) : undefined}
      >
        <Textarea value={text} onChange={(_, data) => setText(data.value)} rows={4} resize="vertical" />
      </Field>
      {grid && taken.length === 0 && (
        <>
          <Body1>{t("newGrid.willAdd", { count: sheetNames.length, grid: gridTitle(grid) })}</Body1>
          <Subtitle2 as="h3">{t("newGrid.preview", { count: sheetNames.length })}</Subtitle2>
          <ul className={styles.list} aria-label={t("newGrid.preview", { count: sheetNames.length })}>
            {sheetNames.map((name) => (
              <li key={name}>
                <Data>{name}</Data>
              </li>
            ))}
          </ul>
        </>
      )}
      {!grid && <Body1>{t("newGrid.chooseFirst")}</Body1>}
      <BusyButton
        appearance="primary"
        icon={<AddRegular />}
        running={state.busy === "new-grid"}
        disabled={busy || !grid || taken.length > 0}
        onClick={() => gridId && void actions.addNewGrid(gridId, namesOf(text))}
      >
        {t("newGrid.add")}
      </BusyButton>
      {state.error?.step === "new-grid" && <ErrorBar error={state.error} onDismiss={actions.dismissError} />}
      <StepNotice pane={pane} step="new-grid" />
    </div>
  );
}
