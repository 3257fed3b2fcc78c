import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useT } from "../i18n";
import { useFocusTarget } from "../navigation";
import type { PaneMessage, StepId } from "../state/reducer";
import type { Pane } from "../state/usePaneState";

/** A success in a step (« 3 cellules écrites »). */
export function Notice({ message }: { message: PaneMessage }) {
  const { t } = useT();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>{t(message.key, message.params)}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * The notice of a step's last success, where the step shows it; it takes keyboard focus when it appears
 * (the pressed button may have gone or be unavailable now), so focus follows the result.
 */
export function StepNotice({ pane, step }: { pane: Pane; step: StepId }) {
  const ref = useFocusTarget<HTMLDivElement>(pane, "notice");
  const notice = pane.state.notice;
  if (notice?.step !== step) return null;
  return (
    <div ref={ref} tabIndex={-1}>
      <Notice message={notice.message} />
    </div>
  );
}
