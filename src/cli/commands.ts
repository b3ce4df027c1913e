import type { Command } from 'commander';
import { registerDb } from './db.ts';
import { registerEval } from './eval.ts';
import { registerExtract } from './extract.ts';
import { registerIngest } from './ingest.ts';
import { registerRemove } from './remove.ts';
import { registerServe } from './serve.ts';

/** Each command file exports one of these; `setStatus` records the process exit status. */
export type RegisterCommand = (program: Command, setStatus: (code: number) => void) => void;

// Commands in the order `--help` lists them.
export const commands: RegisterCommand[] = [registerExtract, registerEval, registerDb, registerIngest, registerRemove, registerServe];
