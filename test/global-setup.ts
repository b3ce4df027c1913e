import { readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, projectRoot, type LocalDatabaseConfig } from '../src/config.ts';
import { localPassword, startLocalServer, stopLocalServer } from '../src/graph/local-server.ts';

/**
 * Starts a real Neo4j for the test run, through the same launcher as `sig-atlas db start`, in a
 * fresh store of its own (`.sig-atlas/test-neo4j/run-<pid>/`) on a free loopback port, and stops
 * it at the end. Several runs may share this tree at once, so each run has its own store and
 * port, and a run only clears up after runs whose process is gone.
 *
 * Tests reach it through test/helpers/neo4j.ts; the same facts are in NEO4J_TEST_URI,
 * NEO4J_TEST_USER, NEO4J_TEST_PASSWORD, NEO4J_TEST_DATABASE. If NEO4J_TEST_URI is set already
 * (with the other three), that server is used and nothing is started.
 */

export interface TestDatabaseInfo {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabaseInfo;
  }
}

const runsDir = path.join(projectRoot, '.sig-atlas', 'test-neo4j');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env['NEO4J_TEST_URI'];
  if (given) {
    project.provide('neo4j', {
      uri: given,
      user: process.env['NEO4J_TEST_USER'] ?? 'neo4j',
      password: process.env['NEO4J_TEST_PASSWORD'] ?? '',
      database: process.env['NEO4J_TEST_DATABASE'] ?? 'neo4j',
    });
    return async () => {};
  }

  await clearAbandonedRuns();
  const port = process.env['SIG_ATLAS_TEST_NEO4J_PORT'] ?? String(await freePort());
  const cfg = testServerConfig(path.join(runsDir, `run-${process.pid}`), port);
  await rm(cfg.home, { recursive: true, force: true });
  const log = (line: string): void => void process.stderr.write(`[test neo4j] ${line}\n`);
  // Generous: other work on a 2-core machine can slow a start several times over.
  const { status } = await startLocalServer(cfg, { log, quickStart: true, timeoutMs: 300_000 });
  const info: TestDatabaseInfo = { uri: status.uri, user: cfg.user, password: await localPassword(cfg), database: cfg.database };
  process.env['NEO4J_TEST_URI'] = info.uri;
  process.env['NEO4J_TEST_USER'] = info.user;
  process.env['NEO4J_TEST_PASSWORD'] = info.password;
  process.env['NEO4J_TEST_DATABASE'] = info.database;
  project.provide('neo4j', info);

  return async () => {
    await stopLocalServer(cfg, { log });
    await rm(cfg.home, { recursive: true, force: true });
  };
}

/** A local-server configuration for tests, independent of the developer's NEO4J_* settings. */
export function testServerConfig(home: string, port: string): LocalDatabaseConfig {
  const { database } = loadConfig({ SIG_ATLAS_NEO4J_HOME: home, SIG_ATLAS_NEO4J_PORT: port, SIG_ATLAS_NEO4J_HEAP: '1g' });
  if (database.kind !== 'local') throw new Error('unreachable: no NEO4J_URI was given');
  return database;
}

/** A run killed before its teardown leaves its store, and maybe its server; both go now. */
async function clearAbandonedRuns(): Promise<void> {
  const entries = await readdir(runsDir).catch(() => [] as string[]);
  for (const name of entries) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid || processExists(pid)) continue;
    const home = path.join(runsDir, name);
    await stopLocalServer(testServerConfig(home, '1'));
    await rm(home, { recursive: true, force: true });
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A loopback port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
