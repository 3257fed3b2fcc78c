/** Exit codes of every command: 0 all complete (or done), 1 something to fix, 2 an input could not be read. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;
