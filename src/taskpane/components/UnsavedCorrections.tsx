import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useT } from "../i18n";
import { pendingCorrections } from "../state/reducer";
import type { Pane } from "../state/usePaneState";

/**
 * Asked when the teacher moves away from corrections of the recognition not yet saved (recognise again,
 * another grid, another sheet, the step closed): save them, discard them, or stay. « Annuler » (stay) has
 * the focus: nothing is dropped by Enter pressed by habit. Shown while
 * `state.leaving`; it opens without a trigger, so it gives focus back itself to what had it.
 */
export function UnsavedCorrections({ pane }: { pane: Pane }) {
  const { t } = useT();
  const { state, actions } = pane;
  const [previous] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      requestAnimationFrame(() => previous?.isConnected && previous.focus());
    },
    [previous],
  );
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : void actions.settleLeave("stay"))}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("binding.leaveTitle")}</DialogTitle>
          <DialogContent>{t("binding.leaveBody", { count: pendingCorrections(state) })}</DialogContent>
          <DialogActions>
            {/* First, so that it is the one Fluent's dialog focuses when it opens. */}
            <Button appearance="secondary" onClick={() => void actions.settleLeave("stay")}>
              {t("common.cancel")}
            </Button>
            <Button appearance="secondary" onClick={() => void actions.settleLeave("discard")}>
              {t("binding.leaveDiscard")}
            </Button>
            <Button appearance="primary" onClick={() => void actions.settleLeave("save")}>
              {t("binding.leaveSave")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
