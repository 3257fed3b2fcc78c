import { Button } from "@fluentui/react-components";
import { ArrowDownloadRegular, CopyRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useT } from "../i18n";
import { useShared } from "./styles";

export interface CopyRecordProps {
  /** The record as JSON text (the evaluation export), computed when asked for. */
  json: () => string;
  /** The candidate's name, for the message. */
  name: string;
  /** The file the fallback saves: « fiche-mcv-e33-dupont-lea.json ». */
  fileName: string;
}

const hasClipboard = (): boolean => typeof navigator !== "undefined" && typeof navigator.clipboard?.writeText === "function";

/** Saves text as a file through a Blob link (where Office lets a pane download). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a candidate's name: no accents, no spaces. */
export const recordFileName = (gridId: string, name: string | null): string =>
  `fiche-${gridId}-${(name ?? "candidat")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase() || "candidat"}.json`;

/**
 * « Copier la fiche »: one candidate's evaluation as JSON on the clipboard, for the Word pane to insert
 * a filled grid. Where the clipboard cannot be used (no API, or Office refuses it), « Enregistrer le
 * fichier » saves the same JSON as a file.
 */
export function CopyRecord({ json, name, fileName }: CopyRecordProps) {
  const { t } = useT();
  const styles = useShared();
  const [status, setStatus] = useState<"idle" | "copied" | "unavailable" | "saved">(() => (hasClipboard() ? "idle" : "unavailable"));

  const copy = async () => {
    if (!hasClipboard()) return setStatus("unavailable");
    try {
      await navigator.clipboard.writeText(json());
      setStatus("copied");
    } catch {
      setStatus("unavailable");
    }
  };
  const save = () => {
    download(json(), fileName);
    setStatus("saved");
  };
  const message = { idle: "", copied: t("record.copied", { name }), unavailable: t("record.unavailable"), saved: t("record.saved", { file: fileName }) }[status];

  return (
    <div className={styles.tight}>
      <div className={styles.row}>
        <Button icon={<CopyRegular />} onClick={() => void copy()}>
          {t("record.copy")}
        </Button>
        {(status === "unavailable" || status === "saved") && (
          <Button icon={<ArrowDownloadRegular />} onClick={save}>
            {t("record.save")}
          </Button>
        )}
      </div>
      <span role="status" aria-live="polite" className={styles.wrap}>
        {message}
      </span>
    </div>
  );
}
