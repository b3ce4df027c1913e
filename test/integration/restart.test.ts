/**
 * The database goes away during an ingest. This file runs a Neo4j of its own (through the same
 * launcher as `sig-atlas db start`), so stopping it disturbs no other test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/generate-articles.ts';
import { projectRoot, type LocalDatabaseConfig } from '../../src/config.ts';
import type { ArticleExtraction } from '../../src/extraction/types.ts';
import { openDatabase, type Database } from '../../src/graph/connect.ts';
import { DatabaseError } from '../../src/graph/db-errors.ts';
import { localPassword, localServerStatus, startLocalServer, stopLocalServer } from '../../src/graph/local-server.ts';
import { ingest, type IngestOptions } from '../../src/ingest/ingest.ts';
import type { Progress } from '../../src/ingest/progress.ts';
import { freePort, testServerConfig } from '../global-setup.ts';
import { count, invariantViolations } from './graph-fixtures.ts';

const home = path.join(projectRoot, '.sig-atlas', 'test-neo4j', `restart-${process.pid}`);
let cfg: LocalDatabaseConfig;
let db: Database;
let corpus = '';
let truth = new Map<string, ArticleExtraction>();

const extract: NonNullable<IngestOptions['extract']> = (file) => {
  const facts = truth.get(path.relative(corpus, file).split(path.sep).join('/'));
  if (!facts) throw new Error(`${file}: not generated`);
  return facts;
};

const expectedFacts = (): number => [...truth.values()].reduce((n, a) => n + a.triples.reduce((m, t) => m + t.evidences.length, 0), 0);

beforeAll(async () => {
  cfg = testServerConfig(home, String(await freePort()));
  await rm(cfg.home, { recursive: true, force: true });
  await startLocalServer(cfg, { quickStart: true });
  db = await openDatabase({ kind: 'remote', uri: cfg.uri, scheme: 'bolt', user: cfg.user, password: await localPassword(cfg), database: cfg.database });
  corpus = await mkdtemp(path.join(tmpdir(), 'sig-atlas-restart-'));
  truth = await writeCorpus(corpus, 240, { seed: 7 });
}, 300_000);

afterAll(async () => {
  await db?.close();
  if (cfg) await stopLocalServer(cfg);
  await rm(home, { recursive: true, force: true });
  if (corpus) await rm(corpus, { recursive: true, force: true });
}, 120_000);

describe('Neo4j stopped and restarted during an ingest', () => {
  it('retries until the server is back, then completes with no duplicates', async () => {
    let restart: Promise<void> | null = null;
    let restartedAt = Infinity;
    const pid = (await localServerStatus(cfg)).pid;
    expect(pid).not.toBeNull();
    // Once a sixth of the articles are extracted (some batches committed), the server dies at
    // once (SIGKILL is delivered synchronously, so the remaining writes cannot slip through
    // before it is gone, however fast the machine), then comes back.
    const progress: Progress = {
      update(done) {
        if (done >= 40 && !restart && pid !== null) {
          process.kill(pid, 'SIGKILL');
          restart = (async () => {
            while ((await localServerStatus(cfg)).pid !== null) await new Promise((r) => setTimeout(r, 100));
            await startLocalServer(cfg, { quickStart: true });
            restartedAt = performance.now();
          })();
        }
      },
      note() {},
      done() {},
    };
    const summary = await ingest(db, {
      paths: [corpus],
      extract,
      batchArticles: 10,
      progress,
      loader: { reconnectFor: 240_000 },
    });
    const finishedAt = performance.now();
    await restart;
    // The ingest was still writing when the server went down, and waited for it to come back.
    expect(finishedAt).toBeGreaterThan(restartedAt);
    expect(summary.failures).toEqual([]);
    expect(summary.articles).toMatchObject({ seen: 240, new: 240, failed: 0 });
    expect(await count(db, 'MATCH (a:Article) RETURN count(a)')).toBe(240);
    expect(await count(db, 'MATCH (e:Evidence) RETURN count(e)')).toBe(expectedFacts());
    expect(await invariantViolations(db)).toEqual([]);
    // A rerun finds everything in place.
    const again = await ingest(db, { paths: [corpus], extract });
    expect(again.articles).toMatchObject({ unchanged: 240, new: 0 });
    expect(again.nodes).toEqual({ created: 0, removed: 0 });
  }, 600_000);

  it('gives up with a clear message when the server stays away; a rerun then completes', async () => {
    const more = await mkdtemp(path.join(tmpdir(), 'sig-atlas-restart-more-'));
    const extra = await writeCorpus(more, 30, { seed: 8 });
    const extractMore: NonNullable<IngestOptions['extract']> = (file) => extra.get(path.relative(more, file).split(path.sep).join('/')) as ArticleExtraction;
    const before = await count(db, 'MATCH (e:Evidence) RETURN count(e)');
    await stopLocalServer(cfg);
    const failed = ingest(db, { paths: [more], extract: extractMore, batchArticles: 10, loader: { reconnectFor: 3_000 } });
    await expect(failed).rejects.toBeInstanceOf(DatabaseError);
    await expect(failed).rejects.toThrow(/cannot reach Neo4j .* rerun of the same command completes the job/s);
    await startLocalServer(cfg, { quickStart: true });
    const summary = await ingest(db, { paths: [more], extract: extractMore });
    expect(summary.articles).toMatchObject({ new: 30, failed: 0 });
    const added = [...extra.values()].reduce((n, a) => n + a.triples.reduce((m, t) => m + t.evidences.length, 0), 0);
    expect(await count(db, 'MATCH (e:Evidence) RETURN count(e)')).toBe(before + added);
    expect(await invariantViolations(db)).toEqual([]);
    await rm(more, { recursive: true, force: true });
  }, 600_000);
});
