import { Body1, FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { I18nProvider, useT, type MessageKey, type PaneLocale } from "../i18n";

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalL, minHeight: "100vh", boxSizing: "border-box" } });

function Note({ message }: { message: MessageKey }) {
  const { t } = useT();
  return (
    <main className={useStyles().root}>
      <Body1 as="p">{t(message)}</Body1>
    </main>
  );
}

/** A short note where the pane cannot run: outside Office, or in a host Grille does not serve yet. */
export function OfficeNote({ message, locale, theme }: { message: MessageKey; locale: PaneLocale; theme: "light" | "dark" }) {
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <I18nProvider locale={locale}>
        <Note message={message} />
      </I18nProvider>
    </FluentProvider>
  );
}
