import { RendererProvider, createDOMRenderer } from "@fluentui/react-components";
import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Host } from "../../src/hosts/host";
import { App } from "../../src/taskpane/App";
import { loadEngine } from "../../src/taskpane/engine/load";
import { isPseudoLocalised, translator, type MessageKey, type PaneLocale, type Params } from "../../src/taskpane/i18n";

// Two jest workers on a small machine: Fluent's portals and lazy chunks may take more than a second.
configure({ asyncUtilTimeout: 5000 });

/**
 * Fluent UI's style renderer, keeping only the CSS rules that can hide an element (display: none,
 * visibility: hidden; a Tab's reserved-space copy of its label is one). jsdom lays nothing out, and its
 * getComputedStyle matches every rule of the page against each element, which Testing Library's role
 * queries call for every element they look at (is it hidden?): with all of Fluent's rules, that was most
 * of a pane test's time. Colours, spacing and layout are for the browser tests, which use the real styles.
 */
const HIDES = /display:\s*none|visibility:\s*(?:hidden|collapse)/;
const onlyHidingRules = createDOMRenderer(document, { unstable_filterCSSRule: (rule) => HIDES.test(rule) });

/** Renders the pane on a host (and lets its engine arrive), with helpers that speak the pane's language. */
export async function renderPane(host: Host, locale?: PaneLocale) {
  const user = userEvent.setup();
  const t = translator(locale ?? host.locale).t;
  const view = render(
    <RendererProvider renderer={onlyHidingRules}>
      <App host={host} {...(locale ? { locale } : {})} />
    </RendererProvider>,
  );
  await act(() => loadEngine());

  /** Opens a step of the pane (its header is a button named by the step's title), switching path when it is on the other one. */
  async function openStep(key: MessageKey): Promise<HTMLElement> {
    // A finished step's name ends with « (fait) ».
    const title = new RegExp(`^${t(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
    const find = () => screen.queryAllByRole("button", { name: title }).find((b) => b.closest(".fui-AccordionHeader"));
    for (const tab of screen.getAllByRole("tab")) {
      if (find()) break;
      await user.click(tab);
    }
    const header = find();
    if (!header) throw new Error(`no step ${key} on either path`);
    if (header.getAttribute("aria-expanded") !== "true") await user.click(header);
    const panel = header.closest(".fui-AccordionItem")?.querySelector<HTMLElement>(":scope > .fui-AccordionPanel");
    if (!panel) throw new Error(`no panel for step ${key}`);
    await waitFor(() => expect(within(panel).queryByText(t("common.loading"))).toBeNull());
    return panel;
  }

  /** Opens every collapsed candidate (or other) accordion header inside `container`. */
  async function expandAll(container: HTMLElement): Promise<void> {
    for (const header of within(container).queryAllByRole("button", { expanded: false })) {
      if (header.closest(".fui-AccordionHeader")) await user.click(header);
    }
  }

  const button = (key: MessageKey, params?: Params) => screen.getByRole("button", { name: t(key, params) });

  return { ...view, user, t, openStep, expandAll, button };
}

/**
 * The open confirmation dialog. Tabster (Fluent's focus manager) marks the dialog aria-hidden for a
 * moment while it moves focus into it, a moment that jsdom on a busy machine can stretch: the dialog is
 * looked for regardless; its accessibility in a real browser is for the browser tests (axe).
 */
export const findDialog = () => screen.findByRole("alertdialog", { hidden: true });

/** Text nodes (and labelling attributes) outside `data-i18n-exempt` (and what the teacher typed) that are not pseudo-localised. */
export function untranslated(root: ParentNode = document.body): string[] {
  const out: string[] = [];
  const exempt = (node: Node | null) => (node instanceof Element ? node : node?.parentElement)?.closest("[data-i18n-exempt], script, style, textarea") != null;
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? "";
    if (text !== "" && !exempt(node) && !isPseudoLocalised(text)) out.push(text);
  }
  for (const element of Array.from((root as Element).querySelectorAll("[aria-label], [placeholder], [title]"))) {
    if (exempt(element)) continue;
    for (const attribute of ["aria-label", "placeholder", "title"]) {
      const value = element.getAttribute(attribute)?.trim();
      if (value && !isPseudoLocalised(value)) out.push(`${attribute}="${value}"`);
    }
  }
  return out;
}

/** How many visible texts were checked: a guard against a test that checks an empty page. */
export function pseudoTexts(root: ParentNode = document.body): number {
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (isPseudoLocalised(node.textContent ?? "")) count++;
  return count;
}
