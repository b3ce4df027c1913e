import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalDatabaseConfig } from '../../src/config.ts';
import { openDatabase, withDatabase } from '../../src/graph/connect.ts';
import { DatabaseError } from '../../src/graph/db-errors.ts';
import { localServerFiles, localServerStatus, startLocalServer, stopLocalServer } from '../../src/graph/local-server.ts';
import { freePort, testServerConfig } from '../global-setup.ts';
import { clearTestDatabase, testDatabaseInfo, useTestDatabase } from '../helpers/neo4j.ts';

// C1-only JIT starts in about half the CPU; the timeout allows for a machine busy with other work.
const quick = { quickStart: true, timeoutMs: 280_000 };

// A server of its own (not the run's shared one), so stopping and restarting it disturbs no other test.
describe('local Neo4j server', () => {
  let cfg: LocalDatabaseConfig;
  let files: ReturnType<typeof localServerFiles>;
  let firstPid: number;
  let firstPassword: string;

  beforeAll(async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'sig-atlas-neo4j-'));
    cfg = testServerConfig(home, String(await freePort()));
    files = localServerFiles(home);
  });

  afterAll(async () => {
    await stopLocalServer(cfg);
    await rm(cfg.home, { recursive: true, force: true });
  });

  const query = (c: LocalDatabaseConfig, cypher: string) =>
    withDatabase(async (db) => (await db.driver.executeQuery(cypher, {}, { database: db.database })).records, c, { startLocal: false });

  it('reports a store that was never started as stopped', async () => {
    const status = await localServerStatus(cfg);
    expect(status).toMatchObject({ state: 'stopped', pid: null, uri: cfg.uri, storeBytes: 0 });
  });

  it('starts in the background, generates a password kept with mode 600, and answers Bolt', async () => {
    const lines: string[] = [];
    const { status, started } = await startLocalServer(cfg, { ...quick, log: (line) => lines.push(line) });
    expect(started).toBe(true);
    expect(status.state).toBe('running');
    expect(status.uri).toBe(cfg.uri);
    expect(status.version).toMatch(/^5\.26\./);
    expect(status.storeBytes).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/Generated a password for user neo4j/);
    expect((await stat(files.password)).mode & 0o777).toBe(0o600);
    firstPassword = (await readFile(files.password, 'utf8')).trim();
    expect(firstPassword.length).toBeGreaterThanOrEqual(20);
    expect(Number((await readFile(files.pid, 'utf8')).trim())).toBe(status.pid);
    firstPid = status.pid ?? 0;

    const records = await query(cfg, 'RETURN 1 AS one');
    expect(records[0]?.get('one')).toBe(1);
    await query(cfg, "CREATE (:Probe {id: 'kept across restarts'})");
  }, 300_000);

  it('finds a running server instead of starting a second one', async () => {
    const { status, started } = await startLocalServer(cfg);
    expect(started).toBe(false);
    expect(status.pid).toBe(firstPid);
  });

  it('finds the server through the process table when its pid file is gone', async () => {
    await rm(files.pid);
    const status = await localServerStatus(cfg);
    expect(status).toMatchObject({ state: 'running', pid: firstPid });
    expect(existsSync(files.pid)).toBe(false);
  });

  it('refuses a wrong password with a message that names the fix', async () => {
    const attempt = openDatabase({ ...cfg, password: 'not-the-password' }, { startLocal: false });
    await expect(attempt).rejects.toThrow(DatabaseError);
    await expect(openDatabase({ ...cfg, password: 'not-the-password' }, { startLocal: false })).rejects.toThrow(
      /refused user "neo4j".*NEO4J_PASSWORD/,
    );
  });

  it('stops cleanly on SIGTERM and forgets the process', async () => {
    const { stopped, pid } = await stopLocalServer(cfg);
    expect(stopped).toBe(true);
    expect(pid).toBe(firstPid);
    // The exited JVM was this process's child: it lingers as a zombie until Node's loop reaps it.
    await expect.poll(() => processExists(firstPid)).toBe(false);
    expect(existsSync(files.pid)).toBe(false);
    expect(existsSync(files.ready)).toBe(false);
    expect(await readFile(files.log, 'utf8')).toMatch(/sig-atlas neo4j: stopped/);
    expect((await localServerStatus(cfg)).state).toBe('stopped');
    expect(await stopLocalServer(cfg)).toEqual({ stopped: false, pid: null });
  }, 90_000);

  it('restarts on the same store with the recorded password', async () => {
    const { started } = await startLocalServer(cfg, quick);
    expect(started).toBe(true);
    expect((await readFile(files.password, 'utf8')).trim()).toBe(firstPassword);
    const records = await query(cfg, 'MATCH (p:Probe) RETURN p.id AS id');
    expect(records.map((r) => r.get('id'))).toEqual(['kept across restarts']);
  }, 300_000);

  it('takes NEO4J_PASSWORD over the recorded one and records it', async () => {
    await stopLocalServer(cfg);
    const chosen = { ...cfg, password: 'chosen-by-the-environment' };
    await startLocalServer(chosen, quick);
    expect((await query(chosen, 'RETURN 2 AS two'))[0]?.get('two')).toBe(2);
    expect((await readFile(files.password, 'utf8')).trim()).toBe('chosen-by-the-environment');
    await expect(openDatabase({ ...cfg, password: firstPassword }, { startLocal: false })).rejects.toThrow(/refused/);
  }, 420_000);

  it('says which port is taken instead of launching into it', async () => {
    const blocker: Server = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
    );
    const home = await mkdtemp(path.join(os.tmpdir(), 'sig-atlas-neo4j-busy-'));
    try {
      await expect(startLocalServer(testServerConfig(home, String(port)))).rejects.toThrow(
        new RegExp(`port ${port} on 127\\.0\\.0\\.1 is taken.*SIG_ATLAS_NEO4J_PORT`),
      );
      expect(existsSync(localServerFiles(home).pid)).toBe(false);
    } finally {
      blocker.close();
      await rm(home, { recursive: true, force: true });
    }
  });
});

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the test run's shared database (test/helpers/neo4j.ts)", () => {
  const db = useTestDatabase();

  it('is reachable from test workers through inject and the NEO4J_TEST_* variables', async () => {
    expect(process.env['NEO4J_TEST_URI']).toBe(testDatabaseInfo().uri);
    const { records } = await db().driver.executeQuery('RETURN 1 AS one', {}, { database: db().database });
    expect(records[0]?.get('one')).toBe(1);
  });

  it('clearTestDatabase removes data, constraints and indexes', async () => {
    const run = (cypher: string) => db().driver.executeQuery(cypher, {}, { database: db().database });
    await run('CREATE CONSTRAINT probe_id IF NOT EXISTS FOR (p:Probe) REQUIRE p.id IS UNIQUE');
    await run('CREATE INDEX probe_name IF NOT EXISTS FOR (p:Probe) ON (p.name)');
    await run("UNWIND range(1, 50) AS i CREATE (:Probe {id: i, name: 'p' + i})-[:NEXT]->(:Other)");
    await clearTestDatabase(db());
    expect((await run('MATCH (n) RETURN count(n) AS n')).records[0]?.get('n')).toBe(0);
    expect((await run('SHOW CONSTRAINTS YIELD name')).records).toEqual([]);
    expect((await run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records).toEqual([]);
  });
});
