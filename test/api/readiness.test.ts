/**
 * Database down → /readyz 503 and GraphQL errors with DATABASE_UNAVAILABLE → database back →
 * ready again, without restarting the API. The test server is stopped and started through the
 * launcher's own functions (its store survives, so later test files find it as it was).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, type LocalDatabaseConfig } from '../../src/config.ts';
import { localServerStatus, startLocalServer, stopLocalServer } from '../../src/graph/local-server.ts';
import { testServerConfig } from '../global-setup.ts';
import { testDatabaseInfo, useTestDatabase } from '../helpers/neo4j.ts';
import { loadFixtureGraph } from './fixture-graph.ts';
import { useApi } from './harness.ts';

const db = useTestDatabase();
const api = useApi(() => loadFixtureGraph(db()));

/** The launcher configuration of the server the test run uses (global-setup keeps it under .sig-atlas/test-neo4j/). */
async function testServer(): Promise<LocalDatabaseConfig> {
  const { uri } = testDatabaseInfo();
  const port = new URL(uri).port;
  const runs = path.join(projectRoot, '.sig-atlas', 'test-neo4j');
  for (const name of await readdir(runs).catch(() => [] as string[])) {
    const cfg = testServerConfig(path.join(runs, name), port);
    const status = await localServerStatus(cfg);
    if (status.state === 'running' && status.uri === uri) return cfg;
  }
  throw new Error(`the test Neo4j at ${uri} was not started by test/global-setup.ts; this test needs to stop and start it`);
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('readiness', () => {
  it('turns 503 while Neo4j is down and recovers by itself when it is back', async () => {
    const cfg = await testServer();
    const ready = () => fetch(`${api().url}/readyz`).then((r) => r.status);
    expect(await ready()).toBe(200);

    await stopLocalServer(cfg);
    try {
      expect(await ready()).toBe(503);
      expect((await fetch(`${api().url}/healthz`)).status).toBe(200);
      const started = Date.now();
      const res = await api().gql('{ sig(name: "alpha") { name } }');
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(res.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['DATABASE_UNAVAILABLE']);
      const metrics = await (await fetch(`${api().url}/metrics`)).text();
      expect(metrics).toMatch(/sig_atlas_neo4j_ready 0/);
    } finally {
      await startLocalServer(cfg);
    }

    await until('readiness', async () => ((await ready()) === 200 ? true : undefined), 60_000);
    const data = await api().data<{ sig: { name: string } }>('{ sig(name: "alpha") { name } }');
    expect(data.sig.name).toBe('SIG Alpha');
  }, 300_000);
});
