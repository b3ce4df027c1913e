import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.ts';
import { useTestDatabase } from '../helpers/neo4j.ts';
import { count, fact, fixtureExtract, invariantViolations, removeTempDirs, tempDir } from './graph-fixtures.ts';

const db = useTestDatabase();
afterAll(removeTempDirs);
const q = async (cypher: string) => (await db().driver.executeQuery(cypher, {}, { database: db().database })).records.map((r) => r.toObject());

describe('registry import (--registry)', () => {
  let registry = '';

  it('loads the registry as a source of kind registry, with evidence pointing into the YAML', async () => {
    const dir = await tempDir('registry');
    registry = path.join(dir, 'sigs.yaml');
    await copyFile('test/fixtures/registry/sigs.yaml', registry);
    const summary = await ingest(db(), { paths: [], registry });
    expect(summary.failures).toEqual([]);
    expect(summary.registry).toMatchObject({ status: 'new', facts: 20 });
    const leads = await q(
      "MATCH (p:Person)-[r:LEADS]->(s:Sig {name: 'SIG etcd'}) RETURN p.name AS p, r.roles AS roles, r.role AS role, r.sourceKinds AS kinds ORDER BY p",
    );
    expect(leads).toEqual([
      { p: 'Alice Chair', roles: ['chair'], role: 'chair', kinds: ['registry'] },
      { p: 'Bob Both', roles: ['chair', 'tech-lead'], role: 'chair', kinds: ['registry'] },
      { p: 'Old Timer', roles: ['emeritus'], role: 'emeritus', kinds: ['registry'] },
    ]);
    const text = await readFile(registry, 'utf8');
    const [ev] = await q("MATCH (e:Evidence {key: 'person:@alicechair|LEADS|sig:sigetcd'})-[:FROM]->(s:Registry) RETURN e.start AS start, e.end AS end, s.kind AS kind");
    expect(ev?.['kind']).toBe('registry');
    expect(text.slice(Number(ev?.['start']), Number(ev?.['end']))).toMatch(/^github: AliceChair\n\s+name: Alice Chair/);
    expect(await q("MATCH (:Sig {name: 'SIG etcd'})-[:SPONSORS]->(w:Sig {kind: 'wg'}) RETURN w.name AS w")).toEqual([{ w: 'WG etcd Operator' }]);
    expect(await q("MATCH (p:Person)-[r:MAINTAINS]->(:Project {name: 'etcd-operator'}) RETURN p.name AS p, r.role AS role")).toEqual([{ p: 'Carol Lead', role: 'lead' }]);
    expect(await invariantViolations(db())).toEqual([]);
  });

  it('lets a query tell article facts from registry facts on the same relationship', async () => {
    const dir = await tempDir('registry-article');
    const file = path.join(dir, 'alice.md');
    await writeFile(file, 'Alice Chair (@alicechair) is a co-chair of SIG etcd.\n');
    const extract = fixtureExtract({
      'alice.md': (t) => ({
        entities: [{ type: 'Person', name: 'Alice Chair', github: 'alicechair', aliases: [] }],
        triples: [fact(t, 'Alice Chair', 'LEADS', 'SIG etcd', 'Alice Chair (@alicechair) is a co-chair of SIG etcd.', { role: 'co-chair', confidence: 0.8 })],
      }),
    });
    await ingest(db(), { paths: [file], extract });
    const [rel] = await q("MATCH (:Person {id: 'person:@alicechair'})-[r:LEADS]->(:Sig {name: 'SIG etcd'}) RETURN r.sourceKinds AS kinds, r.roles AS roles, r.role AS role, size(r.sources) AS n");
    expect(rel).toEqual({ kinds: ['article', 'registry'], roles: ['chair', 'co-chair'], role: 'chair', n: 2 });
    expect(await q("MATCH (e:Evidence {key: 'person:@alicechair|LEADS|sig:sigetcd'}) RETURN e.sourceKind AS k ORDER BY k")).toEqual([{ k: 'article' }, { k: 'registry' }]);
  });

  it('skips an unchanged registry and replaces a changed one', async () => {
    expect((await ingest(db(), { paths: [], registry })).registry?.status).toBe('unchanged');
    const text = await readFile(registry, 'utf8');
    await writeFile(registry, text.replace(/ {6}emeritus_leads:\n {8}- github: oldtimer\n {10}name: Old Timer\n/, ''));
    const summary = await ingest(db(), { paths: [], registry });
    expect(summary.registry?.status).toBe('changed');
    expect(await count(db(), "MATCH (p:Person {name: 'Old Timer'}) RETURN count(p)")).toBe(0);
    expect(await count(db(), "MATCH (:Person {id: 'person:@alicechair'})-[r:LEADS]->(:Sig {name: 'SIG etcd'}) RETURN size(r.sources)")).toBe(2);
    expect(await invariantViolations(db())).toEqual([]);
  });

  it('imports the community registry (../shared/registry/sigs.yaml), once', async () => {
    const summary = await ingest(db(), { paths: [], registry: '../shared/registry/sigs.yaml' });
    expect(summary.failures).toEqual([]);
    // A registry source is identified by its file name: this replaces the fixture's sigs.yaml.
    expect(summary.registry?.status).toBe('changed');
    expect(summary.registry?.facts).toBeGreaterThan(500);
    expect(await count(db(), "MATCH (p:Person {name: 'Bob Both'}) RETURN count(p)")).toBe(0);
    expect(await count(db(), "MATCH (s:Sig {kind: 'sig'}) WHERE 'registry:sigs.yaml' IN s.sources RETURN count(s)")).toBeGreaterThan(20);
    expect(await count(db(), "MATCH (:Person)-[r:LEADS {role: 'chair'}]->(:Sig) WHERE 'registry' IN r.sourceKinds RETURN count(r)")).toBeGreaterThan(50);
    expect(await count(db(), 'MATCH (r:Registry) RETURN count(r)')).toBe(1);
    expect((await ingest(db(), { paths: [], registry: '../shared/registry/sigs.yaml' })).registry?.status).toBe('unchanged');
    expect(await invariantViolations(db())).toEqual([]);
  });
});
