/**
 * End to end over the seed articles with the real extraction pipeline and the community
 * registry. Extraction quality is measured elsewhere (`sig-atlas eval`); this checks what the
 * loader guarantees whatever the extractors find.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.ts';
import { clearTestDatabase, useTestDatabase } from '../helpers/neo4j.ts';
import { count, graphState, invariantViolations, type GraphState } from './graph-fixtures.ts';

const db = useTestDatabase();

describe('ingest seeds/ with the real pipeline and the registry', () => {
  it('loads every seed, keeps the model sound, and changes nothing the second time', async () => {
    const summary = await ingest(db(), { paths: ['seeds'], registry: '../shared/registry/sigs.yaml' });
    expect(summary.failures).toEqual([]);
    expect(summary.articles).toMatchObject({ seen: 5, new: 5, failed: 0 });
    expect(summary.registry?.status).toBe('new');
    expect(await count(db(), 'MATCH (e:Evidence) RETURN count(e)')).toBe(summary.facts);
    expect(await invariantViolations(db())).toEqual([]);

    // Every article evidence lies inside its file.
    const evidence = await db().driver.executeQuery(
      "MATCH (e:Evidence)-[:FROM]->(a:Article) RETURN a.path AS path, e.start AS start, e.end AS end, e.quote AS quote",
      {},
      { database: db().database },
    );
    const texts = new Map<string, string>();
    for (const r of evidence.records) {
      const file = String(r.get('path'));
      if (!texts.has(file)) texts.set(file, await readFile(file, 'utf8'));
      const length = texts.get(file)?.length ?? 0;
      expect(Number(r.get('start'))).toBeGreaterThanOrEqual(0);
      expect(Number(r.get('end'))).toBeLessThanOrEqual(length);
      expect(String(r.get('quote')).length).toBeGreaterThan(0);
    }
    // Registry and article facts meet on the same SIG nodes.
    expect(await count(db(), "MATCH (s:Sig {name: 'SIG etcd'}) RETURN count(s)")).toBe(1);
    expect(await count(db(), "MATCH (s:Sig {name: 'SIG etcd'}) WHERE 'registry:sigs.yaml' IN s.sources AND any(x IN s.sources WHERE x STARTS WITH 'article:') RETURN count(s)")).toBe(1);

    const before = await graphState(db());
    const again = await ingest(db(), { paths: ['seeds'], registry: '../shared/registry/sigs.yaml' });
    expect(again.articles).toMatchObject({ unchanged: 5, new: 0, changed: 0 });
    expect(again.registry?.status).toBe('unchanged');
    expect(await graphState(db())).toEqual(before);
  }, 900_000);
});

/** The graph without the times at which things were written. */
async function timelessState(): Promise<GraphState> {
  const state = await graphState(db());
  const key = (x: unknown): string => JSON.stringify(x);
  const nodes = state.nodes.map((n) => ({ labels: n.labels, props: Object.fromEntries(Object.entries(n.props).filter(([k]) => k !== 'ingestedAt' && k !== 'appliedAt')) }));
  return { nodes: nodes.sort((a, b) => key(a).localeCompare(key(b))), relationships: state.relationships };
}

describe('ingest seeds/ with extraction in a child process', () => {
  it('builds the same graph as extraction in this thread', async () => {
    await clearTestDatabase(db());
    const thread = await ingest(db(), { paths: ['seeds'], extraction: 'thread' });
    expect(thread.failures).toEqual([]);
    const expected = await timelessState();
    await clearTestDatabase(db());

    const child = await ingest(db(), { paths: ['seeds'], extraction: 'child' });
    expect(child).toMatchObject({ articles: thread.articles, nodes: thread.nodes, relationships: thread.relationships, facts: thread.facts, failures: [] });
    expect(await timelessState()).toEqual(expected);
    expect(await invariantViolations(db())).toEqual([]);
  }, 900_000);
});
