import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useId, useRef, useState } from "react";
import type { CompiledGrid } from "../../core/model/compile";
import { useT } from "../i18n";
import type { PaneActions } from "../state/usePaneState";
import { Data } from "./Data";
import { gridTitle } from "./gridTitle";
import { useShared } from "./styles";

export interface GridChooserProps {
  grids: readonly CompiledGrid[];
  busy: boolean;
  rejected: { fileName: string; errors: string[] } | null;
  actions: Pick<PaneActions, "chooseBuiltInGrid" | "loadCustomGrid">;
}

/** Imposes a grid: one of the built-in grids, or the teacher's own JSON file (its errors listed). */
export function GridChooser({ grids, busy, rejected, actions }: GridChooserProps) {
  const { t } = useT();
  const styles = useShared();
  const [chosen, setChosen] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const errorsId = useId();
  const chosenGrid = grids.find((g) => g.grid.id === chosen);

  return (
    <div className={styles.stack}>
      <Field label={t("recognize.builtIn")}>
        <Dropdown
          clearButton={{ "aria-label": t("common.clear") }}
          placeholder={t("recognize.builtInPlaceholder")}
          selectedOptions={chosen ? [chosen] : []}
          value={chosenGrid ? gridTitle(chosenGrid) : ""}
          onOptionSelect={(_, data) => setChosen(data.optionValue ?? null)}
          disabled={busy}
          {...(chosenGrid ? { "data-i18n-exempt": "" } : {})}
        >
          {grids.map((g) => (
            <Option key={g.grid.id} value={g.grid.id} text={gridTitle(g)}>
              <Data>{gridTitle(g)}</Data>
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button appearance="primary" disabled={busy || chosen === null} onClick={() => chosen && void actions.chooseBuiltInGrid(chosen)}>
        {t("recognize.useGrid")}
      </Button>
      <input
        ref={file}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t("recognize.customFile")}
        onChange={(event) => {
          const picked = event.target.files?.[0];
          event.target.value = "";
          if (picked) void actions.loadCustomGrid(picked);
        }}
      />
      <Button icon={<DocumentArrowUpRegular />} disabled={busy} onClick={() => file.current?.click()} aria-describedby={rejected ? errorsId : undefined}>
        {t("recognize.custom")}
      </Button>
      {rejected && (
        <div id={errorsId} role="alert" className={styles.tight}>
          <span>{t("recognize.rejected", { name: rejected.fileName, count: rejected.errors.length })}</span>
          <ul className={styles.numbered}>
            {rejected.errors.map((error, i) => (
              <li key={i} className={styles.wrap}>
                <Data>{error}</Data>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
