import { Badge } from "@fluentui/react-components";
import { useT } from "../i18n";
import { confidenceLevel } from "../state/selectors";

const COLOR = { sure: "success", probable: "warning", uncertain: "danger" } as const;

/** « sûr », « probable » or « incertain », coloured, for a confidence from 0 to 1. */
export function ConfidenceBadge({ confidence }: { confidence: number }) {
  const { t } = useT();
  const level = confidenceLevel(confidence);
  return (
    <Badge appearance="tint" shape="rounded" color={COLOR[level]}>
      {t(`confidence.${level}`)}
    </Badge>
  );
}
