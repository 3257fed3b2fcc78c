import { Badge } from "@fluentui/react-components";
import { useT } from "../i18n";

/** « complète » or « incomplète »: whether a blocking finding remains. */
export function StatusBadge({ complete }: { complete: boolean }) {
  const { t } = useT();
  return (
    <Badge appearance="filled" shape="rounded" color={complete ? "success" : "danger"}>
      {t(complete ? "check.complete" : "check.incomplete")}
    </Badge>
  );
}
