import { describe, expect, it } from 'vitest';
import { EntityIndex } from '../../src/graph/entity-index.ts';
import { planWrite } from '../../src/graph/plan.ts';
import type { SourceEvidence, SourceFacts } from '../../src/graph/source-facts.ts';

const ev = (quote: string, start = 0, confidence = 0.8): SourceEvidence => ({ quote, start, end: start + quote.length, channel: 'body', extractor: 'x', confidence });

function source(id: string, facts: Partial<SourceFacts>): SourceFacts {
  return { id: `article:${id}`, kind: 'article', path: id, hash: `hash-${id}`, props: { lang: 'en' }, entities: [], triples: [], ...facts };
}

describe('planWrite', () => {
  const a = source('a.md', {
    entities: [
      { label: 'Person', name: 'Ann Example', github: 'annx', aliases: [] },
      { label: 'Sig', name: 'SIG etcd', aliases: [], kind: 'sig' },
      { label: 'Sig', name: 'SIG Node', aliases: [], kind: 'sig' },
    ],
    triples: [
      { s: { entity: 0 }, p: 'LEADS', o: { entity: 1 }, role: 'chair', evidences: [ev('Ann chairs SIG etcd.', 5, 0.9), ev('She is the chair.', 40)] },
      { s: { entity: 2 }, p: 'COLLABORATES_WITH', o: { entity: 1 }, evidences: [ev('Node works with etcd.')] },
      { s: { entity: 1 }, p: 'COLLABORATES_WITH', o: { entity: 1 }, evidences: [ev('etcd with etcd')] },
      { s: { entity: 0 }, p: 'AUTHORED', o: 'source', evidences: [ev('author: Ann')] },
    ],
  });
  // The same person under another spelling, named twice in one article.
  const b = source('b.md', {
    entities: [
      { label: 'Person', name: 'Ann Example', aliases: ['安·范例'] },
      { label: 'Person', name: '安·范例', github: 'AnnX'.toLowerCase(), aliases: [] },
      { label: 'Sig', name: 'sig-etcd', aliases: [] },
    ],
    triples: [{ s: { entity: 1 }, p: 'LEADS', o: { entity: 2 }, role: 'lead', evidences: [ev('安是SIG etcd的负责人。')] }],
  });
  const plan = planWrite(new EntityIndex(), [a, b]);

  it('resolves the batch to one node per entity, with one mention per source and node', () => {
    expect([...plan.touched.entries()].map(([l, ids]) => [l, [...ids].sort()])).toEqual([
      ['Person', ['person:@annx']],
      ['Sig', ['sig:sigetcd', 'sig:signode']],
    ]);
    const people = plan.mentions.get('Person') ?? [];
    expect(people.map((m) => [m.sourceId, m.id, m.name, m.aliases])).toEqual([
      ['article:a.md', 'person:@annx', 'Ann Example', []],
      ['article:b.md', 'person:@annx', 'Ann Example', ['安·范例']],
    ]);
    expect(people[1]?.github).toBe('annx');
    expect(plan.renames).toEqual([]);
    expect(plan.merges).toEqual([]);
  });

  it('groups evidence of both sources under one relationship key', () => {
    const leads = plan.relationships.get('LEADS') ?? [];
    expect(leads).toHaveLength(1);
    expect(leads[0]?.key).toBe('person:@annx|LEADS|sig:sigetcd');
    expect(leads[0]?.evidence.map((e) => [e.id, e.role, e.start, e.sourceKind])).toEqual([
      ['article:a.md#0.0', 'chair', 5, 'article'],
      ['article:a.md#0.1', 'chair', 40, 'article'],
      ['article:b.md#0.0', 'lead', 0, 'article'],
    ]);
    expect(plan.facts).toBe(5); // the self-loop is not loaded
  });

  it('stores a symmetric relationship from the smaller id and drops self-loops', () => {
    expect(plan.relationships.get('COLLABORATES_WITH')?.map((r) => r.key)).toEqual(['sig:sigetcd|COLLABORATES_WITH|sig:signode']);
    expect(plan.selfLoops).toBe(1);
  });

  it('points @article triples at the source node', () => {
    expect(plan.relationships.get('AUTHORED')?.map((r) => [r.s, r.o])).toEqual([['person:@annx', 'article:a.md']]);
  });

  it('gives the same plan for the same input (so a retried write is idempotent)', () => {
    expect(planWrite(new EntityIndex(), [a, b])).toEqual(plan);
  });

  it('lists sources by kind and what to retract', () => {
    const p = planWrite(new EntityIndex(), [a], ['article:a.md']);
    expect(p.retract).toEqual(['article:a.md']);
    expect(p.sources).toEqual([{ kind: 'article', rows: [{ id: 'article:a.md', path: 'a.md', hash: 'hash-a.md', props: { lang: 'en' } }] }]);
  });
});
