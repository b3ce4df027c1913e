/**
 * Runs the real `bin/sig-atlas.js` against the test database, as a script would: stdout is a
 * pipe (so JSON), the connection comes from NEO4J_* variables.
 */
import { testDatabaseInfo } from '../helpers/neo4j.ts';
import { runCli, SPAWNS, type CliResult } from '../cli/run-cli.ts';

export { PROJECT_ROOT } from '../cli/run-cli.ts';
export type CliRun = CliResult;

/** The environment of a process that uses the test database (and no developer settings). */
export function testDatabaseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const info = testDatabaseInfo();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    NEO4J_URI: info.uri,
    NEO4J_USER: info.user,
    NEO4J_PASSWORD: info.password,
    NEO4J_DATABASE: info.database,
    // A busy test machine can take seconds to plan a query the first time.
    SIG_ATLAS_API_QUERY_TIMEOUT_MS: '60000',
  };
  delete env['SIG_ATLAS_API'];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** `sig-atlas ARGS…` (or, with `command`, that program with ARGS, e.g. `script`). */
export function runGraphCli(args: readonly string[], env: NodeJS.ProcessEnv = testDatabaseEnv(), command?: string): Promise<CliRun> {
  return runCli(args, { env, ...(command ? { command } : {}) });
}

/** Each start pays tsx's start-up, which on a busy 2-core machine can take many seconds. */
export const SPAWN_TIMEOUT = SPAWNS.timeout;
