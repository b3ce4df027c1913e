import { describe, expect, it } from 'vitest';
import { mergeEntities, refreshEntities, renameEntities, rewriteKeys, upsertMentions, entityIndex } from '../../src/graph/cypher/entities.ts';
import { aggregateEvidence, recomputeRelationships, upsertRelationships, type EvidenceRow } from '../../src/graph/cypher/relationships.ts';
import { deleteSources, retractEvidence, retractMentions, sourceHashes, upsertSources } from '../../src/graph/cypher/sources.ts';
import { assertName } from '../../src/graph/cypher/statement.ts';
import { MIGRATIONS } from '../../src/graph/migrations.ts';
import { PREDICATES, type EntityLabel, type Predicate } from '../../src/graph/model.ts';

const hostile = "x'}) DETACH DELETE n //";

describe('Cypher builders', () => {
  it('produce the expected statements (review changes to the snapshot)', () => {
    const statements = {
      upsertSources: upsertSources('article', [{ id: 'article:a.md', path: 'a.md', hash: 'h', props: { title: 't' } }], '2024-01-01T00:00:00Z'),
      sourceHashes: sourceHashes(),
      retractEvidence: retractEvidence(['article:a.md']),
      retractMentions: retractMentions(['article:a.md']),
      deleteSources: deleteSources(['article:a.md']),
      entityIndex: entityIndex(),
      upsertMentions: upsertMentions('Person', []),
      refreshEntities: refreshEntities('Sig', ['sig:sigetcd']),
      renameEntities: renameEntities('Person', [{ from: 'person:x', to: 'person:@x' }]),
      mergeEntities: mergeEntities('Person', [{ from: 'person:y', to: 'person:@x' }]),
      rewriteKeys: rewriteKeys('Person', ['person:@x']),
      upsertRelationships: upsertRelationships('LEADS', []),
      upsertAuthored: upsertRelationships('AUTHORED', []),
      recomputeRelationships: recomputeRelationships('WORKS_AT', ['k']),
    };
    expect(statements).toMatchSnapshot();
  });

  it('carry input only in parameters, never in the Cypher text', () => {
    const row = { id: hostile, sourceId: hostile, name: hostile, nameKey: hostile, github: hostile, aliases: [hostile], keys: [hostile], kind: null };
    const built = [
      upsertSources('article', [{ id: hostile, path: hostile, hash: hostile, props: { title: hostile } }], hostile),
      retractEvidence([hostile]),
      retractMentions([hostile]),
      deleteSources([hostile]),
      upsertMentions('Person', [row]),
      refreshEntities('Person', [hostile]),
      renameEntities('Person', [{ from: hostile, to: hostile }]),
      mergeEntities('Person', [{ from: hostile, to: hostile }]),
      rewriteKeys('Person', [hostile]),
      upsertRelationships('LEADS', [{ s: hostile, o: hostile, key: hostile, evidence: [] }]),
      recomputeRelationships('LEADS', [hostile]),
    ];
    for (const st of built) {
      expect(st.cypher).not.toContain(hostile);
      expect(JSON.stringify(st.params)).toContain('DETACH DELETE n');
    }
  });

  it('take labels and types only from the model', () => {
    expect(() => upsertMentions('Person) DETACH DELETE (x' as EntityLabel, [])).toThrow(/not a graph-model name/);
    expect(() => upsertRelationships('LEADS]->() DELETE r//' as Predicate, [])).toThrow(/not a graph-model name/);
    expect(assertName('LEADS', PREDICATES)).toBe('LEADS');
  });

  it('type each relationship per the spec, e.g. Person → Article for AUTHORED', () => {
    expect(upsertRelationships('AUTHORED', []).cypher).toContain('MATCH (s:Person {id: row.s})\nMATCH (o:Article {id: row.o})');
    expect(upsertRelationships('ABOUT', []).cypher).toContain('MATCH (s:Article {id: row.s})\nMATCH (o:Sig {id: row.o})');
  });
});

describe('migrations', () => {
  it('are versioned in order and idempotent statement by statement', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    // Schema statements say IF NOT EXISTS; data statements only touch nodes still lacking what they set.
    for (const m of MIGRATIONS) for (const s of m.statements) expect(s).toMatch(/IF NOT EXISTS|WHERE n\.\w+ IS NULL SET n\.\w+ =/);
  });
});

describe('aggregateEvidence', () => {
  const ev = (id: string, sourceId: string, confidence: number, role: string | null, extra: Partial<EvidenceRow> = {}): EvidenceRow => ({
    id,
    sourceId,
    sourceKind: sourceId.split(':')[0] ?? '',
    role,
    quote: 'q',
    start: 0,
    end: 1,
    channel: 'body',
    extractor: 'x',
    confidence,
    since: null,
    until: null,
    ...extra,
  });

  it('follows RECOMPUTE: best by confidence, then source id, then id; distinct sorted lists', () => {
    const agg = aggregateEvidence([
      ev('article:b#1', 'article:b', 0.9, null, { since: '2020' }),
      ev('article:a#2', 'article:a', 0.9, null, { since: '2021' }),
      ev('registry:s#1', 'registry:s', 0.8, 'chair'),
      ev('article:a#1', 'article:a', 0.7, 'Tech Lead'),
      ev('article:a#0', 'article:a', 0.9, null, { since: '2019', until: '2022' }),
    ]);
    expect(agg).toEqual({
      confidence: 0.9,
      role: 'chair', // the best has none: the first role in the same order
      roles: ['Tech Lead', 'chair'], // code-unit order, as Cypher sorts
      sources: ['article:a', 'article:b', 'registry:s'],
      sourceKinds: ['article', 'registry'],
      evidenceCount: 5,
      since: '2019',
      until: '2022',
    });
  });
});
