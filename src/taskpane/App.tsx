import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  FluentProvider,
  Subtitle2,
  Tab,
  TabList,
  Title2,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { CheckmarkCircleFilled } from "@fluentui/react-icons";
import { lazy, Suspense, useCallback, useId, useMemo, useState } from "react";
import type { Host } from "../hosts/host";
import { Data } from "./components/Data";
import { ErrorBar } from "./components/ErrorBar";
import { Loading } from "./components/Loading";
import { LiveRegion } from "./components/LiveRegion";
import { useShared } from "./components/styles";
import { I18nProvider, useT, type PaneLocale } from "./i18n";
import { forGrid } from "./i18n/nouns";
import { NavigationContext, useFocusTarget, type Navigation } from "./navigation";
import { loadsLater, pathsOf, type PaneEntry, type PanePath } from "./paths";
import type { StepId } from "./state/reducer";
import { usePaneState, type Pane } from "./state/usePaneState";
import type { PaneTheme } from "./theme";
import { useAppStyles } from "./App.styles";

export type { PaneTheme } from "./theme";

export interface AppProps {
  host: Host;
  /** Office's theme (index.tsx reads it); light by default. */
  theme?: PaneTheme;
  /** Overrides host.locale: tests render the pseudo-locale « qps ». */
  locale?: PaneLocale;
}


/** One entry of a path as an accordion item: its number (or a tick once done), its title, its body. */
function Entry({ entry, number, pane }: { entry: PaneEntry; number: number | null; pane: Pane }) {
  const { t } = useT();
  const styles = useAppStyles();
  const shared = useShared();
  const done = pane.state.done.includes(entry.id);
  const { View } = entry;
  return (
    <AccordionItem value={entry.id}>
      <AccordionHeader as="h2" data-step={entry.id}>
        {done && number !== null ? (
          <CheckmarkCircleFilled className={styles.done} aria-hidden />
        ) : (
          number !== null && (
            <Data className={styles.number} aria-hidden>
              {number}
            </Data>
          )
        )}
        {t(forGrid(entry.title, pane.report?.grid))}
        {done && <span className={shared.visuallyHidden}>{t("step.doneSuffix")}</span>}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        {loadsLater(View) ? (
          <Suspense fallback={<Loading />}>
            <View pane={pane} />
          </Suspense>
        ) : (
          <View pane={pane} />
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

/** A path's numbered steps, then its other actions. */
function PathView({ path, pane, open, onToggle, panelId, tabId }: { path: PanePath; pane: Pane; open: StepId[]; onToggle: (open: StepId[]) => void; panelId: string; tabId: string }) {
  const { t } = useT();
  const styles = useAppStyles();
  return (
    <div role="tabpanel" id={panelId} aria-labelledby={tabId}>
      <Caption1 as="p" block className={styles.tagline}>
        {t(path.hint)}
      </Caption1>
      <Accordion multiple collapsible openItems={open} onToggle={(_, data) => onToggle(data.openItems as StepId[])}>
        {path.steps.map((entry, i) => (
          <Entry key={entry.id} entry={entry} number={i + 1} pane={pane} />
        ))}
        {path.more.length > 0 && (
          <Subtitle2 as="p" className={styles.more}>
            {t("path.more")}
          </Subtitle2>
        )}
        {path.more.map((entry) => (
          <Entry key={entry.id} entry={entry} number={null} pane={pane} />
        ))}
      </Accordion>
    </div>
  );
}

/** Asked only when corrections not yet saved would be left: loaded then. */
const UnsavedCorrections = lazy(() => import(/* webpackChunkName: "unsaved-corrections" */ "./components/UnsavedCorrections").then((m) => ({ default: m.UnsavedCorrections })));

function Pane({ host }: { host: Host }) {
  const { t, locale, data } = useT();
  const styles = useAppStyles();
  const pane = usePaneState(host, data);
  const paths = pathsOf(host);
  const [pathId, setPathId] = useState<PanePath["id"]>("evaluate");
  const [open, setOpen] = useState<StepId[]>(["recognize"]);
  const [recognisedOnce, setRecognisedOnce] = useState(false);
  const errorRef = useFocusTarget<HTMLDivElement>(pane, "error");
  const ids = useId();
  if (pane.state.report && !recognisedOnce) {
    // The first recognition opens « Vérifier », the step a teacher wants next.
    setRecognisedOnce(true);
    setOpen((steps) => (steps.includes("check") ? steps : [...steps, "check"]));
  }
  const openEntry = useCallback(
    (step: StepId) => {
      const path = paths.find((p) => p.steps.some((e) => e.id === step) || p.more.some((e) => e.id === step));
      if (!path) return;
      setPathId(path.id);
      setOpen((steps) => (steps.includes(step) ? steps : [...steps, step]));
      // Focus the entry's header once it is rendered (after a path switch too).
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-step="${step}"] button`)?.focus());
    },
    [paths],
  );
  const navigation = useMemo<Navigation>(() => ({ open: openEntry }), [openEntry]);
  const path = paths.find((p) => p.id === pathId) ?? paths[0]!;
  // Closing « Corriger la reconnaissance », or leaving its path, asks first about corrections not yet saved.
  const bindingShown = path.more.some((e) => e.id === "binding") && open.includes("binding");
  const toggle = (next: StepId[]) => (bindingShown && !next.includes("binding") ? pane.actions.leaveCorrections(() => setOpen(next)) : setOpen(next));
  const choosePath = (next: PanePath["id"]) => (bindingShown && next !== pathId ? pane.actions.leaveCorrections(() => setPathId(next)) : setPathId(next));

  return (
    <NavigationContext.Provider value={navigation}>
      <main className={styles.root} lang={locale === "qps" ? "fr" : locale}>
        <header className={styles.header}>
          <img src="assets/icon-32.png" width={24} height={24} alt="" />
          <div>
            <Title2 as="h1" block>
              {t("app.title")}
            </Title2>
            <Caption1 as="p" block className={styles.tagline}>
              {t("app.tagline")}
            </Caption1>
          </div>
        </header>
        <LiveRegion announcement={pane.state.announcement} />
        {pane.state.error && !pane.state.error.step && (
          <div ref={errorRef} tabIndex={-1}>
            <ErrorBar error={pane.state.error} onDismiss={pane.actions.dismissError} />
          </div>
        )}
        <TabList className={styles.tabs} aria-label={t("path.label")} selectedValue={pathId} onTabSelect={(_, d) => choosePath(d.value as PanePath["id"])}>
          {paths.map((p) => (
            <Tab key={p.id} value={p.id} id={`${ids}-tab-${p.id}`} aria-controls={p.id === pathId ? `${ids}-panel` : undefined}>
              {t(p.label)}
            </Tab>
          ))}
        </TabList>
        <PathView path={path} pane={pane} open={open} onToggle={toggle} panelId={`${ids}-panel`} tabId={`${ids}-tab-${path.id}`} />
        {pane.state.leaving && (
          <Suspense fallback={null}>
            <UnsavedCorrections pane={pane} />
          </Suspense>
        )}
      </main>
    </NavigationContext.Provider>
  );
}

/** The task pane: Fluent theme, the pane's language, the two paths; it talks to nothing but `host`. */
export function App({ host, theme = "light", locale }: AppProps) {
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <I18nProvider locale={locale ?? host.locale}>
        <Pane host={host} />
      </I18nProvider>
    </FluentProvider>
  );
}
