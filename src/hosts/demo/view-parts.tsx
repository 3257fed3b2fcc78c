import { Caption1 } from "@fluentui/react-components";
import { useViewStyles } from "./view.styles";

/**
 * What the demo's two views (WorkbookView, DocumentView) share: the frame and its top bar, the marks
 * of what a plan changed and of the selection, the live region that announces a plan applied, text
 * hidden but for screen readers, and scrolling the selection into view (the styles in view.styles.ts,
 * compiled at build time: webpack.prebuild-loader.js).
 */
export { useViewStyles };

/** The non-empty parts, joined by `separator` (« 2 cellules mises à jour ; 1 feuille ajoutée »). */
export const joinParts = (parts: readonly string[], separator: string): string => parts.filter((s) => s !== "").join(separator);

export interface AppliedStatusProps<Applied> {
  /** The state's `lastApplied`: what the last plan changed, with how many plans were applied. */
  applied: (Applied & { count: number }) | null;
  /** What it says of a plan's changes, in the view's language. */
  describe: (applied: Applied) => string;
  className: string;
  "data-testid": string;
}

/**
 * The polite live region that announces what a plan just changed. Every other plan adds a no-break
 * space, so that the same numbers twice are announced twice.
 */
export function AppliedStatus<Applied>({ applied, describe, className, "data-testid": testId }: AppliedStatusProps<Applied>) {
  return (
    <Caption1 role="status" aria-live="polite" className={className} data-testid={testId}>
      {applied ? `${describe(applied)}${applied.count % 2 === 0 ? "\u00a0" : ""}` : ""}
    </Caption1>
  );
}

/** Scrolls the element of `container` that `selector` finds into view, as little as will do; returns it. */
export function scrollToNearest(container: HTMLElement | null, selector: string): HTMLElement | null {
  const element = container?.querySelector<HTMLElement>(selector) ?? null;
  element?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  return element;
}
