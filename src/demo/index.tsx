import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DemoPage } from "./DemoPage";
import { demoOptions } from "./options";

/** The browser demo's entry: the real task pane on an in-memory workbook, without Office. */
function main(): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("Grille demo: no #root element in the page");
  const initial = demoOptions(window.location.search, {
    language: navigator.language,
    prefersDark: window.matchMedia?.("(prefers-color-scheme: dark)").matches,
  });
  createRoot(container).render(
    <StrictMode>
      <DemoPage initial={initial} />
    </StrictMode>,
  );
}

main();
