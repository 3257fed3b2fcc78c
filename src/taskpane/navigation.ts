import { createContext, useContext, useEffect, useRef } from "react";
import type { FocusTarget, StepId } from "./state/reducer";
import type { Pane } from "./state/usePaneState";

/** What a step may ask of the pane around it: open another entry (switching path if needed) and focus its header. */
export interface Navigation {
  open(step: StepId): void;
}

export const NavigationContext = createContext<Navigation>({ open: () => undefined });

export const useNavigation = (): Navigation => useContext(NavigationContext);

/**
 * A ref for the element that shows the result of an action: it takes keyboard focus each time the pane
 * moves focus to `target` (state.focus), so focus follows the result and never falls back to the page
 * top when the button that was pressed is disabled or removed.
 */
export function useFocusTarget<T extends HTMLElement>(pane: Pane, target: FocusTarget) {
  const ref = useRef<T>(null);
  const focus = pane.state.focus;
  const id = focus?.target === target ? focus.id : null;
  useEffect(() => {
    if (id !== null) ref.current?.focus({ preventScroll: false });
  }, [id]);
  return ref;
}
