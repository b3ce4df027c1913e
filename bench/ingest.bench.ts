/**
 * `npm run bench:ingest`: ingest speed and memory on synthetic articles (bench/generate-articles.ts).
 * Goals (issue 3, on a 2-core machine): 10,000 articles extracted and loaded in ≤ 60 s, an
 * unchanged re-ingest in ≤ 5 s, the batched loader ≥ 20× a naive one-statement-per-fact loader,
 * app RSS ≤ 1 GB. Prints tables; asserts nothing.
 *
 *   npm run bench:ingest [-- --sizes 1000,10000] [-- --naive 300]
 *
 * Runs a Neo4j of its own (launcher, full JIT) in a temporary store, or the server named by
 * NEO4J_BENCH_URI (+ NEO4J_BENCH_USER/PASSWORD/DATABASE), which it empties: never a real one.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'node:net';
import { formatTable } from '../src/cli/text-table.ts';
import { loadConfig, projectRoot, type LocalDatabaseConfig } from '../src/config.ts';
import type { ArticleExtraction } from '../src/extraction/types.ts';
import { openDatabase, type Database } from '../src/graph/connect.ts';
import { localPassword, startLocalServer, stopLocalServer } from '../src/graph/local-server.ts';
import { migrate } from '../src/graph/migrations.ts';
import { fromExtraction, type SourceFacts } from '../src/graph/source-facts.ts';
import { articlePath } from '../src/ingest/article-path.ts';
import { ingest } from '../src/ingest/ingest.ts';
import type { IngestSummary } from '../src/ingest/summary.ts';
import { generateArticles, writeCorpus } from './generate-articles.ts';
import { naiveLoad } from './naive-loader.ts';
import { peakRssMb, rssReporter, type RssReporter } from './peak-rss.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, naive: { type: 'string', default: '300' } } });
const sizes = values.sizes.split(',').map(Number);
const naiveArticles = Number(values.naive);
const BIN = path.join(projectRoot, 'bin/sig-atlas.js');
const log = (line: string): void => void process.stderr.write(`${line}\n`);

interface Target {
  db: Database;
  env: Record<string, string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function target(): Promise<Target> {
  const uri = process.env['NEO4J_BENCH_URI'];
  if (uri) {
    const env = { NEO4J_URI: uri, NEO4J_USER: process.env['NEO4J_BENCH_USER'] ?? 'neo4j', NEO4J_PASSWORD: process.env['NEO4J_BENCH_PASSWORD'] ?? '', NEO4J_DATABASE: process.env['NEO4J_BENCH_DATABASE'] ?? 'neo4j' };
    const db = await openDatabase({ kind: 'remote', uri, scheme: 'bolt', user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE });
    return { db, env, stop: () => db.close() };
  }
  const home = path.join(projectRoot, '.sig-atlas', `bench-neo4j-${process.pid}`);
  const { database } = loadConfig({ SIG_ATLAS_NEO4J_HOME: home, SIG_ATLAS_NEO4J_PORT: String(await freePort()), SIG_ATLAS_NEO4J_HEAP: '2g', SIG_ATLAS_NEO4J_PAGECACHE: '1g' });
  const cfg = database as LocalDatabaseConfig;
  await startLocalServer(cfg, { log });
  const password = await localPassword(cfg);
  const db = await openDatabase({ kind: 'remote', uri: cfg.uri, scheme: 'bolt', user: cfg.user, password, database: cfg.database });
  return {
    db,
    env: { NEO4J_URI: cfg.uri, NEO4J_USER: cfg.user, NEO4J_PASSWORD: password, NEO4J_DATABASE: cfg.database },
    stop: async () => {
      await db.close();
      await stopLocalServer(cfg, { log });
      await rm(home, { recursive: true, force: true });
    },
  };
}

async function clear(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

interface CliRun {
  seconds: number;
  peakRssMb: number;
  summary: IngestSummary;
}

function cliIngest(reporter: RssReporter, env: Record<string, string>, args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(BIN, ['ingest', '--json', ...args], { cwd: projectRoot, env: reporter.env({ ...process.env, ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0 && status !== 1) return reject(new Error(`ingest exited ${status}: ${stderr.slice(-2000)}`));
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMb: peakRssMb(stderr), summary: JSON.parse(stdout) as IngestSummary });
    });
  });
}

/** The generated facts as the loader's input, under the paths `ingest` gives the same files. */
function asSources(dir: string, truth: Map<string, ArticleExtraction>): SourceFacts[] {
  return [...truth.entries()].map(([name, x]) => {
    const article = articlePath(path.join(dir, name));
    return fromExtraction({ ...x, article }, article);
  });
}

const fmt = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');

async function main(): Promise<void> {
  const reporter = await rssReporter();
  const t = await target();
  const rows: string[][] = [['run', 'articles', 'seconds', 'articles/s', 'relationships/s', 'facts', 'peak RSS MB (all processes)']];
  const goals: string[][] = [['goal', 'measured', 'met']];
  try {
    await migrate(t.db.driver, t.db.database);
    for (const size of sizes) {
      const dir = await mkdtemp(path.join(tmpdir(), `sig-atlas-bench-${size}-`));
      log(`generating ${size} articles in ${dir}…`);
      const truth = await writeCorpus(dir, size, { seed: size });

      await clear(t.db);
      log(`extract + load ${size} (CLI)…`);
      const full = await cliIngest(reporter, t.env, [dir]);
      const rels = full.summary.relationships.created;
      rows.push([`extract + load (CLI)`, fmt(size), fmt(full.seconds, 1), fmt(size / full.seconds), fmt(rels / full.seconds), fmt(full.summary.facts), fmt(full.peakRssMb)]);
      log(`unchanged re-ingest ${size} (CLI)…`);
      const again = await cliIngest(reporter, t.env, [dir]);
      rows.push([`unchanged re-ingest (CLI; in ingest ${fmt(again.summary.seconds, 2)} s)`, fmt(size), fmt(again.seconds, 1), fmt(size / again.seconds), '–', fmt(again.summary.facts), fmt(again.peakRssMb)]);

      await clear(t.db);
      log(`load only ${size} (known facts)…`);
      const before = process.resourceUsage().maxRSS;
      const load = await ingest(t.db, { paths: [dir], extract: (file) => truth.get(path.relative(dir, file).split(path.sep).join('/')) as ArticleExtraction });
      rows.push([`load only (known facts, in process)`, fmt(size), fmt(load.seconds, 1), fmt(size / load.seconds), fmt(load.relationships.created / load.seconds), fmt(load.facts), fmt(Math.max(before, process.resourceUsage().maxRSS) / 1024)]);

      if (size >= 10_000) goals.push([`${fmt(size)} articles extracted + loaded ≤ 60 s`, `${fmt(full.seconds, 1)} s`, full.seconds <= 60 ? 'yes' : 'no']);
      goals.push([`unchanged re-ingest of ${fmt(size)} ≤ 5 s`, `${fmt(again.seconds, 1)} s (${fmt(again.summary.seconds, 2)} s after start-up)`, again.seconds <= 5 ? 'yes' : 'no']);
      goals.push([`app RSS ≤ 1 GB (${fmt(size)} articles)`, `${fmt(full.peakRssMb)} MB`, full.peakRssMb <= 1024 ? 'yes' : 'no']);
      if (full.summary.failures.length > 0) log(`${full.summary.failures.length} articles failed, e.g. ${full.summary.failures[0]?.error ?? ''}`);
      await rm(dir, { recursive: true, force: true });
    }

    // Baseline: the same articles through the naive loader and through the batched one, each
    // warmed up first on other articles so that neither pays for query planning in the timing.
    const sample = [...generateArticles(naiveArticles, { seed: 99 })];
    const dir = await mkdtemp(path.join(tmpdir(), 'sig-atlas-bench-naive-'));
    await writeCorpus(dir, naiveArticles, { seed: 99 });
    const warm = await mkdtemp(path.join(tmpdir(), 'sig-atlas-bench-warm-'));
    const warmTruth = await writeCorpus(warm, 30, { seed: 98 });
    await naiveLoad(t.db.driver, t.db.database, asSources(warm, warmTruth));
    await clear(t.db);
    await ingest(t.db, { paths: [warm], extract: (file) => warmTruth.get(path.relative(warm, file).split(path.sep).join('/')) as ArticleExtraction });
    await rm(warm, { recursive: true, force: true });
    await clear(t.db);
    log(`naive loader, ${naiveArticles} articles…`);
    let started = performance.now();
    const naiveFacts = await naiveLoad(t.db.driver, t.db.database, asSources(dir, new Map(sample.map((a) => [a.name, a.truth]))));
    const naiveSeconds = (performance.now() - started) / 1000;
    await clear(t.db);
    log(`batched loader, same ${naiveArticles} articles…`);
    const byName = new Map(sample.map((a) => [a.name, a.truth]));
    started = performance.now();
    const batched = await ingest(t.db, { paths: [dir], extract: (file) => byName.get(path.relative(dir, file).split(path.sep).join('/')) as ArticleExtraction });
    const batchedSeconds = (performance.now() - started) / 1000;
    rows.push([`naive: one statement per fact, same model`, fmt(naiveArticles), fmt(naiveSeconds, 1), fmt(naiveArticles / naiveSeconds), '–', fmt(naiveFacts), '–']);
    rows.push([`batched, same articles`, fmt(naiveArticles), fmt(batchedSeconds, 1), fmt(naiveArticles / batchedSeconds), fmt(batched.relationships.created / batchedSeconds), fmt(batched.facts), '–']);
    const ratio = naiveFacts / naiveSeconds > 0 ? batched.facts / batchedSeconds / (naiveFacts / naiveSeconds) : NaN;
    goals.push(['batched ≥ 20× naive (facts/s)', `${fmt(ratio, 1)}×`, ratio >= 20 ? 'yes' : 'no']);
    await rm(dir, { recursive: true, force: true });
  } finally {
    await t.stop();
    await reporter.dispose();
  }
  process.stdout.write(`\n${formatTable(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right']).join('\n')}\n\n${formatTable(goals).join('\n')}\n`);
  process.stdout.write('\nrelationships/s counts every relationship written (domain facts, MENTIONS, FROM).\n');
}

await main();
