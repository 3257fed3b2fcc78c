import type { HTMLAttributes } from "react";

/**
 * Data from the document or the core (names, cells, grid titles, findings, numbers): shown as it is,
 * never translated. The pseudo-locale test skips what is inside.
 */
export function Data({ children, ...props }: HTMLAttributes<HTMLSpanElement>) {
  return (
    <span data-i18n-exempt="" {...props}>
      {children}
    </span>
  );
}
