import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * What the launcher (neo4j/Launcher.java) leaves behind: files in its home and a process. Reading
 * them is how any process finds, inspects or stops a server that another one started.
 */

/** The launcher's files; Launcher.java writes pid and ready, removes both on clean shutdown. */
export function localServerFiles(home: string) {
  return {
    pid: path.join(home, 'neo4j.pid'),
    ready: path.join(home, 'server.json'),
    password: path.join(home, 'password'),
    log: path.join(home, 'logs', 'neo4j.log'),
    data: path.join(home, 'data'),
  };
}

export interface ReadyFile {
  pid: number;
  uri: string;
  version: string;
  startedAt: string;
}

export function readReady(file: string): ReadyFile | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { pid, uri, version, startedAt } = parsed as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof uri !== 'string') return null;
    return { pid, uri, version: String(version ?? ''), startedAt: String(startedAt ?? '') };
  } catch {
    return null;
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Alive and not a zombie waiting to be reaped. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

/**
 * The pid of the launcher serving `home`, or null. The pid file is the quick answer, but it is
 * written only once the JVM has compiled Launcher.java, and a pid in a stale file may belong to
 * another program by now; so the process table (Linux /proc) settles it.
 */
export function launcherPid(pidFile: string, home: string): number | null {
  const recorded = readPid(pidFile);
  if (recorded !== null && isLauncherFor(recorded, home)) return recorded;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    // No /proc: the pid file is all there is.
    return recorded !== null && isAlive(recorded) ? recorded : null;
  }
  for (const name of pids) {
    if (isLauncherFor(Number(name), home)) return Number(name);
  }
  return null;
}

function isLauncherFor(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  let args: string[];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return !existsSync('/proc'); // no /proc: trust the pid file
  }
  const at = args.indexOf('--home');
  return args.some((arg) => arg.endsWith('Launcher.java')) && at >= 0 && path.resolve(args[at + 1] ?? '') === path.resolve(home);
}

export async function directorySize(dir: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await directorySize(full);
    else if (entry.isFile()) total += (await lstat(full).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

export async function logTail(file: string, offset: number, lines = 20): Promise<string> {
  try {
    const text = (await readFile(file)).subarray(offset).toString('utf8');
    return text.trimEnd().split('\n').slice(-lines).join('\n') || '(the log is empty)';
  } catch {
    return '(no log written)';
  }
}
