import type { ReactNode } from "react";
import { useShared } from "./styles";

/** Read by screen readers, not shown: the words an icon or a colour stands for. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className={useShared().visuallyHidden}>{children}</span>;
}
