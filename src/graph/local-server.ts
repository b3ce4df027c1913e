import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import type { LocalDatabaseConfig } from '../config.ts';
import { toDatabaseError } from './db-errors.ts';
import {
  directorySize,
  isAlive,
  launcherPid,
  localServerFiles,
  logTail,
  readReady,
} from './launcher-state.ts';
import { ensureNeo4jJars, findJava, neo4jDir, neo4jLibDir } from './local-install.ts';

/**
 * The local Neo4j: a detached JVM running neo4j/Launcher.java, found again through the files it
 * keeps in its home (see Launcher.java). Any process can start, inspect or stop it.
 */

export { localServerFiles };

export type LocalServerState = 'running' | 'starting' | 'stopped';

export interface LocalServerStatus {
  state: LocalServerState;
  uri: string;
  pid: number | null;
  version: string | null;
  startedAt: string | null;
  home: string;
  /** Bytes on disk under the store directory (home/data). */
  storeBytes: number;
  logFile: string;
  passwordFile: string;
}

export interface ServerOptions {
  /** Progress lines meant for a person (stderr in the CLI). */
  log?: (line: string) => void;
  timeoutMs?: number;
}

export interface StartOptions extends ServerOptions {
  /**
   * JIT with C1 only: about half the CPU to start, slower on heavy work. For short-lived servers
   * (tests) on a small machine; the default is the full JIT.
   */
  quickStart?: boolean;
}

// Flags from Neo4j's own neo4j.conf: Netty and the page cache reach into these JDK internals.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
];

export async function localServerStatus(cfg: LocalDatabaseConfig): Promise<LocalServerStatus> {
  const files = localServerFiles(cfg.home);
  const pid = launcherPid(files.pid, cfg.home);
  const alive = pid !== null;
  const ready = alive ? readReady(files.ready) : null;
  return {
    state: !alive ? 'stopped' : ready?.pid === pid ? 'running' : 'starting',
    uri: ready?.pid === pid ? ready.uri : cfg.uri,
    pid: alive ? pid : null,
    version: ready?.pid === pid ? ready.version : null,
    startedAt: ready?.pid === pid ? ready.startedAt : null,
    home: cfg.home,
    storeBytes: await directorySize(files.data),
    logFile: files.log,
    passwordFile: files.password,
  };
}

/**
 * Starts the local server in the background unless it runs already, and resolves once Bolt
 * accepts the password. `started` tells whether this call launched it.
 */
export async function startLocalServer(
  cfg: LocalDatabaseConfig,
  options: StartOptions = {},
): Promise<{ status: LocalServerStatus; started: boolean }> {
  const log = options.log ?? (() => {});
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  const files = localServerFiles(cfg.home);
  const before = await localServerStatus(cfg);
  if (before.state === 'running') return { status: before, started: false };

  let child: ChildProcess | undefined;
  let logOffset = 0;
  const hadPassword = existsSync(files.password);
  if (before.state === 'stopped') {
    const java = findJava();
    await ensureNeo4jJars(log);
    await assertPortFree(cfg);
    await mkdir(path.dirname(files.log), { recursive: true });
    // Left by a crash; the launcher would take a live pid in them for a running server.
    await rm(files.pid, { force: true });
    await rm(files.ready, { force: true });
    logOffset = existsSync(files.log) ? (await stat(files.log)).size : 0;
    const out = await open(files.log, 'a');
    const env = { ...process.env };
    delete env['NEO4J_PASSWORD'];
    if (cfg.password !== undefined) env['NEO4J_PASSWORD'] = cfg.password;
    log(`Starting Neo4j at ${cfg.uri} (data in ${cfg.home})…`);
    try {
      child = spawn(
        java.command,
        [
          `-Xmx${cfg.heap}`,
          ...JVM_FLAGS,
          ...(options.quickStart === true ? ['-XX:TieredStopAtLevel=1'] : []),
          '-cp',
          `${neo4jLibDir}${path.sep}*`,
          path.join(neo4jDir, 'Launcher.java'),
          ...['--home', cfg.home, '--host', cfg.host, '--port', String(cfg.port), '--pagecache', cfg.pagecache],
        ],
        { cwd: cfg.home, env, detached: true, stdio: ['ignore', out.fd, out.fd] },
      );
    } finally {
      await out.close();
    }
    child.unref();
  } else {
    log(`Neo4j is starting in another process (pid ${before.pid}); waiting for it…`);
  }

  const startedAt = Date.now();
  const status = await waitUntilReady(cfg, child ?? null, before.pid, deadline, logOffset);
  if (child !== undefined) {
    log(`Neo4j ${status.version ?? ''} ready at ${status.uri} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    if (!hadPassword && cfg.password === undefined) {
      log(`Generated a password for user ${cfg.user}; it is kept in ${files.password} (readable by you only)`);
    }
  }
  return { status, started: child !== undefined };
}

/** Stops the local server with SIGTERM (its shutdown hook checkpoints the store) and waits for exit. */
export async function stopLocalServer(
  cfg: LocalDatabaseConfig,
  options: ServerOptions = {},
): Promise<{ stopped: boolean; pid: number | null }> {
  const log = options.log ?? (() => {});
  const files = localServerFiles(cfg.home);
  const pid = launcherPid(files.pid, cfg.home);
  if (pid === null) {
    // A crash or kill -9 leaves these behind; they describe no process any more.
    await rm(files.pid, { force: true });
    await rm(files.ready, { force: true });
    return { stopped: false, pid: null };
  }
  log(`Stopping Neo4j (pid ${pid})…`);
  try {
    process.kill(pid, 'SIGTERM');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error; // gone already
  }
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new Error(
        `Neo4j (pid ${pid}) is still shutting down after ${Math.round((options.timeoutMs ?? 60_000) / 1000)} s; ` +
          `see ${files.log}. It will stop on its own; to force it: kill -9 ${pid} (the next start then recovers the store).`,
      );
    }
    await sleep(100);
  }
  log('Neo4j stopped');
  return { stopped: true, pid };
}

/** Where localPassword() takes the password from, for messages. */
export function passwordSource(cfg: LocalDatabaseConfig): string {
  return cfg.password !== undefined
    ? 'NEO4J_PASSWORD, which the local database adopts when it starts: run `sig-atlas db stop` then `sig-atlas db start`'
    : localServerFiles(cfg.home).password;
}

/** The password the local store was given: NEO4J_PASSWORD if set, else the launcher's file. */
export async function localPassword(cfg: LocalDatabaseConfig): Promise<string> {
  if (cfg.password !== undefined) return cfg.password;
  const file = localServerFiles(cfg.home).password;
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    throw new Error(`no password for the local Neo4j: ${file} is missing; start it with \`sig-atlas db start\` or set NEO4J_PASSWORD`);
  }
}

async function waitUntilReady(
  cfg: LocalDatabaseConfig,
  child: ChildProcess | null,
  knownPid: number | null,
  deadline: number,
  logOffset: number,
): Promise<LocalServerStatus> {
  const files = localServerFiles(cfg.home);
  let exit: string | null = null;
  child?.once('exit', (code, signal) => (exit = signal ?? `exit code ${code}`));
  const pid = child?.pid ?? knownPid;
  for (;;) {
    if (exit !== null || pid === null || pid === undefined || !isAlive(pid)) {
      throw new Error(`Neo4j did not start (${exit ?? 'the process ended'}). From ${files.log}:\n${await logTail(files.log, logOffset)}`);
    }
    const ready = readReady(files.ready);
    if (ready?.pid === pid && (await boltAnswers(ready.uri, cfg))) return localServerStatus(cfg);
    if (Date.now() > deadline) {
      if (child !== null) process.kill(pid, 'SIGTERM');
      throw new Error(`Neo4j did not answer on ${cfg.uri} in time (pid ${pid}). From ${files.log}:\n${await logTail(files.log, logOffset)}`);
    }
    await sleep(250);
  }
}

async function boltAnswers(uri: string, cfg: LocalDatabaseConfig): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(cfg.user, await localPassword(cfg)), { connectionTimeout: 5_000 });
  try {
    await driver.getServerInfo();
    return true;
  } catch (error) {
    // Only "not listening yet" is worth waiting for; a refused password will not get better.
    if (error instanceof neo4j.Neo4jError && error.code === neo4j.error.SERVICE_UNAVAILABLE) return false;
    throw toDatabaseError(error, { uri, user: cfg.user, database: cfg.database, passwordSource: passwordSource(cfg) });
  } finally {
    await driver.close();
  }
}

async function assertPortFree(cfg: LocalDatabaseConfig): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${cfg.port} on ${cfg.host} is taken by another program, so the local Neo4j cannot listen there; ` +
                'set SIG_ATLAS_NEO4J_PORT to a free port, or NEO4J_URI to use the server that is listening',
            )
          : error,
      ),
    );
    server.listen(cfg.port, cfg.host, () => server.close(() => resolve()));
  });
}
