import { Body1, Field, Subtitle2, Textarea } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useDeferredValue, useMemo, useState } from "react";
import { BusyButton } from "../components/BusyButton";
import { Data } from "../components/Data";
import { GridDropdown } from "../components/GridDropdown";
import { StepNotice } from "../components/Notice";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import type { Pane } from "../state/usePaneState";

const namesOf = (text: string): string[] => text.split(/\r?\n/).map((n) => n.trim()).filter((n) => n !== "");

/** Step 7: « Nouvelle grille »: sheets of a built-in grid, one per candidate or a blank one. */
export function NewGridStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const styles = useShared();
  const { state, grids, actions, engine } = pane;
  const [gridId, setGridId] = useState<string | null>(null);
  const [text, setText] = useState("");
  const names = useDeferredValue(useMemo(() => namesOf(text), [text]));
  const grid = grids.find((g) => g.grid.id === gridId);
  const snapshot = state.snapshot;
  const sheetNames = useMemo(() => {
    if (!grid || !engine) return [];
    const plan = engine.newGridPlan(grid, { candidates: names, existingSheets: snapshot?.sheets.map((s) => s.name) ?? [], existingNames: snapshot?.names.map((n) => n.name) ?? [] });
    return plan.changes.flatMap((c) => (c.kind === "sheet" ? [c.sheet.name] : []));
  }, [engine, grid, names, snapshot]);
  const busy = state.busy !== null;

  return (
    <div className={styles.stack}>
      <GridDropdown grids={grids} label={t("newGrid.grid")} placeholder={t("newGrid.placeholder")} chosen={gridId} onChoose={setGridId} />
      <Field label={t("newGrid.names")} hint={t("newGrid.namesHint")}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} rows={4} resize="vertical" />
      </Field>
      {grid && (
        <>
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
        disabled={busy || !grid}
        onClick={() => gridId && void actions.addNewGrid(gridId, namesOf(text))}
      >
        {t("newGrid.add")}
      </BusyButton>
      <StepNotice pane={pane} step="new-grid" />
    </div>
  );
}
