import type { Engine } from "./engine";

let loading: Promise<Engine> | undefined;

/** The engine, loaded once, in its own chunk: the pane's first screen does not wait for it. */
export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ "./engine").then((m) => m.engine);
  return loading;
}

export type { Engine } from "./engine";
