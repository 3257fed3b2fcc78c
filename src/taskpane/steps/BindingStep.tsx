import { Badge, Caption1, Checkbox, Dropdown, Field, Option, Subtitle2, ToggleButton } from "@fluentui/react-components";
import { LinkRegular, SaveRegular } from "@fluentui/react-icons";
import type { CompiledGrid } from "../../core/model/compile";
import { qualified } from "../../recognition/snapshot/cells";
import type { SheetBinding } from "../../recognition/sheet/binding";
import { BusyButton } from "../components/BusyButton";
import { ConfidenceBadge } from "../components/ConfidenceBadge";
import { ErrorBar } from "../components/ErrorBar";
import { Data } from "../components/Data";
import { NeedsReport } from "../components/NeedsReport";
import { StepNotice } from "../components/Notice";
import { useShared } from "../components/styles";
import type { Engine } from "../engine/load";
import { useState } from "react";
import { useT } from "../i18n";
import { useFocusTarget } from "../navigation";
import { columnName, itemCell, sheetsBuiltLike, type BindingTarget } from "../state/rebind";
import { currentBindings, pendingCorrections } from "../state/reducer";
import type { Pane } from "../state/usePaneState";

/** One bound element: where it is (a cell, or a column in a table) and how sure Grille is. */
interface Row {
  target: BindingTarget;
  name: string;
  /** The cell or column shown; null when not found. */
  place: { cell: string; column: boolean } | null;
  confidence: number;
}

function itemRows(engine: Engine, grid: CompiledGrid, binding: SheetBinding): Row[] {
  return grid.grid.items.map((item) => {
    const bound = binding.items[item.id];
    const column = binding.table?.itemColumns[item.id];
    const place = binding.table
      ? column === undefined ? null : { cell: columnName(column), column: true }
      : bound ? { cell: itemCell(bound), column: false } : null;
    return { target: { kind: "item", id: item.id }, name: engine.itemLabel(grid, item), place, confidence: bound?.confidence ?? 0 };
  });
}

function fieldRows(grid: CompiledGrid, binding: SheetBinding): Row[] {
  return grid.grid.fields.map((field) => {
    const bound = binding.fields[field.id];
    const column = binding.table?.fieldColumns[field.id];
    const place = binding.table
      ? column === undefined ? null : { cell: columnName(column), column: true }
      : bound ? { cell: bound.value, column: false } : null;
    return { target: { kind: "field", id: field.id }, name: field.label, place, confidence: bound?.confidence ?? (column === undefined ? 0 : 1) };
  });
}

function RowList({ rows, sheet, chosen, onChoose, label }: { rows: Row[]; sheet: string; chosen: BindingTarget | null; onChoose: (target: BindingTarget, location: string | null) => void; label: string }) {
  const { t } = useT();
  const styles = useShared();
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.map((row) => {
        const pressed = chosen?.kind === row.target.kind && chosen.id === row.target.id;
        const location = row.place && !row.place.column ? qualified(sheet, row.place.cell) : null;
        return (
          <li key={`${row.target.kind}:${row.target.id}`}>
            <ToggleButton appearance="subtle" checked={pressed} className={styles.rowButton} onClick={() => onChoose(row.target, location)}>
              <span className={styles.tight}>
                <Data className={styles.wrap}>{row.name}</Data>
                <span className={styles.row}>
                  {row.place ? (
                    row.place.column ? <span>{t("binding.column", { column: row.place.cell })}</span> : <Data>{row.place.cell}</Data>
                  ) : null}
                  {row.place ? <ConfidenceBadge confidence={row.confidence} /> : <Badge appearance="tint" color="danger">{t("binding.missing")}</Badge>}
                </span>
              </span>
            </ToggleButton>
          </li>
        );
      })}
    </ul>
  );
}

/** Step 2: « Vérifier la liaison »: where each item and field is, corrected by the teacher and saved. */
export function BindingStep({ pane }: { pane: Pane }) {
  const { t, text } = useT();
  const styles = useShared();
  const { state, actions } = pane;
  // The sheets built alike get the same correction unless the teacher unticks it.
  const [toAlike, setToAlike] = useState(true);
  const errorRef = useFocusTarget<HTMLDivElement>(pane, "error");
  const grid = state.report?.grid;
  if (!state.report || !grid || !pane.engine) return <NeedsReport />;
  const bindings = currentBindings(state);
  const binding = bindings.find((b) => b.sheet === state.bindingSheet) ?? bindings[0];
  if (!binding) return <NeedsReport />;
  const busy = state.busy !== null;
  const edits = pendingCorrections(state);
  const alike = sheetsBuiltLike(state.report.bindings, binding.sheet);
  const choose = (target: BindingTarget, location: string | null) => void actions.chooseBindingTarget(target, location);

  return (
    <div className={styles.stack}>
      <Field label={t("binding.sheet")}>
        <Dropdown clearButton={{ "aria-label": t("common.clear") }} value={binding.sheet} selectedOptions={[binding.sheet]} onOptionSelect={(_, data) => data.optionValue && actions.chooseBindingSheet(data.optionValue)} data-i18n-exempt="">
          {bindings.map((b) => (
            <Option key={b.sheet} value={b.sheet} text={b.sheet}>
              <Data>{b.sheet}</Data>
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.row}>
        <span>{t(binding.layout === "row-per-candidate" ? "binding.tableLayout" : "binding.sheetLayout")}</span>
        <ConfidenceBadge confidence={binding.confidence} />
      </div>
      <Caption1 className={styles.muted}>{t("binding.hint")}</Caption1>
      <Subtitle2 as="h3">{t("binding.items")}</Subtitle2>
      <RowList rows={itemRows(pane.engine, grid, binding)} sheet={binding.sheet} chosen={state.bindingTarget} onChoose={choose} label={t("binding.items")} />
      {grid.grid.fields.length > 0 && (
        <>
          <Subtitle2 as="h3">{t("binding.fields")}</Subtitle2>
          <RowList rows={fieldRows(grid, binding)} sheet={binding.sheet} chosen={state.bindingTarget} onChoose={choose} label={t("binding.fields")} />
        </>
      )}
      {binding.notes.length > 0 && (
        <ul className={styles.numbered} aria-label={t("binding.notes")}>
          {binding.notes.map((note, i) => (
            <li key={i}>
              <Data>{text(note)}</Data>
            </li>
          ))}
        </ul>
      )}
      {alike.length > 0 && <Checkbox checked={toAlike} onChange={(_, data) => setToAlike(data.checked === true)} label={t("binding.alike", { count: alike.length })} />}
      <BusyButton icon={<LinkRegular />} running={state.busy === "rebind"} disabled={busy || state.bindingTarget === null} onClick={() => void actions.rebindToSelection(toAlike ? alike : [])}>
        {t("binding.rebind")}
      </BusyButton>
      {state.error?.step === "binding" && (
        <div ref={errorRef} tabIndex={-1}>
          <ErrorBar error={state.error} onDismiss={actions.dismissError} />
        </div>
      )}
      {edits > 0 && <Caption1>{t("binding.edited", { count: edits })}</Caption1>}
      <BusyButton appearance={edits > 0 ? "primary" : "secondary"} icon={<SaveRegular />} running={state.busy === "save-binding"} disabled={busy} onClick={() => void actions.saveBinding()}>
        {t("binding.save")}
      </BusyButton>
      <StepNotice pane={pane} step="binding" />
    </div>
  );
}

