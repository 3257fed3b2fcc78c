import type { Engine } from "./engine";
import type { WordEngine } from "./word-engine";

let loading: Promise<Engine> | undefined;
let loadingWord: Promise<WordEngine> | undefined;

/** The engine, loaded once, in its own chunk: the pane's first screen does not wait for it. */
export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ "./engine").then((m) => m.engine);
  return loading;
}

/** What reads Word documents, loaded once, in a chunk that Excel never loads. */
export function loadWordEngine(): Promise<WordEngine> {
  loadingWord ??= import(/* webpackChunkName: "word-engine" */ "./word-engine").then((m) => m.wordEngine);
  return loadingWord;
}

export type { Engine } from "./engine";
export type { WordEngine } from "./word-engine";
