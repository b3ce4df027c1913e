import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate-articles.ts';
import { runCli, SPAWNS } from '../cli/run-cli.ts';
import { testDatabaseInfo, useTestDatabase } from '../helpers/neo4j.ts';
import { count, removeTempDirs, tempDir } from './graph-fixtures.ts';

const db = useTestDatabase();
const saved = { ...process.env };
let dir = '';

beforeAll(async () => {
  const info = testDatabaseInfo();
  Object.assign(process.env, { NEO4J_URI: info.uri, NEO4J_USER: info.user, NEO4J_PASSWORD: info.password, NEO4J_DATABASE: info.database });
  dir = await tempDir('cli');
  await writeCorpus(dir, 3, { seed: 3, turns: 1 });
});
afterAll(async () => {
  await removeTempDirs();
  for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('sig-atlas ingest / remove', () => {
  it('ingest --json prints the summary for scripts', async () => {
    const res = await runCli(['ingest', dir, '--registry', 'test/fixtures/registry/sigs.yaml', '--json'], { timeoutMs: SPAWNS.timeout });
    expect(res.stderr).not.toMatch(/error/i);
    expect(res.status).toBe(0);
    const summary = JSON.parse(res.stdout) as Record<string, Record<string, unknown>>;
    expect(summary['articles']).toMatchObject({ seen: 3, new: 3, failed: 0, unchanged: 0 });
    expect(summary['registry']).toMatchObject({ status: 'new', facts: 20 });
    expect(summary['nodes']?.['created']).toBeGreaterThan(0);
    expect(await count(db(), 'MATCH (a:Article) RETURN count(a)')).toBe(3);
  }, SPAWNS.timeout);

  it('says what is wrong when given nothing to ingest, and when a path matches no stored article', async () => {
    const none = await runCli(['ingest'], { timeoutMs: SPAWNS.timeout });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/give article paths, --registry FILE, or both/);
    const missing = await runCli(['remove', path.join(dir, 'nope.md')], { timeoutMs: SPAWNS.timeout });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.md: no stored article at or under this path/);
  }, SPAWNS.timeout);

  it('remove retracts the articles under a folder', async () => {
    const res = await runCli(['remove', path.join(dir, 'en'), '--json'], { timeoutMs: SPAWNS.timeout });
    expect(res.status).toBe(0);
    const result = JSON.parse(res.stdout) as { removedPaths: string[] };
    expect(result.removedPaths).toHaveLength(1);
    expect(await count(db(), 'MATCH (a:Article) RETURN count(a)')).toBe(2);
  }, SPAWNS.timeout);
});
