import { Body1 } from "@fluentui/react-components";
import { useT } from "../i18n";

/** What a step says before the workbook is recognised. */
export function NeedsReport() {
  const { t } = useT();
  return <Body1>{t("common.needReport")}</Body1>;
}
