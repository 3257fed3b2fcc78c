import { Button, tokens } from "@fluentui/react-components";
import { ErrorCircleFilled, WarningFilled } from "@fluentui/react-icons";
import { sortFindings, type Finding } from "../../core/completeness/finding";
import { useT } from "../i18n";
import { Data } from "./Data";
import { useShared } from "./styles";
import { VisuallyHidden } from "./VisuallyHidden";

function SeverityIcon({ finding }: { finding: Finding }) {
  return finding.severity === "blocking" ? (
    <ErrorCircleFilled color={tokens.colorPaletteRedForeground1} aria-hidden />
  ) : (
    <WarningFilled color={tokens.colorPaletteDarkOrangeForeground1} aria-hidden />
  );
}

/**
 * A candidate's findings, blocking first; each one with a place selects it in the document. In Word,
 * `describe` says where the place is (« tableau 1, ligne 5, colonne 2 »).
 */
export function FindingList({ findings, label, onSelect, describe }: { findings: readonly Finding[]; label: string; onSelect: (at: string) => void; describe?: ((at: string) => string) | null }) {
  const { t, text } = useT();
  const styles = useShared();
  if (findings.length === 0) return <span>{t("check.noFinding")}</span>;
  return (
    <ul className={styles.list} aria-label={label}>
      {sortFindings(findings).map((finding, i) => {
        const at = finding.at;
        const place = at && describe ? describe(at) : null;
        const content = (
          <>
            <VisuallyHidden>{t(finding.severity === "blocking" ? "check.blocking" : "check.warning")}</VisuallyHidden>
            {place ? (
              <span className={styles.tight}>
                <Data className={styles.wrap}>{text(finding.message)}</Data>
                <Data className={styles.muted}>{place}</Data>
              </span>
            ) : (
              <Data className={styles.wrap}>{text(finding.message)}</Data>
            )}
          </>
        );
        return (
          <li key={i}>
            {at ? (
              <Button appearance="subtle" className={styles.rowButton} icon={<SeverityIcon finding={finding} />} onClick={() => onSelect(at)}>
                {content}
              </Button>
            ) : (
              <span className={styles.row}>
                <SeverityIcon finding={finding} />
                <span className={styles.grow}>{content}</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
