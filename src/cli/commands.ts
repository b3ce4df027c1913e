import type { Command } from 'commander';

/** Each command file exports one of these; `setStatus` records the process exit status. */
export type RegisterCommand = (program: Command, setStatus: (code: number) => void) => void;

interface CommandModule {
  name: string;
  load: () => Promise<RegisterCommand>;
}

/**
 * Commands in the order `--help` lists them. Loaded on demand: `extract` must not pay for
 * neo4j-driver, express and graphql at start-up (cold start goal ≤ 2 s).
 */
export const commandModules: CommandModule[] = [
  { name: 'start', load: async () => (await import('./start.ts')).registerStart },
  { name: 'extract', load: async () => (await import('./extract.ts')).registerExtract },
  { name: 'eval', load: async () => (await import('./eval.ts')).registerEval },
  { name: 'db', load: async () => (await import('./db.ts')).registerDb },
  { name: 'ingest', load: async () => (await import('./ingest.ts')).registerIngest },
  { name: 'remove', load: async () => (await import('./remove.ts')).registerRemove },
  { name: 'serve', load: async () => (await import('./serve.ts')).registerServe },
  { name: 'who-maintains', load: async () => (await import('./who-maintains.ts')).registerWhoMaintains },
  { name: 'leads', load: async () => (await import('./leads.ts')).registerLeads },
  { name: 'person', load: async () => (await import('./person.ts')).registerPerson },
  { name: 'company', load: async () => (await import('./company.ts')).registerCompany },
  { name: 'query', load: async () => (await import('./query.ts')).registerQuery },
];

/** The command modules needed for these arguments: just the named command, or all of them for help. */
export async function loadCommands(args: readonly string[]): Promise<RegisterCommand[]> {
  const first = args.find((a) => !a.startsWith('-'));
  const named = commandModules.find((c) => c.name === first);
  const wanted = named ? [named] : commandModules;
  return Promise.all(wanted.map((c) => c.load()));
}
