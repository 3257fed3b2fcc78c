import { Button } from "@fluentui/react-components";
import { EditRegular, SparkleRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useState } from "react";
import { Loading } from "../components/Loading";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import type { Pane } from "../state/usePaneState";
import type { EditorMode } from "./GridEditor";

/** The editor (form, learner, live marks) loads only when a teacher opens it: the pane's first screen stays light. */
const GridEditor = lazy(() => import(/* webpackChunkName: "grid-editor" */ "./GridEditor").then((m) => ({ default: m.GridEditor })));

/**
 * The grid menu's learning entries, once the document has been read: « Créer une grille à partir de cette
 * feuille / de ce document » (always: the teacher may know better than recognition), and « Adapter le
 * barème » of the grid recognised, when it has points to adapt.
 */
export function LearnEntry({ pane }: { pane: Pane }) {
  const { t } = useT();
  const shared = useShared();
  const [mode, setMode] = useState<EditorMode | null>(null);
  const snapshot = pane.state.snapshot;
  if (!snapshot) return null;
  const grid = pane.report?.grid;
  const busy = pane.state.busy !== null;

  return (
    <div className={shared.stack}>
      {!mode && (
        <div className={shared.row}>
          <Button icon={<SparkleRegular />} disabled={busy} onClick={() => setMode({ kind: "learn" })}>
            {pane.hostKind === "word" ? t("learn.createDocument") : t("learn.createSheet")}
          </Button>
          {grid?.grid.marking?.kind === "weighted-mean" && (
            <Button appearance="subtle" icon={<EditRegular />} disabled={busy} onClick={() => setMode({ kind: "variant", file: grid.file })}>
              {t("learn.variant")}
            </Button>
          )}
        </div>
      )}
      {mode && (
        <Suspense fallback={<Loading />}>
          <GridEditor pane={pane} snapshot={snapshot} mode={mode} onClose={() => setMode(null)} />
        </Suspense>
      )}
    </div>
  );
}
