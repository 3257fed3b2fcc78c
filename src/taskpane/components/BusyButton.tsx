import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";

/** A button that shows a spinner while its own work runs; disabled while anything runs. */
export function BusyButton({ running, disabled, children, icon, ...props }: ButtonProps & { running: boolean }) {
  return (
    <Button {...props} disabled={disabled || running} icon={running ? <Spinner size="tiny" /> : icon}>
      {children}
    </Button>
  );
}
