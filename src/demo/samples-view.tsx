import { Spinner } from "@fluentui/react-components";
import { useDeferredValue, type ReactNode } from "react";
import type { Locale } from "../core/i18n/locale";
import { DemoHost } from "../hosts/demo/demo-host";
import type { DemoWordHost } from "../hosts/demo/demo-word-host";
import type { DemoSample } from "../hosts/demo/samples";
import { WorkbookView } from "../hosts/demo/WorkbookView";
import { App } from "../taskpane/App";
import type { DemoPageSampleId } from "./options";
import { WORDS } from "./strings";

/** The page's hosts, one per sample opened: switching back to a sample finds it as it was left. */
export type DemoHosts = Map<DemoPageSampleId, DemoHost | DemoWordHost>;

/** What the page gives the view of its current sample: the view on the left, the pane on the right. */
export interface SampleViewProps<S> {
  sample: S;
  hosts: DemoHosts;
  locale: Locale;
  dark: boolean;
  latencyMs: number;
  /** The page's class names for the document's side and the pane's. */
  classes: { document: string; pane: string };
}

/** The sample's host: the one made when it was first opened, else a new one. */
export function hostOf<H extends DemoHost | DemoWordHost>(hosts: DemoHosts, id: DemoPageSampleId, make: () => H): H {
  let host = hosts.get(id) as H | undefined;
  if (!host) {
    host = make();
    hosts.set(id, host);
  }
  return host;
}

/** A sample's view on the left, the task pane on its host on the right. */
export function SampleLayout({ view, host, locale, dark, classes }: { view: ReactNode; host: DemoHost | DemoWordHost } & Pick<SampleViewProps<unknown>, "locale" | "dark" | "classes">) {
  return (
    <>
      <div className={classes.document}>{view}</div>
      <div className={classes.pane} data-testid="pane">
        <App host={host} theme={dark ? "dark" : "light"} locale={locale} />
      </div>
    </>
  );
}

/** A sample workbook beside the task pane. */
export function WorkbookSample({ sample, hosts, locale, dark, latencyMs, classes }: SampleViewProps<DemoSample>) {
  const host = hostOf(hosts, sample.id, () => new DemoHost(sample.snapshot, { locale, latencyMs }));
  // The pane first: the workbook's cells (hundreds of them) render in a transition just after, so that
  // « Reconnaître la grille » is on screen and usable without waiting for them.
  const showCells = useDeferredValue(true, false);
  const view = showCells ? <WorkbookView host={host} locale={locale} /> : <Spinner size="tiny" labelPosition="after" label={WORDS[locale].loadingWorkbook} />;
  return <SampleLayout view={view} host={host} locale={locale} dark={dark} classes={classes} />;
}
