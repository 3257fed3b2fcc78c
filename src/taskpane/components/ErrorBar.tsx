import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import type { PaneError } from "../state/reducer";
import { Data } from "./Data";
import { useShared } from "./styles";

/** An error in the teacher's language, with the details the host or the grid file gave. */
export function ErrorBar({ error, onDismiss }: { error: PaneError; onDismiss: () => void }) {
  const { t, text } = useT();
  const styles = useShared();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={styles.wrap}>
        <MessageBarTitle>{t("common.error")}</MessageBarTitle>
        <span>{t(error.message.key, error.message.params)}</span>
        {error.details.length > 0 && (
          <ul className={styles.numbered}>
            {error.details.map((d, i) => (
              <li key={i}>
                <Data>{typeof d === "string" ? d : text(d)}</Data>
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t("common.dismiss")} icon={<DismissRegular />} onClick={onDismiss} />} />
    </MessageBar>
  );
}
