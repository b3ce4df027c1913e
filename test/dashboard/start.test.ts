/**
 * `sig-atlas start` (npm start) with the local database, in a store of its own: when it
 * launched Neo4j, Ctrl-C stops Neo4j too; when Neo4j was running already, it stays running.
 * Each case starts a real Neo4j, so this file is slow on a busy machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive } from '../../src/graph/launcher-state.ts';
import { localServerStatus, startLocalServer, stopLocalServer } from '../../src/graph/local-server.ts';
import { freePort, testServerConfig } from '../global-setup.ts';
import { startAtlasProcess } from './start-process.ts';

const NEO4J_START = 600_000;
let home = '';
let neo4jHome = '';
let port = '';

/** The environment of a newcomer's shell: no NEO4J_URI, so the local database is used. */
function localEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SIG_ATLAS_HOME: home,
    SIG_ATLAS_NEO4J_HOME: neo4jHome,
    SIG_ATLAS_NEO4J_PORT: port,
    SIG_ATLAS_NEO4J_HEAP: '1g',
    SIG_ATLAS_API_QUERY_TIMEOUT_MS: '60000',
  };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];
  return env;
}

beforeAll(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'sig-atlas-home-'));
  neo4jHome = path.join(home, 'neo4j');
  port = String(await freePort());
});

afterAll(async () => {
  await stopLocalServer(testServerConfig(neo4jHome, port)).catch(() => undefined);
  await rm(home, { recursive: true, force: true });
});

describe('npm start with the local database', () => {
  it('starts Neo4j, serves, and on Ctrl-C stops the server and the Neo4j it started', async () => {
    const atlas = await startAtlasProcess(['--port', '0', '--no-ingest'], localEnv(), NEO4J_START);
    const { stdout, stderr } = atlas.output();
    expect(stdout).toMatch(new RegExp(`Neo4j +bolt://127\\.0\\.0\\.1:${port} +\\(started here; stops with Ctrl-C\\)`));
    expect(stderr).toMatch(/Neo4j .*ready at/);
    const { pid, state } = await localServerStatus(testServerConfig(neo4jHome, port));
    expect(state).toBe('running');
    expect(pid).not.toBeNull();
    expect(isAlive(pid!)).toBe(true);
    expect((await fetch(new URL('/readyz', atlas.dashboard))).status).toBe(200);

    atlas.child.kill('SIGINT');
    expect(await atlas.exited).toEqual({ code: 0, signal: null });
    expect(atlas.output().stderr).toMatch(/API and dashboard stopped\n(.*\n)*Neo4j stopped\nSIG Atlas stopped\.\n$/);
    expect(isAlive(pid!)).toBe(false);
    expect((await localServerStatus(testServerConfig(neo4jHome, port))).state).toBe('stopped');
  }, NEO4J_START * 2);

  it('leaves a Neo4j that was already running as it was (SIGTERM works like Ctrl-C)', async () => {
    const { status } = await startLocalServer(testServerConfig(neo4jHome, port), { quickStart: true, timeoutMs: NEO4J_START });
    const atlas = await startAtlasProcess(['--port', '0', '--no-ingest'], localEnv(), NEO4J_START);
    expect(atlas.output().stderr).toContain(`Neo4j is already running at bolt://127.0.0.1:${port} (pid ${status.pid}); it stays running when SIG Atlas stops`);
    expect(atlas.output().stdout).not.toContain('started here');

    atlas.child.kill('SIGTERM');
    expect(await atlas.exited).toEqual({ code: 0, signal: null });
    expect(atlas.output().stderr).not.toContain('Neo4j stopped');
    expect(isAlive(status.pid!)).toBe(true);
    expect((await localServerStatus(testServerConfig(neo4jHome, port))).state).toBe('running');
  }, NEO4J_START * 2);
});
