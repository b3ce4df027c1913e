/** Runs the real `bin/sig-atlas.js` as a child process, as a user would. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/sig-atlas.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Run as this user id (with the same group id); tests use it to drop root. */
  uid?: number;
  timeoutMs?: number;
  /** The whole environment (default: this process's, with NO_COLOR). */
  env?: NodeJS.ProcessEnv;
  /** Another program to run with `args` instead of the CLI (e.g. `script`, for a terminal). */
  command?: string;
}

/**
 * Test options for tests that start the CLI: each start pays tsx and the extractors' start-up,
 * which on a busy 2-core machine can take many seconds. (Speed is measured by the benchmark.)
 */
export const SPAWNS = { timeout: 240_000 };

/** The unprivileged user that file permissions apply to when the tests run as root. */
export const NOBODY = 65534;

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.command ?? process.execPath, options.command ? args : [BIN, ...args], {
      cwd: PROJECT_ROOT,
      env: options.env ?? { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 180_000,
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    });
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

/** stdout's JSON Lines, parsed. */
export function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}
