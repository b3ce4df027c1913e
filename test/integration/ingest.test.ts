import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.ts';
import { articlePath } from '../../src/ingest/article-path.ts';
import { removeArticles } from '../../src/ingest/remove.ts';
import { useTestDatabase } from '../helpers/neo4j.ts';
import { appendTo, count, fact, fixtureExtract, graphState, invariantViolations, removeTempDirs, seedCorpus, SPECS, type Spec } from './graph-fixtures.ts';

const db = useTestDatabase();
afterAll(removeTempDirs);

describe('ingest with hand-made extractions', () => {
  let dir = '';
  const run = (paths: string[], extra: Partial<Parameters<typeof ingest>[1]> = {}, specs: Record<string, Spec> = SPECS) =>
    ingest(db(), { paths, extract: fixtureExtract(specs), ...extra });

  it('loads the facts with their evidence: quote, offsets, extractor, source', async () => {
    dir = await seedCorpus();
    const summary = await run([dir]);
    expect(summary.failures).toEqual([]);
    expect(summary.articles).toMatchObject({ seen: 3, new: 3, changed: 0, unchanged: 0, failed: 0 });
    expect(summary.nodes.created).toBeGreaterThan(0);

    const res = await db().driver.executeQuery(
      `MATCH (p:Person)-[r:LEADS]->(s:Sig {name: 'SIG etcd'})
       MATCH (e:Evidence {key: r.key})-[:FROM]->(a:Article)
       RETURN p.name AS person, p.github AS github, r.role AS role, r.sources AS sources, r.sourceKinds AS kinds,
              e.quote AS quote, e.start AS start, e.end AS end, e.extractor AS extractor, a.path AS path ORDER BY person`,
      {},
      { database: db().database },
    );
    const rows = res.records.map((r) => r.toObject());
    expect(rows.map((r) => [r['person'], r['github'], r['role']])).toEqual([
      ['Benjamin Wang', 'ahrtr', 'tech-lead'],
      ['Marek Siarkowicz', 'serathius', 'lead'],
    ]);
    const marek = rows[1] ?? {};
    expect(marek['quote']).toBe('私はMarekです。SIG etcdのリードを務めています。');
    expect(marek['kinds']).toEqual(['article']);
    expect(marek['extractor']).toBe('fixture');
    const text = await readFile(String(marek['path']), 'utf8');
    expect(text.slice(Number(marek['start']), Number(marek['end']))).toBe(marek['quote']);
    expect(await invariantViolations(db())).toEqual([]);
  });

  it('merges one person across articles: a handle in one, the same name as an alias in another', async () => {
    const people = await db().driver.executeQuery(
      "MATCH (p:Person) WHERE p.name CONTAINS 'Marek' OR 'Marek Siarkowicz' IN p.aliases RETURN p.id AS id, p.aliases AS aliases, p.sources AS sources",
      {},
      { database: db().database },
    );
    expect(people.records).toHaveLength(1);
    const marek = people.records[0]?.toObject() ?? {};
    expect(marek['id']).toBe('person:@serathius');
    expect(marek['aliases']).toEqual(expect.arrayContaining(['Marek', '马雷克·西亚科维奇']));
    expect((marek['sources'] as string[]).length).toBe(3);
    // Both articles stating WORKS_AT Google support one relationship.
    const works = await db().driver.executeQuery(
      "MATCH (:Person {id: 'person:@serathius'})-[r:WORKS_AT]->(c:Company) RETURN c.name AS c, r.sources AS s, r.confidence AS conf, c.aliases AS aliases",
      {},
      { database: db().database },
    );
    expect(works.records.map((r) => r.toObject())).toEqual([
      { c: 'Google', s: [`article:${articlePath(path.join(dir, 'etcd-as-a-kubernetes-sig.zh.md'))}`, `article:${articlePath(path.join(dir, 'introducing-sig-etcd.en.md'))}`].sort(), conf: 0.95, aliases: ['谷歌'] },
    ]);
  });

  it('is idempotent: the same files again change nothing', async () => {
    const before = await graphState(db());
    const summary = await run([dir]);
    expect(summary.articles).toMatchObject({ seen: 3, new: 0, changed: 0, unchanged: 3, failed: 0 });
    expect(summary.nodes).toEqual({ created: 0, removed: 0 });
    expect(summary.relationships).toEqual({ created: 0, removed: 0 });
    expect(await graphState(db())).toEqual(before);
  });

  it('replaces the facts of a changed article and keeps what others still support', async () => {
    const en = path.join(dir, 'introducing-sig-etcd.en.md');
    await appendTo(en, '\nMarek Siarkowicz maintains etcd.\n');
    const specs: Record<string, Spec> = {
      ...SPECS,
      // The new version no longer states WORKS_AT, but states MAINTAINS etcd.
      'introducing-sig-etcd.en.md': (t) => ({
        entities: [{ type: 'Person', name: 'Marek Siarkowicz', aliases: [] }, { type: 'Project', name: 'etcd', aliases: [] }],
        triples: [fact(t, 'Marek Siarkowicz', 'MAINTAINS', 'etcd', 'Marek Siarkowicz maintains etcd.', { role: 'maintainer' })],
      }),
    };
    const summary = await run([dir], {}, specs);
    expect(summary.articles).toMatchObject({ new: 0, changed: 1, unchanged: 2 });
    const enId = `article:${articlePath(en)}`;
    const works = await db().driver.executeQuery("MATCH (:Person {id: 'person:@serathius'})-[r:WORKS_AT]->() RETURN r.sources AS s", {}, { database: db().database });
    expect(works.records.map((r) => r.get('s') as string[])).toEqual([[expect.not.stringContaining('introducing')]]);
    expect(await count(db(), 'MATCH ()-[r:AUTHORED]->() RETURN count(r)')).toBe(0);
    expect(await count(db(), "MATCH (:Person)-[r:MAINTAINS {role: 'maintainer'}]->(:Project {name: 'etcd'}) RETURN count(r)")).toBe(1);
    expect(await count(db(), 'MATCH (e:Evidence {sourceId: $id}) RETURN count(e)', { id: enId })).toBe(1);
    expect(await invariantViolations(db())).toEqual([]);
  });

  it('--prune retracts an article whose file is gone, and what only it supported', async () => {
    await rm(path.join(dir, 'introducing-sig-etcd.en.md'));
    const summary = await run([dir], { prune: true });
    expect(summary.articles).toMatchObject({ seen: 2, unchanged: 2, removed: 1 });
    expect(await count(db(), 'MATCH (a:Article) RETURN count(a)')).toBe(2);
    expect(await count(db(), "MATCH (p:Project {name: 'etcd'}) RETURN count(p)")).toBe(0);
    expect(await count(db(), 'MATCH ()-[r:MAINTAINS]->() RETURN count(r)')).toBe(0);
    expect(await invariantViolations(db())).toEqual([]);
  });

  it('remove retracts an article by path; the person stays while another article names him', async () => {
    const ja = path.join(dir, 'sig-etcd-spotlight.ja.md');
    const result = await removeArticles(db(), [ja]);
    expect(result.removedPaths).toEqual([articlePath(ja)]);
    expect(result.unmatched).toEqual([]);
    expect(await count(db(), "MATCH (p:Person {id: 'person:@serathius'}) RETURN count(p)")).toBe(1);
    expect(await count(db(), 'MATCH ()-[r:LEADS]->() RETURN count(r)')).toBe(0);
    expect(await count(db(), "MATCH (p:Person {github: 'ahrtr'}) RETURN count(p)")).toBe(0);
    expect(await count(db(), 'MATCH (s:Sig) RETURN count(s)')).toBe(1); // SIG etcd, still named by the zh article
    expect(await invariantViolations(db())).toEqual([]);
    expect((await removeArticles(db(), [path.join(dir, 'nothing-here.md')])).unmatched).toHaveLength(1);
  });

  it('renames and merges stored nodes when a later article brings the handle (alias first, handle later)', async () => {
    await removeArticles(db(), [dir]);
    expect(await count(db(), 'MATCH (n) WHERE NOT n:Migration RETURN count(n)')).toBe(0);
    // The Japanese article alone: Marek has no handle yet.
    await run([path.join(dir, 'sig-etcd-spotlight.ja.md')]);
    expect(await count(db(), "MATCH (p:Person {id: 'person:mareksiarkowicz'}) RETURN count(p)")).toBe(1);
    await run([dir]);
    expect(await count(db(), "MATCH (p:Person) WHERE p.id = 'person:mareksiarkowicz' RETURN count(p)")).toBe(0);
    expect(await count(db(), "MATCH (p:Person {id: 'person:@serathius'})-[r:LEADS {key: 'person:@serathius|LEADS|sig:sigetcd'}]->() RETURN count(r)")).toBe(1);
    expect(await count(db(), "MATCH (e:Evidence {key: 'person:@serathius|LEADS|sig:sigetcd'}) RETURN count(e)")).toBe(1);
    expect(await invariantViolations(db())).toEqual([]);
  });
});

describe('failure isolation', () => {
  it('reports a failing article with its path and reason, and loads the others', async () => {
    const dir = await seedCorpus([]);
    const names = ['good-1.md', 'throws.md', 'bad-triple.md', 'too-big.md', 'good-2.md'];
    for (const n of names) await writeFile(path.join(dir, n), `---\ntitle: ${n}\n---\n${n} says Ann Example leads SIG Node.\n`);
    await writeFile(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const good: Spec = (t) => ({
      entities: [{ type: 'Person', name: 'Ann Example', aliases: [] }],
      triples: [fact(t, 'Ann Example', 'LEADS', 'SIG Node', 'Ann Example leads SIG Node.', { role: 'chair' })],
    });
    const specs: Record<string, Spec> = {
      'good-1.md': good,
      'good-2.md': good,
      'throws.md': () => {
        throw new Error('extractor exploded');
      },
      'bad-triple.md': (t) => ({ entities: [], triples: [{ ...fact(t, 'Ann Example', 'LEADS', 'SIG Node', 'Ann Example leads SIG Node.'), oType: 'Company' }] }),
      // Accepted by the loader's checks, refused by the database: a name too long for its index.
      'too-big.md': (t) => ({ entities: [], triples: [fact(t, 'A'.repeat(40_000), 'LEADS', 'SIG Node', 'Ann Example leads SIG Node.')] }),
    };
    const summary = await ingest(db(), { paths: [dir], extract: fixtureExtract(specs), batchArticles: 10 });
    expect(summary.articles).toMatchObject({ seen: 6, new: 2, failed: 4 });
    const failures = Object.fromEntries(summary.failures.map((f) => [path.basename(f.path), f.error]));
    expect(Object.keys(failures).sort()).toEqual(['bad-triple.md', 'binary.md', 'throws.md', 'too-big.md']);
    expect(failures['binary.md']).toMatch(/binary\.md: binary file/);
    expect(failures['throws.md']).toMatch(/extractor exploded/);
    expect(failures['bad-triple.md']).toMatch(/bad-triple\.md: triple 0 .*LEADS joins Person → Sig, not Person → Company/);
    expect(failures['too-big.md']).toMatch(/Neo4j/);
    // The good ones landed, nothing of the failed ones did.
    expect(await count(db(), "MATCH (a:Article) WHERE a.path ENDS WITH 'good-1.md' OR a.path ENDS WITH 'good-2.md' RETURN count(a)")).toBe(2);
    expect(await count(db(), "MATCH (a:Article) WHERE NOT (a.path ENDS WITH 'good-1.md' OR a.path ENDS WITH 'good-2.md') AND a.path STARTS WITH $p RETURN count(a)", { p: articlePath(dir) })).toBe(0);
    expect(await count(db(), "MATCH (p:Person {name: 'Ann Example'})-[r:LEADS]->(:Sig {name: 'SIG Node'}) RETURN size(r.sources)")).toBe(2);
    // A rerun retries only the failed ones.
    const again = await ingest(db(), { paths: [dir], extract: fixtureExtract(specs) });
    expect(again.articles).toMatchObject({ unchanged: 2, failed: 4, new: 0 });
    expect(await invariantViolations(db())).toEqual([]);
  });
});
