import type { Command } from 'commander';

/** Each command file exports one of these; `setStatus` records the process exit status. */
export type RegisterCommand = (program: Command, setStatus: (code: number) => void) => void;

// Commands in the order `--help` lists them.
export const commands: RegisterCommand[] = [];
