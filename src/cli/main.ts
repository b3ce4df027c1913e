import { Command, CommanderError } from 'commander';
import { loadCommands } from './commands.ts';

/** Builds the program and runs it; resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('sig-atlas')
    .description('Kubernetes community knowledge graph: extract, load into Neo4j, serve over GraphQL')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let status = 0;
  try {
    for (const register of await loadCommands(argv.slice(2))) register(program, (code) => (status = Math.max(status, code)));
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(`sig-atlas: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return status;
}
