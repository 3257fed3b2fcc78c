import {
  Body1,
  Caption1,
  FluentProvider,
  Radio,
  Spinner,
  RadioGroup,
  Switch,
  Tab,
  TabList,
  Title3,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useRef, useState } from "react";
import type { Locale } from "../core/i18n/locale";
// Types only from hosts/demo: its index also names the code that builds the samples, which the page gets as data.
import type { DemoSample } from "../hosts/demo/samples";
import type { DemoWordSample } from "../hosts/demo/word-samples";
import type { DemoOptions, DemoPageSampleId } from "./options";
import { SAMPLES } from "./samples-data";
import { WorkbookSample, type DemoHosts } from "./samples-view";

/** The Word samples' view and host, loaded when one is first opened. */
const WordSample = lazy(() => import(/* webpackChunkName: "demo-word" */ "./WordSample").then((m) => ({ default: m.WordSample })));
import { WORDS } from "./strings";
import { useDemoPageStyles } from "./DemoPage.styles";


const isWord = (sample: DemoSample | DemoWordSample): sample is DemoWordSample => "document" in sample;

/**
 * The browser demo: a sample workbook (or Word document) on the left, the real task pane on the right,
 * both over one in-memory host per sample, a DemoHost or a DemoWordHost (switching back to a sample
 * finds it as it was left). No Office.js, no request beyond the page's own files.
 */
export function DemoPage({ initial }: { initial: DemoOptions }) {
  const styles = useDemoPageStyles();
  const [sampleId, setSampleId] = useState<DemoPageSampleId>(initial.sample);
  const [locale, setLocale] = useState<Locale>(initial.locale);
  const [dark, setDark] = useState(initial.dark);
  const hosts = useRef<DemoHosts>(new Map());
  const words = WORDS[locale];
  const sample = SAMPLES.find((s) => s.id === sampleId)!;
  const view = { hosts: hosts.current, locale, dark, latencyMs: initial.latencyMs, classes: { document: styles.workbook, pane: styles.pane } };

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = words.title;
  }, [locale, words.title]);

  const changeLocale = (next: Locale) => {
    for (const h of hosts.current.values()) h.setLocale(next);
    setLocale(next);
  };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {words.title}
        </Title3>
        <TabList
          data-testid="sample-switcher"
          className={styles.switcher}
          aria-label={words.samples}
          selectedValue={sampleId}
          onTabSelect={(_, data) => setSampleId(data.value as DemoPageSampleId)}
        >
          {SAMPLES.map((s) => (
            <Tab key={s.id} value={s.id} data-testid={`sample-${s.id}`}>
              {s.label[locale]}
            </Tab>
          ))}
        </TabList>
        <div className={styles.controls}>
          <RadioGroup
            data-testid="lang-switch"
            layout="horizontal"
            aria-label={words.language}
            value={locale}
            onChange={(_, data) => changeLocale(data.value === "en" ? "en" : "fr")}
          >
            <Radio value="fr" label="FR" />
            <Radio value="en" label="EN" />
          </RadioGroup>
          <Switch data-testid="theme-switch" label={words.dark} checked={dark} onChange={(_, data) => setDark(data.checked)} />
        </div>
        <Body1 className={styles.description}>
          {sample.description[locale]} <Caption1 className={styles.label}>{isWord(sample) ? words.offlineDocument : words.offline}</Caption1>
        </Body1>
      </header>
      <div className={styles.body}>
        {/* No Suspense boundary on the first screen, which the build renders into index.html (src/demo/prerender.tsx). */}
        {isWord(sample) ? (
          <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={words.loadingDocument} />}>
            <WordSample key={sample.id} sample={sample} {...view} />
          </Suspense>
        ) : (
          <WorkbookSample key={sample.id} sample={sample} {...view} />
        )}
      </div>
    </FluentProvider>
  );
}
