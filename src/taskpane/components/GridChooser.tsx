import { Button } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useId, useRef, useState } from "react";
import type { CompiledGrid } from "../../core/model/compile";
import { useT } from "../i18n";
import type { PaneActions } from "../state/usePaneState";
import { JsonFileInput, RejectedFile } from "./JsonFile";
import { GridDropdown } from "./GridDropdown";
import { useShared } from "./styles";

export interface GridChooserProps {
  grids: readonly CompiledGrid[];
  /** The grids stored in the file (learned, or a variant), listed after the built-in ones. */
  fileGrids?: readonly CompiledGrid[];
  busy: boolean;
  rejected: { fileName: string; errors: string[] } | null;
  actions: Pick<PaneActions, "chooseBuiltInGrid" | "loadCustomGrid">;
}

/** Imposes a grid: one of the built-in grids, one stored in the file, or the teacher's own JSON file (its errors listed). */
export function GridChooser({ grids, fileGrids = [], busy, rejected, actions }: GridChooserProps) {
  const { t } = useT();
  const styles = useShared();
  const [chosen, setChosen] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const errorsId = useId();

  return (
    <div className={styles.stack}>
      <GridDropdown grids={grids} fileGrids={fileGrids} label={t("recognize.builtIn")} placeholder={t("recognize.builtInPlaceholder")} chosen={chosen} onChoose={setChosen} disabled={busy} />
      <Button appearance="primary" disabled={busy || chosen === null} onClick={() => chosen && void actions.chooseBuiltInGrid(chosen)}>
        {t("recognize.useGrid")}
      </Button>
      <JsonFileInput ref={file} label={t("recognize.customFile")} onPick={(picked) => void actions.loadCustomGrid(picked)} />
      <Button icon={<DocumentArrowUpRegular />} disabled={busy} onClick={() => file.current?.click()} aria-describedby={rejected ? errorsId : undefined}>
        {t("recognize.custom")}
      </Button>
      {rejected && <RejectedFile id={errorsId} summary={t("recognize.rejected", { name: rejected.fileName, count: rejected.errors.length })} errors={rejected.errors} />}
    </div>
  );
}
