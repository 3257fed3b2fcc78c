/** Lets the browser paint (a progress bar moves) between two chunks of work. */
export const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Maps `items` chunk by chunk, yielding to the browser between chunks, and reports how many are done,
 * so that a class of 200 candidates moves a progress bar instead of freezing the pane.
 */
export async function mapInChunks<T, R>(items: readonly T[], map: (item: T) => R, onProgress: (done: number, total: number) => void, chunkSize = 10): Promise<R[]> {
  const out: R[] = [];
  onProgress(0, items.length);
  for (let start = 0; start < items.length; start += chunkSize) {
    await nextTick();
    for (const item of items.slice(start, start + chunkSize)) out.push(map(item));
    onProgress(out.length, items.length);
  }
  return out;
}
