import { DemoWordHost } from "../hosts/demo/demo-word-host";
import { DocumentView } from "../hosts/demo/DocumentView";
import type { DemoWordSample } from "../hosts/demo/word-samples";
import { SampleLayout, hostOf, type SampleViewProps } from "./samples-view";

/**
 * A sample Word document beside the task pane. In a chunk of its own, loaded when a Word sample is first
 * opened: the Word host reads documents with recognition code the workbook samples' first screen does not need.
 */
export function WordSample({ sample, hosts, locale, dark, latencyMs, classes }: SampleViewProps<DemoWordSample>) {
  const host = hostOf(hosts, sample.id, () => new DemoWordHost(sample.document, { locale, latencyMs, cursor: sample.cursor }));
  return <SampleLayout view={<DocumentView host={host} locale={locale} />} host={host} locale={locale} dark={dark} classes={classes} />;
}
