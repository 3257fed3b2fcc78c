/**
 * Clicks made on the page rendered ahead of time (index.html), before the pane's script has taken it
 * over: held, then replayed once it has. A teacher who clicks « Reconnaître la grille » as soon as it shows
 * gets the recognition, not a dead button.
 *
 * The boot script (src/demo/boot.ts) holds them from the start; the main script (src/demo/index.tsx)
 * releases them after hydration. They are two bundles: what they share lives on `window`.
 */

interface EarlyClicks {
  /** The prerendered page's element. */
  readonly rootId: string;
  /** The controls clicked, in order, each once. */
  readonly controls: HTMLElement[];
  readonly listener: (event: MouseEvent) => void;
}

declare global {
  interface Window {
    __grilleEarlyClicks?: EarlyClicks;
  }
}

/** Marks the page while a click waits (index.html's style shows a busy cursor). */
export const WAITING_ATTRIBUTE = "data-early-click";

/**
 * Marks the control a keyboard user moved to before the pane's script ran, until it loses the focus:
 * Fluent draws its focus ring only for focus it saw come from the keyboard, so index.html's style draws
 * this one (as it does for any control before the script runs).
 */
export const EARLY_FOCUS_ATTRIBUTE = "data-early-focus";

/** What a held click lands on: the nearest control that React will handle once it runs. */
const CONTROLS = "button, a[href], input, label, select, textarea, summary, [role=button], [role=tab], [role=switch], [role=radio], [role=checkbox]";

/**
 * From now on, a click inside `root` (the prerendered page) does nothing at once (no native toggle, no
 * navigation) and is kept for `releaseEarlyClicks`.
 */
export function holdEarlyClicks(doc: Document, rootId: string): void {
  if (doc.defaultView?.__grilleEarlyClicks) return;
  const controls: HTMLElement[] = [];
  const listener = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const root = doc.getElementById(rootId);
    if (!target || !root?.contains(target)) return;
    const control = target.closest<HTMLElement>(CONTROLS);
    if (!control || !root.contains(control)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!controls.includes(control)) controls.push(control);
    doc.documentElement.setAttribute(WAITING_ATTRIBUTE, "");
  };
  doc.addEventListener("click", listener, true);
  if (doc.defaultView) doc.defaultView.__grilleEarlyClicks = { rootId, controls, listener };
}

/**
 * Stops holding clicks and replays the held ones on the controls still in the page (hydration keeps the
 * prerendered elements; a page rendered anew has none of them). Returns how many were replayed.
 */
export function releaseEarlyClicks(doc: Document): number {
  const view = doc.defaultView;
  const held = view?.__grilleEarlyClicks;
  if (!view || !held) return 0;
  doc.removeEventListener("click", held.listener, true);
  delete view.__grilleEarlyClicks;
  doc.documentElement.removeAttribute(WAITING_ATTRIBUTE);
  keepEarlyFocusVisible(doc, held.rootId);
  const live = held.controls.filter((control) => control.isConnected);
  for (const control of live) control.click();
  return live.length;
}

/** Marks the control focused from the keyboard in the page, if any, until it loses the focus (EARLY_FOCUS_ATTRIBUTE). */
function keepEarlyFocusVisible(doc: Document, rootId: string): void {
  const active = doc.activeElement;
  if (!(active instanceof doc.defaultView!.HTMLElement) || !doc.getElementById(rootId)?.contains(active) || !focusVisible(active)) return;
  active.setAttribute(EARLY_FOCUS_ATTRIBUTE, "");
  active.addEventListener("blur", () => active.removeAttribute(EARLY_FOCUS_ATTRIBUTE), { once: true });
}

/** Whether the browser shows the element's focus (`:focus-visible`, false where the selector is unknown). */
function focusVisible(element: Element): boolean {
  try {
    return element.matches(":focus-visible");
  } catch {
    return false;
  }
}
