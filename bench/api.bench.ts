/**
 * `npm run bench:api`: the GraphQL API under load (autocannon) against a graph built from
 * synthetic articles (bench/generate-articles.ts, 10,000 by default), next to @neo4j/graphql
 * serving the same graph (bench/neo4j-graphql/schema.graphql) through the same HTTP stack with
 * equivalent queries. Prints p50/p99 latency and requests/s for both, and the ratios.
 *
 * The graph lives in a Neo4j of its own (.sig-atlas/bench-api/), started through the project's
 * launcher and stopped at the end if this run started it; the store is kept between runs: it is
 * loaded once, and again only when the article count changes. Environment:
 * SIG_ATLAS_BENCH_ARTICLES (10000), SIG_ATLAS_BENCH_SECONDS (10 per query and server),
 * SIG_ATLAS_BENCH_CONNECTIONS (10), SIG_ATLAS_BENCH_WARMUP (3 s of unmeasured load before each).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import autocannon from 'autocannon';
import express from 'express';
import { createHandler } from 'graphql-http/lib/use/express';
import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { API_DRIVER_CONFIG } from '../src/api/api-driver.ts';
import { CypherReader } from '../src/api/cypher-reader.ts';
import { DEFAULT_LIMITS } from '../src/api/limits.ts';
import { listen } from '../src/api/server.ts';
import { loadConfig, projectRoot, type LocalDatabaseConfig } from '../src/config.ts';
import { GraphLoader } from '../src/graph/loader.ts';
import { migrate } from '../src/graph/migrations.ts';
import { localPassword, startLocalServer, stopLocalServer } from '../src/graph/local-server.ts';
import { fromExtraction } from '../src/graph/source-facts.ts';
import { generateArticles } from './generate-articles.ts';

const ARTICLES = Number(process.env['SIG_ATLAS_BENCH_ARTICLES'] ?? 10_000);
const SECONDS = Number(process.env['SIG_ATLAS_BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['SIG_ATLAS_BENCH_CONNECTIONS'] ?? 10);
const WARMUP_SECONDS = Number(process.env['SIG_ATLAS_BENCH_WARMUP'] ?? 3);
const BATCH = 250;
const PREFIX = 'bench/';

const progress = (line: string): void => void process.stderr.write(`${line}\n`);

function benchDatabase(): LocalDatabaseConfig {
  const { database } = loadConfig({
    SIG_ATLAS_NEO4J_HOME: path.join(projectRoot, '.sig-atlas', 'bench-api', 'neo4j'),
    SIG_ATLAS_NEO4J_PORT: process.env['SIG_ATLAS_BENCH_NEO4J_PORT'] ?? '7697',
    SIG_ATLAS_NEO4J_HEAP: '2g',
    SIG_ATLAS_NEO4J_PAGECACHE: '1g',
  });
  if (database.kind !== 'local') throw new Error('unreachable: the bench database is local');
  return database;
}

async function count(driver: Driver, database: string, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await driver.executeQuery(cypher, params, { database });
  return Number(records[0]?.get(0) ?? 0);
}

/** Loads the synthetic articles unless the database holds exactly that graph already. */
async function ensureGraph(driver: Driver, cfg: LocalDatabaseConfig, uri: string): Promise<void> {
  const loaded = await count(driver, cfg.database, 'MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN count(a)', { p: `article:${PREFIX}` });
  const total = await count(driver, cfg.database, 'MATCH (a:Article) RETURN count(a)');
  if (loaded === ARTICLES && total === ARTICLES) {
    // A store kept from an earlier version gets the newer schema and derived properties.
    await migrate(driver, cfg.database);
    progress(`Graph of ${ARTICLES} synthetic articles already loaded`);
    return;
  }
  progress(`Loading ${ARTICLES} synthetic articles (once; the store is kept in ${cfg.home})…`);
  const session = driver.session({ database: cfg.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  const loader = new GraphLoader({ driver, database: cfg.database, target: { uri, user: cfg.user, database: cfg.database, passwordSource: cfg.home } });
  await loader.migrate();
  const started = performance.now();
  let batch = [];
  let done = 0;
  for (const article of generateArticles(ARTICLES)) {
    batch.push(fromExtraction({ ...article.truth, article: `${PREFIX}${article.name}` }));
    if (batch.length === BATCH) {
      await loader.write(batch);
      done += batch.length;
      batch = [];
      const rate = done / ((performance.now() - started) / 1000);
      progress(`  ${done}/${ARTICLES} articles (${rate.toFixed(0)}/s)`);
    }
  }
  if (batch.length > 0) await loader.write(batch);
  progress(`Loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

interface Sample {
  person: string;
  github: string;
  project: string;
  company: string;
  word: string;
}

/** Query arguments taken from the data: a busy person, project and company. */
async function sample(driver: Driver, database: string): Promise<Sample> {
  const one = async (cypher: string): Promise<Record<string, unknown>> => {
    const { records } = await driver.executeQuery(cypher, {}, { database });
    if (records[0] === undefined) throw new Error(`no sample for: ${cypher}`);
    return records[0].toObject() as Record<string, unknown>;
  };
  const p = await one(
    'MATCH (p:Person) WHERE p.github IS NOT NULL RETURN p.name AS name, p.github AS github ORDER BY COUNT { (p)-[:LEADS|MAINTAINS]->() } DESC, p.id LIMIT 1',
  );
  const project = await one('MATCH (p:Project) RETURN p.name AS name ORDER BY COUNT { (p)<-[:MAINTAINS]-() } DESC, p.id LIMIT 1');
  const company = await one('MATCH (c:Company) RETURN c.name AS name ORDER BY COUNT { (c)<-[:WORKS_AT]-() } DESC, c.id LIMIT 1');
  const name = String(p['name']);
  return { person: name, github: String(p['github']), project: String(project['name']), company: String(company['name']), word: name.split(' ')[1] ?? name };
}

interface Case {
  name: string;
  ours: { query: string; variables: Record<string, unknown> };
  theirs: { query: string; variables: Record<string, unknown> };
  lookup: boolean;
}

function cases(s: Sample): Case[] {
  return [
    {
      name: 'person with evidence',
      lookup: true,
      ours: {
        query: `query($gh: String!) { person(github: $gh) { name github
          leads { nodes { role confidence sig { name } evidence(first: 5) { quote confidence extractor article { title } } } }
          maintains { nodes { role confidence project { name } evidence(first: 5) { quote confidence extractor article { title } } } }
          worksAt { nodes { company { name } } } } }`,
        variables: { gh: s.github },
      },
      theirs: {
        query: `query($gh: String!) { people(where: {github: {eq: $gh}}) { name github
          leadsConnection { edges { properties { role confidence } node { name } } }
          maintainsConnection { edges { properties { role confidence } node { name } } }
          worksAt { name }
          evidence { quote confidence extractor source { title } } } }`,
        variables: { gh: s.github },
      },
    },
    {
      name: 'whoMaintains',
      lookup: true,
      ours: {
        query: 'query($p: String!) { whoMaintains(project: $p, first: 20) { totalCount nodes { role confidence person { name github } } } }',
        variables: { p: s.project },
      },
      theirs: {
        query: `query($p: String!) { projects(where: {name: {eq: $p}}) {
          maintainersConnection(first: 20, sort: [{edge: {confidence: DESC}}]) { totalCount edges { properties { role confidence } node { name github } } } } }`,
        variables: { p: s.project },
      },
    },
    {
      name: 'filtered, sorted page',
      lookup: false,
      ours: {
        query: `query($c: String!) { people(filter: {company: $c}, orderBy: {field: NAME}, first: 20) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name github } } } }`,
        variables: { c: s.company },
      },
      theirs: {
        query: `query($c: String!) { peopleConnection(where: {worksAt: {some: {name: {eq: $c}}}}, sort: [{name: ASC}], first: 20) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name github } } } }`,
        variables: { c: s.company },
      },
    },
    {
      name: 'sigNetwork',
      lookup: false,
      ours: {
        query: '{ sigNetwork { nodes { id name kind weight } edges { source target weight collaboration sponsorship sharedPeople } } }',
        variables: {},
      },
      // No network query there: the groups with what a client needs to build the same edges.
      theirs: {
        query: '{ sigs { id name kind collaboratesWith { id } sponsors { id } leaders { id } members { id } } }',
        variables: {},
      },
    },
    {
      name: 'search',
      lookup: false,
      ours: {
        query: 'query($q: String!) { search(query: $q, types: [PERSON], first: 10) { edges { score node { ... on Person { name github } } } } }',
        variables: { q: s.word },
      },
      theirs: {
        query: 'query($q: String!) { peopleByName(phrase: $q, first: 10) { edges { score node { name github } } } }',
        variables: { q: s.word },
      },
    },
  ];
}

async function neo4jGraphqlServer(driver: Driver): Promise<{ url: string; server: Server }> {
  const typeDefs = await readFile(path.join(projectRoot, 'bench', 'neo4j-graphql', 'schema.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const app = express();
  app.all('/graphql', createHandler({ schema, context: () => ({}) }));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

async function post(url: string, body: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  return (await res.json()) as { data?: unknown; errors?: unknown[] };
}

interface Measure {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

async function load(url: string, body: string): Promise<Measure> {
  const checked = await post(url, body);
  if (checked.errors !== undefined) throw new Error(`${url}: ${JSON.stringify(checked.errors).slice(0, 500)}`);
  // Warm-up under the same load, not measured: the JIT of both Node and Neo4j (started just
  // before, for the first query) would otherwise land in whichever query runs first.
  await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body, connections: CONNECTIONS, duration: WARMUP_SECONDS });
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.non2xx };
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const cfg = benchDatabase();
  const { status, started } = await startLocalServer(cfg, { log: progress });
  const password = await localPassword(cfg);
  const driver = neo4j.driver(status.uri, neo4j.auth.basic(cfg.user, password), API_DRIVER_CONFIG);
  const theirDriver = neo4j.driver(status.uri, neo4j.auth.basic(cfg.user, password));
  try {
    await ensureGraph(driver, cfg, status.uri);
    const s = await sample(driver, cfg.database);
    progress(`Samples: person ${s.person} (@${s.github}), project ${s.project}, company ${s.company}, search "${s.word}"`);
    const reader = new CypherReader({ driver, database: cfg.database, timeoutMs: DEFAULT_LIMITS.queryTimeoutMs });
    const ours = await listen({ reader, host: '127.0.0.1', port: 0, logger: pino({ level: 'warn' }) });
    const theirs = await neo4jGraphqlServer(theirDriver);
    const rows = [['query', 'ours p50 ms', 'ours p99 ms', 'ours req/s', '@neo4j/graphql p50 ms', 'p99 ms', 'req/s', 'p99 ratio', 'req/s ratio']];
    try {
      for (const c of cases(s)) {
        progress(`Measuring ${c.name} (${SECONDS} s each, ${CONNECTIONS} connections)…`);
        const a = await load(`${ours.url}/graphql`, JSON.stringify(c.ours));
        const b = await load(theirs.url, JSON.stringify(c.theirs));
        if (a.errors + b.errors > 0) progress(`  errors: ours ${a.errors}, @neo4j/graphql ${b.errors}`);
        rows.push([
          c.name,
          String(a.p50),
          String(a.p99),
          a.rps.toFixed(0),
          String(b.p50),
          String(b.p99),
          b.rps.toFixed(0),
          `${(a.p99 / Math.max(b.p99, 1e-9)).toFixed(2)}×`,
          `${(a.rps / Math.max(b.rps, 1e-9)).toFixed(2)}×`,
        ]);
      }
    } finally {
      await ours.close();
      await new Promise((r) => theirs.server.close(r));
    }
    const graph = await count(driver, cfg.database, 'MATCH (n) RETURN count(n)');
    process.stdout.write(`\nGraphQL API, ${ARTICLES} synthetic articles (${graph} nodes), ${CONNECTIONS} connections, ${SECONDS} s per query and server\n`);
    process.stdout.write(`${table(rows)}\n`);
    process.stdout.write('p99 ratio below 1× and req/s ratio above 1×: SIG Atlas is faster.\n');
  } finally {
    await driver.close();
    await theirDriver.close();
    // The store is kept for the next run; a server this run started is not left running.
    if (started) await stopLocalServer(cfg, { log: progress });
  }
}

await main();
