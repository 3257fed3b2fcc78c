import type { Ref } from "react";
import { Data } from "./Data";
import { useShared } from "./styles";

/** A hidden picker of one JSON file, opened by a button (`ref.current.click()`); it empties itself so that the same file can be picked again. */
export function JsonFileInput({ ref, label, onPick, "data-testid": testId }: { ref: Ref<HTMLInputElement>; label: string; onPick: (file: File) => void; "data-testid"?: string }) {
  return (
    <input
      ref={ref}
      type="file"
      accept=".json,application/json"
      hidden
      aria-label={label}
      data-testid={testId}
      onChange={(event) => {
        const picked = event.target.files?.[0];
        event.target.value = "";
        if (picked) onPick(picked);
      }}
    />
  );
}

/** Why a file was refused: a summary, then its errors numbered (an alert; `id` describes the buttons that read files). */
export function RejectedFile({ id, summary, errors, "data-testid": testId }: { id: string; summary: string; errors: readonly string[]; "data-testid"?: string }) {
  const styles = useShared();
  return (
    <div id={id} role="alert" className={styles.tight} data-testid={testId}>
      <span>{summary}</span>
      <ul className={styles.numbered}>
        {errors.map((error, i) => (
          <li key={i} className={styles.wrap}>
            <Data>{error}</Data>
          </li>
        ))}
      </ul>
    </div>
  );
}
