/** Exit codes shared by every subcommand. */
export const EXIT = { OK: 0, PARTIAL: 1, USAGE: 2 } as const;
