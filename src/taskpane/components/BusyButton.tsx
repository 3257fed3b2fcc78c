import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";
import type { Ref } from "react";

/**
 * A button that shows a spinner while its own work runs; unavailable while anything runs. It stays
 * focusable when unavailable (aria-disabled), so keyboard focus never falls back to the top of the page
 * when the button it was on is pressed.
 */
export function BusyButton({ running, disabled, children, icon, ref, ...props }: ButtonProps & { running: boolean; ref?: Ref<HTMLButtonElement> }) {
  return (
    <Button {...props} ref={ref} data-primary={props.appearance === "primary" || undefined} disabledFocusable={disabled || running} icon={running ? <Spinner size="tiny" /> : icon}>
      {children}
    </Button>
  );
}
