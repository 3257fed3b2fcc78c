import { useT } from "../i18n";
import type { PaneState } from "../state/reducer";
import { useShared } from "./styles";

/** Where results are announced to screen readers (polite: after what is being read). */
export function LiveRegion({ announcement }: { announcement: PaneState["announcement"] }) {
  const { t } = useT();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={useShared().visuallyHidden}>
      {announcement ? <span key={announcement.id}>{t(announcement.message.key, announcement.message.params)}</span> : null}
    </div>
  );
}
