import { Body1, Subtitle2, useRestoreFocusTarget } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { qualified } from "../../recognition/snapshot/cells";
import { useT } from "../i18n";
import type { Pane } from "../state/usePaneState";
import { BusyButton } from "./BusyButton";
import { ConfirmDialog } from "./ConfirmDialog";
import { placeText } from "./place";
import { useShared } from "./styles";

/**
 * « Annuler la dernière écriture »: what the last write of marks replaced is kept in the document until
 * the next write; this puts it back through the normal write path: the list of cells in the
 * confirmation (preview), the teacher's consent, one batch, refused whole if a cell changed since.
 */
export function UndoLastWrite({ pane }: { pane: Pane }) {
  const { t, number } = useT();
  const styles = useShared();
  const [confirming, setConfirming] = useState(false);
  const restoreFocus = useRestoreFocusTarget();
  const last = pane.state.lastWrite;
  if (!last) return null;
  const shown = (value: string | number | boolean | null) => (value === null || value === "" ? t("common.empty") : typeof value === "number" ? number(value) : String(value));
  const where = (sheet: string, address: string) => {
    const at = qualified(sheet, address);
    return pane.describe ? pane.describe(at) : placeText(t, at);
  };
  const items = last.cells.map((c) => t("undo.change", { place: where(c.sheet, c.address), written: shown(c.written), previous: shown(c.previous) }));
  const undo = () => {
    setConfirming(false);
    void pane.actions.undoLastWrite();
  };
  return (
    <section className={styles.tight} aria-label={t("undo.title")}>
      <Subtitle2 as="h3">{t("undo.title")}</Subtitle2>
      <Body1>{t("undo.summary", { count: last.cells.length })}</Body1>
      <BusyButton {...restoreFocus} icon={<ArrowUndoRegular />} running={pane.state.busy === "undo"} disabled={pane.state.busy !== null} onClick={() => setConfirming(true)}>
        {t("undo.button")}
      </BusyButton>
      <ConfirmDialog
        open={confirming}
        title={t("undo.confirmTitle")}
        body={t("undo.confirmBody")}
        items={items}
        listLabel={t("undo.title")}
        confirm={t("undo.confirm")}
        onConfirm={undo}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
