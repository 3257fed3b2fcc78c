import { Body1 } from "@fluentui/react-components";
import { useMemo } from "react";
import { qualified } from "../../recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import type { WorkbookReport } from "../../recognition/workbook/report";
import type { Engine } from "../engine/load";
import { NeedsReport } from "../components/NeedsReport";
import { placeUnderName } from "../components/place";
import { WritePreview } from "../components/WritePreview";
import { useT } from "../i18n";
import { cellLookup, formulaLookup } from "../state/plans";
import type { Pane } from "../state/usePaneState";

function Preview({ pane, engine, report, snapshot }: { pane: Pane; engine: Engine; report: WorkbookReport; snapshot: WorkbookSnapshot }) {
  const { t } = useT();
  const marks = useMemo(() => engine.markPlan(report, cellLookup(snapshot), formulaLookup(snapshot)), [engine, report, snapshot]);
  return (
    <WritePreview
      pane={pane}
      report={report}
      marks={marks}
      step="write"
      title={t("write.preview")}
      empty={t("write.nothingToWrite")}
      describe={(change, candidate) =>
        t("write.change", {
          cell: placeUnderName(t, qualified(change.sheet, change.address), candidate?.name),
          previous: t("common.empty"),
          value: typeof change.value === "number" ? change.value : String(change.value),
        })
      }
      confirmBody={(count) => t("write.confirmBody", { count })}
    />
  );
}

/** Step 5: « Écrire les notes »: preview, the differences to replace one by one, one batch. */
export function WriteStep({ pane }: { pane: Pane }) {
  const { t } = useT();
  const { report } = pane;
  const snapshot = pane.state.snapshot;
  if (!report?.grid || !snapshot || !pane.engine) return <NeedsReport />;
  if (report.grid.grid.marking?.kind !== "weighted-mean") return <Body1>{t("write.notMarking")}</Body1>;
  return <Preview pane={pane} engine={pane.engine} report={report} snapshot={snapshot} />;
}
