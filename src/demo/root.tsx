import { RendererProvider, type GriffelRenderer } from "@fluentui/react-components";
import { StrictMode, useEffect, type ReactNode } from "react";
import { DemoPage } from "./DemoPage";
import type { DemoOptions } from "./options";
import { withoutRehydration } from "./prerendered-styles";

/** Calls `onReady` once, after the first commit (the page hydrated or rendered). */
function Ready({ onReady, children }: { onReady: () => void; children: ReactNode }) {
  useEffect(onReady, [onReady]);
  return children;
}

/**
 * The demo's whole React tree. The build renders it in Node into index.html (src/demo/prerender.tsx) and
 * the browser hydrates it (src/demo/index.tsx): both must render this same tree, or React finds the
 * page different from what it would render and renders it again.
 */
export function DemoRoot({ initial, renderer, onReady }: { initial: DemoOptions; renderer: GriffelRenderer; onReady: () => void }) {
  return (
    <StrictMode>
      <RendererProvider renderer={renderer} targetDocument={withoutRehydration()}>
        <Ready onReady={onReady}>
          <DemoPage initial={initial} />
        </Ready>
      </RendererProvider>
    </StrictMode>
  );
}
