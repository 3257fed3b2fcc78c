/** Lets the browser paint (a progress bar moves) between two chunks of work. */
export const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

