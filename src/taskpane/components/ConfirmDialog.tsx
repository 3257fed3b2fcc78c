import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useT } from "../i18n";
import { Data } from "./Data";
import { useShared } from "./styles";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  /** What changes, one line each (« Chloé Lefebvre : 13 → 15 »), under `listLabel`. */
  items?: readonly string[];
  listLabel?: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before something already in the document is replaced. The safe button, « Annuler », has the
 * focus: Enter pressed by habit changes nothing. The dialog traps focus and gives it back on closing.
 */
export function ConfirmDialog({ open, title, body, items, listLabel, confirm, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useT();
  const styles = useShared();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.stack}>
            <span>{body}</span>
            {items && items.length > 0 && (
              <ul className={styles.numbered} aria-label={listLabel}>
                {items.map((item, i) => (
                  <li key={i}>
                    <Data>{item}</Data>
                  </li>
                ))}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            {/* First, so that it is the one Fluent's dialog focuses when it opens. */}
            <Button appearance="secondary" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
            <Button appearance="primary" onClick={onConfirm}>
              {confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
