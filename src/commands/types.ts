/** A subcommand: gets its own argv (after the subcommand name), returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** Exit codes shared by every subcommand. */
export const EXIT = { OK: 0, PARTIAL: 1, USAGE: 2, INTERRUPTED: 130 } as const;
