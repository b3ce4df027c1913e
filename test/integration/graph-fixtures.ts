/**
 * Hand-made extractions for loader tests, over copies of the seed articles: the facts are
 * fixed here, so the tests check the loader and not the extractors. Evidence quotes are real
 * sentences of the files, and their offsets are found in the text, so a test can check that
 * `text.slice(start, end) === quote` for every stored quote.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/graph/connect.ts';
import type { ArticleExtraction, Entity, Triple } from '../../src/extraction/types.ts';
import type { ReadResult } from '../../src/extraction/read-input.ts';

export type Spec = (text: string, path: string) => { entities: Entity[]; triples: Triple[] };

/** A triple whose evidence is `quote`, located in `text`. */
export function fact(text: string, s: string, p: Triple['p'], o: string, quote: string, extra: Partial<Triple> = {}): Triple {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in the text: ${quote}`);
  const types: Record<string, [Triple['sType'], Triple['oType']]> = {
    LEADS: ['Person', 'Sig'],
    WORKS_AT: ['Person', 'Company'],
    MAINTAINS: ['Person', 'Project'],
    AUTHORED: ['Person', 'Article'],
    COLLABORATES_WITH: ['Sig', 'Sig'],
    OWNS: ['Sig', 'Project'],
  };
  const [sType, oType] = types[p] ?? ['Person', 'Sig'];
  const confidence = extra.confidence ?? 0.9;
  return {
    s,
    sType,
    p,
    o,
    oType,
    confidence,
    evidence: quote,
    evidences: [{ quote, start, end: start + quote.length, channel: 'body', extractor: 'fixture', confidence }],
    ...extra,
  };
}

const person = (name: string, extra: Partial<Entity> = {}): Entity => ({ type: 'Person', name, aliases: [], ...extra });
const sig = (name: string): Entity => ({ type: 'Sig', name, aliases: [], kind: 'sig' });
const company = (name: string, aliases: string[] = []): Entity => ({ type: 'Company', name, aliases });

/** The seed files the fixtures use and what each "says". */
export const SPECS: Record<string, Spec> = {
  // Marek without a handle, under his canonical name; Benjamin with his handle.
  'sig-etcd-spotlight.ja.md': (t) => ({
    entities: [person('Marek Siarkowicz', { aliases: ['Marek'] }), person('Benjamin Wang', { github: 'ahrtr', aliases: ['Benjamin'] }), sig('SIG etcd'), sig('SIG API Machinery')],
    triples: [
      fact(t, 'Marek Siarkowicz', 'LEADS', 'SIG etcd', '私はMarekです。SIG etcdのリードを務めています。', { role: 'lead' }),
      fact(t, 'Benjamin Wang', 'LEADS', 'SIG etcd', '私はSIG etcdのテックリードであり、etcdのメンテナーのひとりです。', { role: 'tech-lead', confidence: 0.8 }),
      fact(t, 'SIG etcd', 'COLLABORATES_WITH', 'SIG API Machinery', 'SIG API Machineryは間違いなく緊密に連携している相手です。'),
    ],
  }),
  // Marek with his handle, named in Chinese, with "Marek Siarkowicz" only as an alias.
  'etcd-as-a-kubernetes-sig.zh.md': (t) => ({
    entities: [person('马雷克·西亚科维奇', { github: 'serathius', aliases: ['Marek Siarkowicz'] }), company('Google', ['谷歌']), sig('SIG etcd')],
    triples: [fact(t, '马雷克·西亚科维奇', 'WORKS_AT', 'Google', 'Marek Siarkowicz (@serathius)，谷歌', { confidence: 0.95 })],
  }),
  'introducing-sig-etcd.en.md': (t) => ({
    entities: [person('Marek Siarkowicz'), company('Google'), sig('SIG etcd')],
    triples: [
      fact(t, 'Marek Siarkowicz', 'WORKS_AT', 'Google', 'Marek Siarkowicz (Google)', { confidence: 0.7 }),
      fact(t, 'Marek Siarkowicz', 'AUTHORED', '@article', 'Marek Siarkowicz (Google)', { confidence: 1 }),
    ],
  }),
};

const temporary: string[] = [];

/** A fresh temporary folder, removed by `removeTempDirs()` (call it in afterAll). */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `sig-atlas-${prefix}-`));
  temporary.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  for (const dir of temporary.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** Copies the named seeds into a fresh temporary folder; returns its path. */
export async function seedCorpus(names: string[] = Object.keys(SPECS)): Promise<string> {
  const dir = await tempDir('ingest');
  for (const name of names) await copyFile(path.join('seeds', name), path.join(dir, name));
  return dir;
}

/** An `extract` for ingest() that returns the fixture's facts for each file, by file name. */
export function fixtureExtract(specs: Record<string, Spec> = SPECS) {
  return (file: string, read: Extract<ReadResult, { ok: true }>): ArticleExtraction => {
    const spec = specs[path.basename(file)];
    if (!spec) throw new Error(`${file}: no fixture extraction`);
    const { entities, triples } = spec(read.text, file);
    return { article: file, lang: 'en', meta: { title: path.basename(file) }, hash: 'unused', entities, triples, diagnostics: [] };
  };
}

export async function appendTo(file: string, text: string): Promise<void> {
  await writeFile(file, (await readFile(file, 'utf8')) + text);
}

export interface GraphState {
  nodes: Array<{ labels: string[]; props: Record<string, unknown> }>;
  relationships: Array<{ type: string; from: string; to: string; props: Record<string, unknown> }>;
}

/** Every node and relationship with all properties, in a stable order, for equality checks. */
export async function graphState(db: Database): Promise<GraphState> {
  const q = (cypher: string) => db.driver.executeQuery(cypher, {}, { database: db.database });
  const nodes = await q('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await q('MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.version) AS from, coalesce(b.id, b.version) AS to, properties(r) AS props');
  const key = (x: unknown): string => JSON.stringify(x);
  return {
    nodes: nodes.records.map((r) => ({ labels: [...(r.get('labels') as string[])].sort(), props: r.get('props') as Record<string, unknown> })).sort((a, b) => key(a).localeCompare(key(b))),
    relationships: rels.records
      .map((r) => ({ type: r.get('type') as string, from: String(r.get('from')), to: String(r.get('to')), props: r.get('props') as Record<string, unknown> }))
      .sort((a, b) => key(a).localeCompare(key(b))),
  };
}

/**
 * Structural invariants of the graph model; returns the violations (empty when sound):
 * keys match endpoints, every relationship has evidence and every evidence a relationship,
 * aggregates agree with the evidence, every entity is mentioned by a source.
 */
export async function invariantViolations(db: Database): Promise<string[]> {
  const q = async (cypher: string): Promise<string[]> =>
    (await db.driver.executeQuery(cypher, {}, { database: db.database })).records.map((r) => String(r.get(0)));
  const domain = "['LEADS','MEMBER_OF','WORKS_AT','MAINTAINS','CONTRIBUTES_TO','COLLABORATES_WITH','OWNS','SPONSORS','PART_OF','DEVELOPS','AUTHORED','TRANSLATED','INTERVIEWED','ABOUT']";
  return [
    ...(await q(`MATCH (a)-[r]->(b) WHERE type(r) IN ${domain} AND r.key <> a.id + '|' + type(r) + '|' + b.id RETURN 'key mismatch: ' + r.key`)),
    ...(await q(`MATCH ()-[r]->() WHERE type(r) IN ${domain} AND NOT EXISTS { MATCH (e:Evidence {key: r.key}) } RETURN 'no evidence: ' + r.key`)),
    ...(await q(`MATCH ()-[r]->() WHERE type(r) IN ${domain} AND COUNT { MATCH (e:Evidence {key: r.key}) } <> r.evidenceCount RETURN 'stale count: ' + r.key`)),
    ...(await q(`MATCH ()-[r]->() WHERE type(r) IN ${domain} AND size(r.sources) = 0 RETURN 'no sources: ' + r.key`)),
    ...(await q(`MATCH (e:Evidence) WHERE NOT EXISTS { MATCH ()-[r {key: e.key}]->() } RETURN 'orphan evidence: ' + e.id`)),
    ...(await q(`MATCH (e:Evidence) WHERE NOT EXISTS { MATCH (e)-[:FROM]->(:Source {id: e.sourceId}) } RETURN 'evidence without source: ' + e.id`)),
    ...(await q(`MATCH (n:Person|Company|Sig|Project) WHERE NOT EXISTS { MATCH (:Source)-[:MENTIONS]->(n) } RETURN 'unmentioned: ' + n.id`)),
    ...(await q(`MATCH (n:Person) WHERE n.github IS NOT NULL WITH n.github AS gh, count(*) AS c WHERE c > 1 RETURN 'duplicate handle: ' + gh`)),
    // A relationship's aggregates, whether written with a new relationship or recomputed, follow its evidence.
    ...(await q(`MATCH ()-[r]->() WHERE type(r) IN ${domain}
      WITH r, COLLECT { MATCH (e:Evidence {key: r.key}) RETURN e ORDER BY e.confidence DESC, e.sourceId, e.id } AS evs
      WITH r, evs, head(evs) AS best
      WHERE r.confidence <> best.confidence OR r.evidenceCount <> size(evs)
      OR coalesce(r.role, '') <> coalesce(best.role, head([e IN evs WHERE e.role IS NOT NULL | e.role]), '')
      OR coalesce(r.roles, []) <> COLLECT { UNWIND evs AS e WITH e WHERE e.role IS NOT NULL RETURN DISTINCT e.role AS x ORDER BY x }
      OR r.sources <> COLLECT { UNWIND evs AS e RETURN DISTINCT e.sourceId AS x ORDER BY x }
      OR r.sourceKinds <> COLLECT { UNWIND evs AS e RETURN DISTINCT e.sourceKind AS x ORDER BY x }
      OR coalesce(r.since, '') <> coalesce(best.since, '') OR coalesce(r.until, '') <> coalesce(best.until, '')
      OR valueType(r.evidenceCount) <> 'INTEGER NOT NULL' OR valueType(r.confidence) <> 'FLOAT NOT NULL'
      RETURN 'stale relationship aggregates: ' + r.key`)),
    // Aggregates folded in write by write must equal those recomputed from all mentions.
    ...(await q(`MATCH (n:Person|Company|Sig|Project)
      WITH n, COLLECT { MATCH (s:Source)-[:MENTIONS]->(n) RETURN DISTINCT s.id AS id ORDER BY id } AS sources,
      COLLECT { MATCH (:Source)-[m:MENTIONS]->(n) UNWIND [n.nameKey] + m.keys AS k RETURN DISTINCT k ORDER BY k } AS keys,
      COLLECT { MATCH (:Source)-[m:MENTIONS]->(n) UNWIND [m.name] + m.aliases AS a WITH a WHERE a <> n.name RETURN DISTINCT a ORDER BY a } AS aliases
      WHERE COLLECT { UNWIND n.sources AS x RETURN x ORDER BY x } <> sources OR n.keys <> keys
      OR n.articleCount <> size([x IN sources WHERE x STARTS WITH 'article:'])
      OR any(a IN aliases WHERE NOT a IN n.aliases)
      RETURN 'stale aggregates: ' + n.id`)),
  ];
}

export async function count(db: Database, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const res = await db.driver.executeQuery(cypher, params, { database: db.database });
  return Number(res.records[0]?.get(0) ?? 0);
}
