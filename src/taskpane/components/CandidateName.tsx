import type { CandidateReport } from "../../recognition/workbook/report";
import { useT } from "../i18n";
import { Data } from "./Data";

/** The candidate's name as read, or « Candidat sans nom ». */
export function CandidateName({ candidate }: { candidate: CandidateReport }) {
  const { t } = useT();
  return candidate.name ? <Data>{candidate.name}</Data> : <span>{t("candidate.unnamed")}</span>;
}

/** Where the candidate is: « Feuille Alice », « Feuille Classe, ligne 5 ». */
export function CandidatePlace({ candidate }: { candidate: CandidateReport }) {
  const { t } = useT();
  const sheet = candidate.sheets.join(", ");
  return <span>{candidate.row === null ? t("candidate.sheet", { sheet, count: candidate.sheets.length }) : t("candidate.row", { sheet, row: candidate.row })}</span>;
}
