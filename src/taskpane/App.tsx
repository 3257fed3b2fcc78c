import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  FluentProvider,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { Suspense, lazy, useState, type ComponentType } from "react";
import type { Host } from "../hosts/host";
import { Data } from "./components/Data";
import { ErrorBar } from "./components/ErrorBar";
import { Loading } from "./components/Loading";
import { LiveRegion } from "./components/LiveRegion";
import { I18nProvider, useT, type MessageKey, type PaneLocale } from "./i18n";
import { STEPS, WORD_STEPS, type StepId } from "./state/reducer";
import { usePaneState, type Pane } from "./state/usePaneState";
import { CheckStep } from "./steps/CheckStep";
import { MarksStep } from "./steps/MarksStep";
import { RecognizeStep } from "./steps/RecognizeStep";
import type { PaneTheme } from "./theme";

export type { PaneTheme } from "./theme";

export interface AppProps {
  host: Host;
  /** Office's theme (index.tsx reads it); light by default. */
  theme?: PaneTheme;
  /** Overrides host.locale: tests render the pseudo-locale « qps ». */
  locale?: PaneLocale;
}

/** The steps a teacher opens less often load when first opened (the first screen stays light). */
const BindingStep = lazy(() => import(/* webpackChunkName: "step-binding", webpackPrefetch: true */ "./steps/BindingStep").then((m) => ({ default: m.BindingStep })));
const WriteStep = lazy(() => import(/* webpackChunkName: "step-write", webpackPrefetch: true */ "./steps/WriteStep").then((m) => ({ default: m.WriteStep })));
const SynthesisStep = lazy(() => import(/* webpackChunkName: "step-synthesis", webpackPrefetch: true */ "./steps/SynthesisStep").then((m) => ({ default: m.SynthesisStep })));
const CommissionStep = lazy(() => import(/* webpackChunkName: "step-commission" */ "./commission/CommissionStep").then((m) => ({ default: m.CommissionStep })));
const NewGridStep = lazy(() => import(/* webpackChunkName: "step-new-grid", webpackPrefetch: true */ "./steps/NewGridStep").then((m) => ({ default: m.NewGridStep })));

/** The Word flow's own steps, in a chunk that Excel never loads. */
const WordRecognizeStep = lazy(() => import(/* webpackChunkName: "word-steps" */ "./word/WordRecognizeStep").then((m) => ({ default: m.WordRecognizeStep })));
const WordWriteStep = lazy(() => import(/* webpackChunkName: "word-steps" */ "./word/WordWriteStep").then((m) => ({ default: m.WordWriteStep })));
const InsertGridStep = lazy(() => import(/* webpackChunkName: "word-steps" */ "./word/InsertGridStep").then((m) => ({ default: m.InsertGridStep })));

type StepView = { title: MessageKey; View: ComponentType<{ pane: Pane }> };

const STEP_VIEWS: Record<(typeof STEPS)[number], StepView> = {
  recognize: { title: "step.recognize", View: RecognizeStep },
  binding: { title: "step.binding", View: BindingStep },
  check: { title: "step.check", View: CheckStep },
  marks: { title: "step.marks", View: MarksStep },
  write: { title: "step.write", View: WriteStep },
  synthesis: { title: "step.synthesis", View: SynthesisStep },
  commission: { title: "step.commission", View: CommissionStep },
  "new-grid": { title: "step.newGrid", View: NewGridStep },
};

/** In Word: recognise the document, check it, the proposed mark, write it, insert a grid. */
const WORD_STEP_VIEWS: Record<(typeof WORD_STEPS)[number], StepView> = {
  recognize: { title: "step.recognize", View: WordRecognizeStep },
  check: { title: "step.check", View: CheckStep },
  marks: { title: "step.marks", View: MarksStep },
  "write-mark": { title: "step.writeMark", View: WordWriteStep },
  commission: { title: "step.commission", View: CommissionStep },
  "insert-grid": { title: "step.insertGrid", View: InsertGridStep },
};

const stepsOf = (host: Host): [StepId, StepView][] =>
  host.kind === "word" ? WORD_STEPS.map((id) => [id, WORD_STEP_VIEWS[id]]) : STEPS.map((id) => [id, STEP_VIEWS[id]]);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    minHeight: "100vh",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
    "& h1, & h2, & h3, & h4, & h5, & p": { marginTop: 0, marginBottom: 0 },
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  tagline: { margin: 0, color: tokens.colorNeutralForeground3 },
  number: {
    display: "inline-flex",
    justifyContent: "center",
    alignItems: "center",
    minWidth: "20px",
    height: "20px",
    marginRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: { paddingBottom: tokens.spacingVerticalM },
});

function Pane({ host }: { host: Host }) {
  const { t, locale, data } = useT();
  const styles = useStyles();
  const pane = usePaneState(host, data);
  const [open, setOpen] = useState<StepId[]>(["recognize"]);
  const [recognisedOnce, setRecognisedOnce] = useState(false);
  if (pane.state.report && !recognisedOnce) {
    // The first recognition opens « Vérifier », the step a teacher wants next.
    setRecognisedOnce(true);
    setOpen((steps) => (steps.includes("check") ? steps : [...steps, "check"]));
  }

  return (
    <main className={styles.root} lang={locale === "qps" ? "fr" : locale}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" width={24} height={24} alt="" />
        <div>
          <Title2 as="h1" block>{t("app.title")}</Title2>
          <Caption1 as="p" block className={styles.tagline}>{t("app.tagline")}</Caption1>
        </div>
      </header>
      <LiveRegion announcement={pane.state.announcement} />
      {pane.state.error && !pane.state.error.step && <ErrorBar error={pane.state.error} onDismiss={pane.actions.dismissError} />}
      <Accordion multiple collapsible openItems={open} onToggle={(_, toggled) => setOpen(toggled.openItems as StepId[])}>
        {stepsOf(host).map(([id, { title, View }], i) => (
          <AccordionItem key={id} value={id}>
            <AccordionHeader as="h2">
              <Data className={styles.number} aria-hidden>
                {i + 1}
              </Data>
              {t(title)}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <Suspense fallback={<Loading />}>
                <View pane={pane} />
              </Suspense>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </main>
  );
}

/** The task pane: Fluent theme, the pane's language, the steps; it talks to nothing but `host`. */
export function App({ host, theme = "light", locale }: AppProps) {
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <I18nProvider locale={locale ?? host.locale}>
        <Pane host={host} />
      </I18nProvider>
    </FluentProvider>
  );
}
