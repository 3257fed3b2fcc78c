/// <reference types="office-js" />
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

/** Office's host once Office.js is ready, or null in a plain browser (no Office.js loaded). */
async function officeHost(): Promise<string | null> {
  if (typeof Office === "undefined") return null;
  const info = await Office.onReady();
  // @types/office-js declares HostType without values; at run time it is "Excel", "Word"…
  return info.host ? String(info.host) : null;
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("Grille: no #root element in taskpane.html");
  const host = await officeHost();
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App host={host} />
      </FluentProvider>
    </StrictMode>,
  );
}

void main();
