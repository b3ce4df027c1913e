import type { Command } from 'commander';
import { registerDb } from './db.ts';
import { registerEval } from './eval.ts';
import { registerExtract } from './extract.ts';
import { registerIngest } from './ingest.ts';
import { registerRemove } from './remove.ts';
import { registerServe } from './serve.ts';
import { registerStart } from './start.ts';
import { registerWhoMaintains } from './who-maintains.ts';
import { registerLeads } from './leads.ts';
import { registerPerson } from './person.ts';
import { registerCompany } from './company.ts';
import { registerQuery } from './query.ts';

/** Each command file exports one of these; `setStatus` records the process exit status. */
export type RegisterCommand = (program: Command, setStatus: (code: number) => void) => void;

// Commands in the order `--help` lists them.
export const commands: RegisterCommand[] = [
  registerStart,
  registerExtract,
  registerEval,
  registerDb,
  registerIngest,
  registerRemove,
  registerServe,
  registerWhoMaintains,
  registerLeads,
  registerPerson,
  registerCompany,
  registerQuery,
];
