/**
 * Runs the real `bin/sig-atlas.js` against the test database, as a script would: stdout is a
 * pipe (so JSON), the connection comes from NEO4J_* variables.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testDatabaseInfo } from '../helpers/neo4j.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/sig-atlas.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

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
  return new Promise((resolve, reject) => {
    const child = spawn(command ?? process.execPath, command ? args : [BIN, ...args], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      if (signal !== null) reject(new Error(`sig-atlas ${args.join(' ')} killed by ${signal} (hung?)\n${stderr}`));
      else resolve({ status, stdout, stderr });
    });
  });
}

/** Each start pays tsx's start-up, which on a busy 2-core machine can take many seconds. */
export const SPAWN_TIMEOUT = 240_000;
