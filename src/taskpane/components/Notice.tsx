import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useT } from "../i18n";
import type { PaneMessage } from "../state/reducer";

/** A success in a step (« 3 cellules écrites »). */
export function Notice({ message }: { message: PaneMessage }) {
  const { t } = useT();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>{t(message.key, message.params)}</MessageBarBody>
    </MessageBar>
  );
}
