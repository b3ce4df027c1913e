/** `sig-atlas start` (what `npm start` runs) as a child process, as a person's terminal runs it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/sig-atlas.js', import.meta.url));

export interface StartedAtlas {
  child: ChildProcess;
  /** The dashboard's URL as printed (ends in `/`). */
  dashboard: string;
  api: string;
  output(): { stdout: string; stderr: string };
  /** Resolves with the exit status once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts it and resolves once it prints its URLs; rejects if it ends or stays silent first. */
export function startAtlasProcess(args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<StartedAtlas> {
  const child = spawn(process.execPath, [BIN, 'start', ...args], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`sig-atlas start printed no URLs within ${timeoutMs / 1000} s\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, timeoutMs);
    const check = (): void => {
      const dashboard = /^ {2}Dashboard +(\S+)$/m.exec(stdout)?.[1];
      const api = /^ {2}GraphQL API +(\S+)/m.exec(stdout)?.[1];
      if (dashboard === undefined || api === undefined || !stdout.includes('Press Ctrl-C to stop.')) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      resolve({ child, dashboard, api, output: () => ({ stdout, stderr }), exited });
    };
    child.stdout.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`sig-atlas start ended (${signal ?? `status ${code}`}) before serving\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    });
  });
}
