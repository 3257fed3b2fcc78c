import { Spinner } from "@fluentui/react-components";
import { useT } from "../i18n";

/** While a part of the pane loads (a step, the chair's form). */
export function Loading() {
  const { t } = useT();
  return <Spinner size="tiny" labelPosition="after" label={t("common.loading")} />;
}
